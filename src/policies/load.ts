import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Problem } from '../core/problem.ts';
import { locate } from '../parse/document.ts';
import { parseDocument } from '../parse/index.ts';
import { toJS } from '../parse/node.ts';
import validatePolicy, { schema as policySchema } from '../generated/validate-policy.js';
import { checkPolicy } from './check.ts';
import { reduceOneOf } from './one-of-errors.ts';
import type { PolicySource, PolicySpec } from './types.ts';

export interface LoadedPolicies {
  policies: PolicySource[];
  problems: Problem[];
}

/** Reads one policy file: YAML, schema-validated, then checked against the catalog of types and functions. */
export function loadPolicyFile(file: string): LoadedPolicies {
  const doc = parseDocument(file, readFileSync(file, 'utf8'));
  const at = (path: (string | number)[]) => {
    const loc = locate(doc, path, { key: true });
    return { line: loc.start.line, column: loc.start.column };
  };
  const fatal = doc.problems.filter((p) => p.ruleId === 'parse-error');
  if (!doc.root || fatal.length > 0) {
    return { policies: [], problems: fatal.map((p) => ({ code: 'policy/parse-error', message: p.message, path: [], file, line: p.range.start.line, column: p.range.start.column })) };
  }
  const data = toJS(doc.root);
  if (!validatePolicy(data)) {
    const problems = reduceOneOf(validatePolicy.errors ?? [], data, policySchema).map((e): Problem => {
      const path = e.instancePath.split('/').slice(1).map((k) => (/^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, '/').replace(/~0/g, '~')));
      const extra = (e.params as { additionalProperty?: string }).additionalProperty;
      const full = extra ? [...path, extra] : path;
      const message = extra ? `unknown key "${extra}"` : `${e.message ?? 'is invalid'}${(e.params as { allowedValues?: unknown[] }).allowedValues ? `: ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}` : ''}`;
      return { code: 'policy/schema', message, path: full, file, ...at(full) };
    });
    return { policies: [], problems: dedupe(problems) };
  }
  const spec = data as PolicySpec;
  const problems = checkPolicy(spec, file, basename(file).replace(/\.ya?ml$/, '')).map((p) => ({ ...p, ...at(p.path) }));
  return problems.length > 0 ? { policies: [], problems } : { policies: [{ file, spec }], problems: [] };
}

/** Every `*.yaml` / `*.yml` policy in a folder and its subfolders (fixtures folders are skipped). */
export function loadPolicyDir(dir: string): LoadedPolicies {
  const out: LoadedPolicies = { policies: [], problems: [] };
  const ids = new Map<string, string>();
  for (const file of policyFiles(dir)) {
    const r = loadPolicyFile(file);
    out.problems.push(...r.problems);
    for (const p of r.policies) {
      const prior = ids.get(p.spec.id);
      if (prior) out.problems.push({ code: 'policy/duplicate-id', message: `id "${p.spec.id}" is also defined in ${prior}`, path: ['id'], file });
      else {
        ids.set(p.spec.id, file);
        out.policies.push(p);
      }
    }
  }
  return out;
}

function policyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'fixtures' && !e.name.startsWith('.')) out.push(...policyFiles(full));
    } else if (/\.ya?ml$/.test(e.name)) out.push(full);
  }
  return out.sort();
}

/** ajv reports oneOf failures once per branch; keep the first message per path. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = JSON.stringify(p.path) + p.message;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
