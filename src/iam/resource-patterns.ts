import type { PolicyDocument, Unit } from '../model/model.ts';
import { display } from '../model/value.ts';
import { partsTokens, policyTextTokens } from './arn-pattern.ts';
import type { GlobToken } from './glob-intersect.ts';
import { fromEmptyDefault } from './empty-default.ts';
import { symbolTokens } from './symbol-tokens.ts';
import type { Elements } from './statement.ts';
import { UnitMemo } from '../model/unit-memo.ts';

/**
 * The Resource patterns of a statement as glob tokens, or null when one of them is only known at deploy time and
 * nothing is known of its shape (a parameter, which could even be `*`): then no verdict can be given on the
 * statement. Entries that are not ARNs match nothing and are left out; iam/invalid-resource reports them.
 */
export function resourcePatterns(resources: Elements, unit: Unit): GlobToken[][] | null {
  // Two rules ask about each statement; the same list lets action verdicts be found by it (actionApplies).
  let out = patternsOf.get(resources);
  if (out === undefined) patternsOf.set(resources, (out = patternsOfElements(resources, unit)));
  return out;
}

const patternsOf = new UnitMemo<Elements, GlobToken[][] | null>();

function patternsOfElements(resources: Elements, unit: Unit): GlobToken[][] | null {
  const shapeOf = symbolTokens(unit);
  const out: GlobToken[][] = [];
  for (const { value: v } of resources.items) {
    if (fromEmptyDefault(v, unit)) return null;
    if (v.kind === 'scalar' && typeof v.value === 'string') {
      if (looksLikeResource(v.value)) out.push(policyTextTokens(v.value));
      continue;
    }
    const tokens = v.kind !== 'unknown' ? undefined : v.parts ? partsTokens(v.parts, shapeOf) : shapeOf(v.symbol);
    if (!tokens) return null;
    out.push(tokens);
  }
  return out;
}

/**
 * Owners whose policies' Resource entries need not be ARNs: the statement rebuilt from an AWS::Lambda::Permission
 * holds its FunctionName property, which takes a bare function name too, and API Gateway expands the shorthand
 * `execute-api:/stage/GET/path` against its own API (a Terraform aws_api_gateway_rest_api_policy for an API
 * outside the configuration stays under its own type).
 */
const NOT_ARNS = new Set(['AWS::Lambda::Permission', 'AWS::ApiGateway::RestApi', 'aws_api_gateway_rest_api_policy']);

export const resourcesAreArns = (d: PolicyDocument): boolean => !NOT_ARNS.has(d.owner?.type ?? '');

/** Whether a Resource string can be an ARN pattern: `arn:...`, `*...`, or starting with a policy variable. */
export const looksLikeResource = (text: string): boolean => /^(arn:|\*|\$\{)/i.test(text);

/** The Resource elements for messages, unknown parts shown as `${symbol}`. */
export function resourcesText(resources: Elements): string {
  const all = resources.items.map((e) => display(e.value));
  return all.length > 3 ? `${all.slice(0, 3).join(', ')} and ${all.length - 3} more` : all.join(', ');
}
