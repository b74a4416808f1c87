import type { ObjectValue, Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { toStr } from './convert.ts';
import { decodeJsonValue } from './json-value.ts';
import type { At } from './values.ts';
import { list, markAnchored, markEncoded, object, scalar, unknownAt } from './values.ts';

/** Block attributes of a statement and the policy keys they become. */
const LISTS: [string, string][] = [
  ['actions', 'Action'],
  ['not_actions', 'NotAction'],
  ['resources', 'Resource'],
  ['not_resources', 'NotResource'],
];

/**
 * What `data "aws_iam_policy_document"` produces, as the policy document value its `json` attribute holds:
 * statements from `source_policy_documents`, then the data source's own (replacing a source statement of the
 * same Sid), then `override_policy_documents` (replacing by Sid). Every part points at the HCL that wrote it:
 * `Effect` at the `effect` attribute (or the statement block, for the default Allow), `Principal` at the
 * `principals` block. Marked as JSON text and anchored, so a `policy = data.….json` keeps those locations.
 */
export function policyDocument(body: ObjectValue, at: At): ObjectValue {
  const entries = new Map<string, Value>();
  entries.set('Version', field(body, 'version') ?? scalar('2012-10-17', at));
  const id = field(body, 'policy_id');
  if (id) entries.set('Id', id);
  let statements: Value[] = [];
  for (const doc of listItems(field(body, 'source_policy_documents'))) statements.push(...statementsOf(doc));
  for (const st of listItems(field(body, 'statement'))) statements = bySid(statements, statement(st));
  for (const doc of listItems(field(body, 'override_policy_documents'))) for (const st of statementsOf(doc)) statements = bySid(statements, st);
  entries.set('Statement', list(statements, { path: [...at.path, 'statement'], file: at.file }));
  return markEncoded(markAnchored(object(entries, at)));
}

/** A nested block in HCL is a list of objects; in .tf.json it may be a single object. */
function listItems(v: Value | undefined): Value[] {
  if (!v) return [];
  if (v.kind === 'list') return v.items;
  return [v];
}

function statementsOf(doc: Value): Value[] {
  const decoded = decodeJsonValue(doc);
  if (!decoded) return doc.kind === 'unknown' ? [doc] : [];
  return listItems(field(decoded, 'Statement'));
}

function sidOf(st: Value): string | undefined {
  const sid = field(st, 'Sid');
  return sid ? toStr(sid) : undefined;
}

function bySid(statements: Value[], st: Value): Value[] {
  const sid = sidOf(st);
  if (sid) {
    const i = statements.findIndex((x) => sidOf(x) === sid);
    if (i >= 0) return statements.map((x, j) => (j === i ? st : x));
  }
  return [...statements, st];
}

function statement(st: Value): Value {
  if (st.kind !== 'object') return st;
  const at: At = { path: st.path, file: st.file };
  const out = new Map<string, Value>();
  const sid = field(st, 'sid');
  if (sid && !(sid.kind === 'scalar' && (sid.value === '' || sid.value === null))) out.set('Sid', sid);
  out.set('Effect', field(st, 'effect') ?? scalar('Allow', at));
  for (const [from, to] of LISTS) {
    const v = field(st, from);
    if (v) out.set(to, to.endsWith('Resource') ? policyVariables(v) : v);
  }
  const principal = principals(field(st, 'principals'));
  if (principal) out.set('Principal', principal);
  const notPrincipal = principals(field(st, 'not_principals'));
  if (notPrincipal) out.set('NotPrincipal', notPrincipal);
  const condition = conditions(field(st, 'condition'));
  if (condition) out.set('Condition', condition);
  return object(out, at);
}

/** `principals { type = "AWS", identifiers = [...] }` blocks into `{ "AWS": [...] }`; `*` / `["*"]` into `"*"`. */
function principals(v: Value | undefined): Value | undefined {
  const blocks = listItems(v);
  if (blocks.length === 0) return undefined;
  const at: At = { path: blocks[0].path, file: blocks[0].file };
  const byType = new Map<string, Value[]>();
  for (const b of blocks) {
    const type = toStr(field(b, 'type') ?? unknownAt(at, 'type'));
    const ids = field(b, 'identifiers');
    if (type === undefined || !ids || ids.kind === 'unknown') return unknownAt(at, 'principals');
    const items = ids.kind === 'list' ? ids.items : [ids];
    if (type === '*' && items.length === 1 && items[0].kind === 'scalar' && items[0].value === '*') return scalar('*', { path: b.path, file: b.file });
    byType.set(type, [...(byType.get(type) ?? []), ...items.map(policyVariables)]);
  }
  return object(new Map([...byType].map(([t, items]) => [t, list(items, at)])), at);
}

/**
 * `condition { test, variable, values }` blocks into `{ test: { variable: values } }`: an operator stands at the
 * `test` that first names it, a key's values at the `variable` that first names it.
 */
function conditions(v: Value | undefined): Value | undefined {
  const blocks = listItems(v);
  if (blocks.length === 0) return undefined;
  const at: At = { path: blocks[0].path, file: blocks[0].file };
  const byTest = new Map<string, { at: At; vars: Map<string, { at: At; items: Value[] }> }>();
  const where = (x: Value | undefined, b: Value): At => (x ? { path: x.path, file: x.file } : { path: b.path, file: b.file });
  for (const b of blocks) {
    const test = toStr(field(b, 'test') ?? unknownAt(at, 'test'));
    const variable = toStr(field(b, 'variable') ?? unknownAt(at, 'variable'));
    const values = field(b, 'values');
    if (test === undefined || variable === undefined || !values || values.kind === 'unknown') return unknownAt(at, 'condition');
    const op = byTest.get(test) ?? { at: where(field(b, 'test'), b), vars: new Map() };
    byTest.set(test, op);
    const key = op.vars.get(variable) ?? { at: where(field(b, 'variable'), b), items: [] };
    op.vars.set(variable, key);
    key.items.push(...(values.kind === 'list' ? values.items : [values]).map(policyVariables));
  }
  const entries = new Map<string, Value>();
  for (const [test, op] of byTest) entries.set(test, object(new Map([...op.vars].map(([k, key]) => [k, list(key.items, key.at)])), op.at));
  return object(entries, at);
}

/**
 * The data source writes a policy variable as `&{aws:username}` (Terraform would read `${…}` as its own
 * interpolation) and renders it as `${aws:username}` in resources, principals and condition values.
 */
function policyVariables(v: Value): Value {
  const swap = (text: string) => text.replaceAll('&{', '${');
  if (v.kind === 'scalar' && typeof v.value === 'string' && v.value.includes('&{')) return { ...v, value: swap(v.value) };
  if (v.kind === 'unknown' && v.parts?.some((p) => typeof p === 'string' && p.includes('&{'))) return { ...v, parts: v.parts.map((p) => (typeof p === 'string' ? swap(p) : p)) };
  if (v.kind === 'list') return { ...v, items: v.items.map(policyVariables) };
  return v;
}
