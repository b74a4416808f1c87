import { readFileSync } from 'node:fs';
import type { FileKind, FileResult, Finding, Report, Summary } from '../core/finding.ts';
import type { RuleSetting } from '../core/severity.ts';
import { adaptCloudFormation } from '../adapters/cloudformation/adapter.ts';
import { adaptIamPolicy } from '../adapters/iam/adapter.ts';
import { kindOf } from '../adapters/kind.ts';
import { settingsForFile } from '../config/for-file.ts';
import { relativeToRoot } from '../config/relative-to-root.ts';
import type { ResolvedConfig } from '../config/types.ts';
import type { DiscoveredFile } from '../discover/file.ts';
import { runRules } from '../engine/run-rules.ts';
import type { Model, Unit } from '../model/model.ts';
import type { SourceDocument } from '../parse/document.ts';
import { binaryDocument, parseDocument, sniffBinary } from '../parse/index.ts';
import type { Hooks } from './hooks.ts';
import type { Registry } from './registry.ts';
import { activeRules, effectiveSettings } from './registry.ts';

export interface LintInput {
  files: DiscoveredFile[];
  /** Files that discovery left out (too large); counted as skipped. */
  skipped: number;
  config: ResolvedConfig;
  registry: Registry;
  hooks: Hooks;
  version: string;
  /** Text to lint instead of reading the file from disk (editors lint unsaved buffers). */
  contents?: Map<string, string>;
}

interface Parsed {
  file: DiscoveredFile;
  doc: SourceDocument;
  kind: FileKind;
}

/** The pipeline after discovery: parse, adapt, evaluate, and gather the report, through the hooks. */
export async function lintFiles(input: LintInput): Promise<Report> {
  const { hooks, config, registry } = input;
  const files = await hooks.files.promise(input.files);
  const parsed: Parsed[] = [];
  let skipped = input.skipped;
  for (const file of files) {
    let doc = readAndParse(file, input.contents);
    doc = await hooks.document.promise(doc);
    const kind = kindOf(doc.root);
    // Other JSON and YAML (package.json, Kubernetes manifests, tsconfig with comments…) is not ours to judge. A
    // file that could not be read is reported when it was named on the command line or looks like a template
    // or a policy, since it may well be a broken one.
    if (kind === 'unknown' && (doc.root !== undefined || !(file.explicit || looksLikeOurs(doc.text)))) {
      skipped++;
      continue;
    }
    parsed.push({ file, doc, kind });
  }
  const settingsOf = new Map<string, { rules: Map<string, RuleSetting>; parameters: Record<string, unknown> }>();
  for (const p of parsed) {
    const s = settingsForFile(config, relativeToRoot(config, p.file.absolute));
    settingsOf.set(p.file.display, { rules: effectiveSettings(registry, config.extends, s.rules), parameters: { ...config.parameters, ...s.parameters } });
  }
  const units: Unit[] = parsed.filter((p) => p.doc.root && p.kind !== 'unknown').map((p) => adapt(p, settingsOf.get(p.file.display)!.parameters));
  const model: Model = await hooks.model.promise({ units });

  const byFile = new Map<string, Finding[]>(parsed.map((p) => [p.file.display, []]));
  const emit = (file: string, f: Finding) => {
    const out = hooks.finding.call(f, { file });
    if (out) byFile.get(file)?.push(out);
  };
  for (const p of parsed) {
    const settings = settingsOf.get(p.file.display)!.rules;
    for (const problem of p.doc.problems) {
      const s = settings.get(problem.ruleId);
      if (!s || s === 'off') continue;
      const messageId = registry.metas.get(problem.ruleId)?.messages ? Object.keys(registry.metas.get(problem.ruleId)!.messages)[0] : undefined;
      emit(p.file.display, {
        ruleId: problem.ruleId,
        ...(messageId ? { messageId } : {}),
        severity: s,
        message: problem.message,
        resource: null,
        location: { path: problem.path, start: problem.range.start, end: problem.range.end },
      });
    }
  }
  for (const unit of model.units) {
    const settings = settingsOf.get(unit.file)?.rules ?? effectiveSettings(registry, config.extends, config.rules);
    for (const f of runRules(unit, activeRules(registry, settings))) emit(unit.file, f);
  }

  const results: FileResult[] = parsed.map((p) => ({ file: p.file.display, kind: p.kind, findings: sortFindings(byFile.get(p.file.display) ?? []) }));
  const report: Report = { version: 1, tool: { name: 'cloudseclint', version: input.version }, results, summary: summarize(results, skipped) };
  return hooks.report.promise(report);
}

const looksLikeOurs = (text: string) => /AWSTemplateFormatVersion|["']?(Resources|Statement)["']?\s*:/.test(text);

function readAndParse(file: DiscoveredFile, contents: Map<string, string> | undefined): SourceDocument {
  const given = contents?.get(file.absolute);
  if (given !== undefined) return parseDocument(file.display, given);
  const buf = readFileSync(file.absolute);
  if (sniffBinary(buf)) return binaryDocument(file.display);
  return parseDocument(file.display, buf.toString('utf8'));
}

function adapt(p: Parsed, parameters: Record<string, unknown>): Unit {
  if (p.kind === 'iam-policy') return adaptIamPolicy(p.doc);
  return adaptCloudFormation(p.doc, { parameters });
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column || a.ruleId.localeCompare(b.ruleId));
}

function summarize(results: FileResult[], skipped: number): Summary {
  const s: Summary = { files: results.length, skipped, errors: 0, warnings: 0, infos: 0 };
  for (const r of results)
    for (const f of r.findings) {
      if (f.suppressed) continue;
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  return s;
}
