import type { RuleMeta } from '../core/rule-meta.ts';
import type { Path } from '../core/range.ts';
import type { PolicyDocument, Resource } from '../model/model.ts';
import type { Value } from '../model/value.ts';
import { display } from '../model/value.ts';
import type { Rule, RuleContext } from '../engine/rule.ts';
import type { Check } from './evaluate.ts';
import { compileAssertion } from './evaluate.ts';
import { parsePath, walk } from './path.ts';
import type { PolicySource, Selector } from './types.ts';

/** Turns a validated declarative policy into a rule the engine runs like any TypeScript rule. */
export function compilePolicy({ file, spec }: PolicySource): Rule {
  const meta: RuleMeta = {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    severity: spec.severity,
    category: spec.category,
    messages: { violation: spec.message },
    ...(spec.fix ? { fix: spec.fix } : {}),
    ...(spec.references ? { references: spec.references } : {}),
    recommended: spec.recommended ?? false,
    ...(spec.confirms === false ? { confirms: false } : {}),
    source: file,
  };
  const resourceSelectors = spec.given.filter((g) => g.resources);
  const policySelectors = spec.given.filter((g) => g.policies);
  const byType = new Map<string, Selector[]>();
  for (const g of resourceSelectors) for (const t of g.resources!) byType.set(t, [...(byType.get(t) ?? []), g]);
  const resourceTypes: ReadonlySet<string> = new Set(byType.keys());
  const reportSegs = spec.report ? parsePath(spec.report) : undefined;
  // Compiled on first use: a run compiles only the policies that meet something to check.
  let assertion: Check | undefined;

  // The message's fields are made from `owner` only for a violation: this runs for every resource of the types.
  const check = (ctx: RuleContext, selector: Selector, root: Value | undefined, rootPath: Path, file: string, resource: string | null, owner: Resource | PolicyDocument) => {
    if (!selector.each) return checkSubject(ctx, selector, root, root?.path ?? rootPath, file, resource, owner);
    for (const s of walk(root, parsePath(selector.each), root?.path ?? rootPath)) {
      if (s.value === undefined || s.blocked) continue;
      checkSubject(ctx, selector, s.value, s.path, file, resource, owner);
    }
  };
  const checkSubject = (ctx: RuleContext, selector: Selector, value: Value | undefined, path: Path, file: string, resource: string | null, owner: Resource | PolicyDocument) => {
    if (selector.where && compileAssertion(selector.where)(value, path).truth !== true) return;
    const outcome = (assertion ??= compileAssertion(spec.assert))(value, path);
    if (outcome.truth !== false) return;
    const first = outcome.blame[0];
    const at = reportSegs ? walk(value, reportSegs, path)[0] : first;
    const related = outcome.blame.flatMap((b) => b.value?.via ?? []);
    ctx.report({
      messageId: 'violation',
      resource,
      data: { ...dataOf(owner), value: first?.value ? display(first.value) : 'not set' },
      path: at?.path ?? path,
      // A missing property is reported in the file of the object that lacks it (Terraform spreads a resource).
      file: at?.value?.file ?? value?.file ?? file,
      ...(related.length > 0 ? { related } : {}),
    });
  };

  return {
    meta,
    create(ctx) {
      const resource = (r: Resource) => {
        const selectors = byType.get(r.type);
        if (!selectors) return;
        const props = r.properties(ctx.scenario);
        for (const sel of selectors) check(ctx, sel, props, r.propertiesPath, r.file, r.id, r);
      };
      const policyDocument = (d: PolicyDocument) => {
        for (const sel of policySelectors) {
          const p = sel.policies!;
          if (p.kinds && !p.kinds.includes(d.kind)) continue;
          if (p.ownerTypes && !(d.owner && p.ownerTypes.includes(d.owner.type))) continue;
          const doc = d.document(ctx.scenario);
          // A document this scenario leaves out (the other branch of an Fn::If) grants nothing to check.
          if (doc === undefined) continue;
          check(ctx, sel, doc, d.path, d.file, d.owner?.id ?? null, d);
        }
      };
      // Only the visitors the selectors need: a policy about buckets never visits a policy document.
      return {
        ...(byType.size > 0 ? { resource, resourceTypes } : {}),
        ...(policySelectors.length > 0 ? { policyDocument } : {}),
      };
    },
  };
}

/** The fields a policy's message may name: the resource and its type, or the policy document and its owner. */
function dataOf(owner: Resource | PolicyDocument): Record<string, unknown> {
  if ('document' in owner) return { resource: owner.owner?.id ?? owner.name, type: owner.owner?.type ?? 'policy', policy: owner.name };
  return { resource: owner.id, type: owner.type };
}
