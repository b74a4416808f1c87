import { formatTokens } from './arn-pattern.ts';
import type { CatalogAction } from './catalog.ts';
import type { GlobToken } from './glob-intersect.ts';
import { char, globsIntersect } from './glob-intersect.ts';
import { resourceType } from './resource-types.ts';

const formats = new Map<string, GlobToken[]>();
const STAR = [char('*')];

/**
 * A text that names a glob: equal texts, equal globs. Wildcards are written with control characters and their
 * exclusions, so that a literal `*` of a pattern and a wildcard stay apart.
 */
function globKey(tokens: GlobToken[]): string {
  let key = keys.get(tokens);
  if (key === undefined) keys.set(tokens, (key = keyOf(tokens)));
  return key;
}

/** Keys of token lists, which policyTextTokens shares across statements (a WeakMap: the value is only a string). */
const keys = new WeakMap<GlobToken[], string>();

function keyOf(tokens: GlobToken[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'char') out += t.c < ' ' ? '\u0004' + t.c : t.c;
    else out += (t.kind === 'star' ? '\u0001' : '\u0003') + t.not + '\u0002';
  }
  return out;
}

/** The key of a list of Resource patterns, made once per list. */
const patternsKeys = new WeakMap<GlobToken[][], string>();
function patternsKey(resources: GlobToken[][]): string {
  let key = patternsKeys.get(resources);
  if (key === undefined) patternsKeys.set(resources, (key = resources.map(globKey).join('\u0005')));
  return key;
}

/**
 * Verdicts per action and list of Resource patterns, kept for the run: the same pairs recur across the statements
 * and templates of a run (`s3:Get*` on `arn:aws:s3:::${Bucket}/*`), and two rules ask the same questions. Keyed by
 * text, so a list read again by another rule or in another template finds its verdicts; emptied when it grows past
 * a bound, for very large runs.
 */
const verdicts = new Map<CatalogAction, Map<string, boolean>>();
let verdictCount = 0;
const MAX_VERDICTS = 200_000;

/**
 * Whether an action can apply to at least one of these Resource patterns. An action scoped to resource types
 * needs a pattern that can match one of their ARN formats; an action without any (s3:ListAllMyBuckets) is
 * authorised against `*` itself, so it needs a pattern that matches "*". A resource type the reference names
 * without describing gives no verdict: the action is taken to apply.
 */
export function actionApplies(action: CatalogAction, resources: GlobToken[][]): boolean {
  const key = patternsKey(resources);
  let row = verdicts.get(action);
  if (!row) verdicts.set(action, (row = new Map()));
  let v = row.get(key);
  if (v === undefined) {
    if (verdictCount >= MAX_VERDICTS) {
      verdicts.clear();
      verdicts.set(action, (row = new Map()));
      verdictCount = 0;
    }
    row.set(key, (v = applies(action, resources)));
    verdictCount++;
  }
  return v;
}

function applies(action: CatalogAction, resources: GlobToken[][]): boolean {
  if (action.resourceTypes.length === 0) return resources.some((r) => globsIntersect(r, STAR));
  return action.resourceTypes.some((name) => {
    const type = resourceType(action.service, name);
    if (!type) return true;
    let f = formats.get(type.arn);
    if (!f) formats.set(type.arn, (f = formatTokens(type.arn)));
    return resources.some((r) => globsIntersect(f, r));
  });
}

/** The ARN formats of an action's resource types, for messages. */
export function actionFormats(action: CatalogAction): string[] {
  return action.resourceTypes.map((name) => resourceType(action.service, name)?.arn ?? name);
}
