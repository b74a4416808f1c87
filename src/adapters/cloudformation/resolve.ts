import type { Path } from '../../core/range.ts';
import type { Node } from '../../parse/node.ts';
import { get, getEntry } from '../../parse/node.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { StringPart, Value, Via } from '../../model/value.ts';
import { plain, unknown } from '../../model/value.ts';
import { PSEUDO_PARAMETERS } from './pseudo.ts';
import type { Template } from './template.ts';

/** `AWS::NoValue`: the property is removed, not set to a value. */
export const ABSENT = Symbol('absent');
export type Resolved = Value | typeof ABSENT;

const MAX_DEPTH = 256;
const INTRINSICS = new Set([
  'Ref', 'Fn::Sub', 'Fn::Join', 'Fn::Select', 'Fn::Split', 'Fn::FindInMap', 'Fn::If', 'Fn::GetAtt', 'Fn::ImportValue',
  'Fn::Base64', 'Fn::GetAZs', 'Fn::Cidr', 'Fn::Transform', 'Fn::Length', 'Fn::ToJsonString',
]);

/** The id of the scenario's choice of a condition's value, asked by each Fn::If on it. */
export const conditionChoice = (name: string) => `condition:${name}`;

/**
 * Resolves a template node to a value under a scenario. Three-valued: what depends on deploy time (pseudo
 * parameters, GetAtt, ImportValue, parameters without a default) is unknown, never guessed. Fn::If asks the
 * scenario which branch applies, so the caller explores both.
 */
export function resolve(t: Template, node: Node, path: Path, s: Scenario, depth = 0): Resolved {
  if (depth > MAX_DEPTH) return unknown(path, 'nesting too deep');
  if (node.kind === 'scalar') return { kind: 'scalar', value: node.value, path };
  // Indexed loops: this runs for every value of every resource, mostly before it is optimised, where a callback
  // or an iterator is an allocation each.
  if (node.kind === 'seq') {
    const items: Value[] = [];
    for (let i = 0; i < node.items.length; i++) {
      const v = resolve(t, node.items[i], childPath(path, i), s, depth + 1);
      if (v !== ABSENT) items.push(v);
    }
    return { kind: 'list', items, path };
  }
  const all = node.entries;
  if (all.length === 1 && INTRINSICS.has(all[0].key)) return intrinsic(t, all[0].key, all[0].value, path, s, depth);
  const entries = new Map<string, Value>();
  for (let i = 0; i < all.length; i++) {
    const e = all[i];
    const v = resolve(t, e.value, childPath(path, e.key), s, depth + 1);
    if (v !== ABSENT) entries.set(e.key, v);
    else entries.delete(e.key);
  }
  return { kind: 'object', entries, path };
}

/**
 * `[...path, key]`, copied in a loop: about as fast as the spread before it is optimised and faster after (concat
 * is several times slower than both).
 */
function childPath(path: Path, key: string | number): Path {
  const n = path.length;
  const out: Path = new Array(n + 1);
  for (let i = 0; i < n; i++) out[i] = path[i];
  out[n] = key;
  return out;
}

function intrinsic(t: Template, fn: string, arg: Node, path: Path, s: Scenario, depth: number): Resolved {
  // Ref, the most frequent, needs neither of these.
  if (fn === 'Ref') return arg.kind === 'scalar' ? ref(t, String(arg.value), path, s) : unknown(path, 'Ref');
  const argPath = childPath(path, fn);
  const sub = (n: Node, p: Path) => resolve(t, n, p, s, depth + 1);
  switch (fn) {
    case 'Fn::If': {
      if (arg.kind !== 'seq' || arg.items.length !== 3) return unknown(path, 'Fn::If');
      const cond = arg.items[0].kind === 'scalar' ? String(arg.items[0].value) : '?';
      const branch = s.choose(conditionChoice(cond), [`condition ${cond} is true`, `condition ${cond} is false`]);
      const v = sub(arg.items[1 + branch], [...argPath, 1 + branch]);
      return v === ABSENT ? ABSENT : { ...v, path: v.path.length > 0 ? v.path : path };
    }
    case 'Fn::GetAtt': {
      const name = getAttName(arg);
      return unknown(path, `Fn::GetAtt ${name}`);
    }
    case 'Fn::ImportValue':
      return unknown(path, 'Fn::ImportValue');
    case 'Fn::GetAZs':
      return unknown(path, 'Fn::GetAZs');
    case 'Fn::Cidr':
      return unknown(path, 'Fn::Cidr');
    case 'Fn::Transform':
      return unknown(path, 'Fn::Transform');
    case 'Fn::Base64': {
      // Kept as the plain text: what matters to a security check is what the user data says, not its encoding.
      const v = sub(arg, argPath);
      return v === ABSENT ? unknown(path, 'Fn::Base64') : { ...v, path };
    }
    case 'Fn::Sub':
      return fnSub(t, arg, path, s, depth);
    case 'Fn::Join': {
      if (arg.kind !== 'seq' || arg.items.length !== 2) return unknown(path, 'Fn::Join');
      const delim = sub(arg.items[0], [...argPath, 0]);
      const list = sub(arg.items[1], [...argPath, 1]);
      if (delim === ABSENT || delim.kind !== 'scalar' || list === ABSENT) return unknown(path, 'Fn::Join');
      if (list.kind !== 'list') return unknown(path, 'Fn::Join');
      const parts: StringPart[] = [];
      list.items.forEach((item, i) => {
        if (i > 0) parts.push(String(delim.value));
        parts.push(...stringParts(item));
      });
      return fromParts(parts, path, 'Fn::Join', viaOf(list.items));
    }
    case 'Fn::Select': {
      if (arg.kind !== 'seq' || arg.items.length !== 2) return unknown(path, 'Fn::Select');
      const index = sub(arg.items[0], [...argPath, 0]);
      const list = sub(arg.items[1], [...argPath, 1]);
      if (index === ABSENT || index.kind !== 'scalar' || list === ABSENT || list.kind !== 'list') return unknown(path, 'Fn::Select');
      const item = list.items[Number(index.value)];
      return item ? { ...item, path } : unknown(path, 'Fn::Select');
    }
    case 'Fn::Split': {
      if (arg.kind !== 'seq' || arg.items.length !== 2) return unknown(path, 'Fn::Split');
      const delim = sub(arg.items[0], [...argPath, 0]);
      const str = sub(arg.items[1], [...argPath, 1]);
      if (delim === ABSENT || delim.kind !== 'scalar' || str === ABSENT || str.kind !== 'scalar') return unknown(path, 'Fn::Split');
      const items = String(str.value).split(String(delim.value)).map((value): Value => ({ kind: 'scalar', value, path, ...(str.via ? { via: str.via } : {}) }));
      return { kind: 'list', items, path };
    }
    case 'Fn::FindInMap':
      return findInMap(t, arg, path, s, depth);
    case 'Fn::Length': {
      const list = sub(arg, argPath);
      return list !== ABSENT && list.kind === 'list' ? { kind: 'scalar', value: list.items.length, path } : unknown(path, 'Fn::Length');
    }
    case 'Fn::ToJsonString': {
      const v = sub(arg, argPath);
      if (v === ABSENT || v.kind === 'unknown') return unknown(path, 'Fn::ToJsonString');
      const js = plain(v);
      return js === undefined ? unknown(path, 'Fn::ToJsonString') : { kind: 'scalar', value: JSON.stringify(js), path };
    }
  }
  return unknown(path, fn);
}

function getAttName(arg: Node): string {
  if (arg.kind === 'seq') return arg.items.map((i) => (i.kind === 'scalar' ? String(i.value) : '?')).join('.');
  if (arg.kind === 'scalar') return String(arg.value);
  return '?';
}

function ref(t: Template, name: string, path: Path, s: Scenario): Resolved {
  if (name === 'AWS::NoValue') return ABSENT;
  if (PSEUDO_PARAMETERS.has(name)) return unknown(path, name);
  const param = t.parameterEntries.get(name);
  if (param) return parameterValue(t, name, param.value, path, s);
  if (t.resourceIds.has(name)) return unknown(path, `Ref ${name}`);
  return unknown(path, `Ref ${name} (undefined)`);
}

function parameterValue(t: Template, name: string, decl: Node, path: Path, s: Scenario): Resolved {
  const type = get(decl, 'Type');
  const typeName = type?.kind === 'scalar' ? String(type.value) : '';
  // The Default of an SSM parameter type names a Systems Manager parameter; its value is only read at deploy time.
  const ssm = typeName.startsWith('AWS::SSM::Parameter::Value<');
  const isList = /^(AWS::SSM::Parameter::Value<)?(CommaDelimitedList|List<)/.test(typeName);
  const make = (raw: unknown, via: Via): Value => {
    if (isList) {
      const items = Array.isArray(raw) ? raw : String(raw).split(',');
      return { kind: 'list', path, via: [via], items: items.map((value): Value => ({ kind: 'scalar', value: String(value).trim(), path, via: [via] })) };
    }
    return { kind: 'scalar', value: raw as string | number | boolean | null, path, via: [via] };
  };
  if (Object.hasOwn(t.parameterValues, name)) {
    return make(t.parameterValues[name], { message: `parameter ${name} (value given in config)`, path: ['Parameters', name] });
  }
  if (ssm) return unknown(path, `parameter ${name}`);
  const def = getEntry(decl, 'Default');
  if (def && def.value.kind === 'scalar') {
    return make(def.value.value, { message: `default of parameter ${name}`, path: ['Parameters', name, 'Default'], range: def.value.range });
  }
  if (def && def.value.kind === 'seq') {
    const raw = def.value.items.map((i) => (i.kind === 'scalar' ? i.value : ''));
    return make(raw, { message: `default of parameter ${name}`, path: ['Parameters', name, 'Default'], range: def.value.range });
  }
  const allowed = get(decl, 'AllowedValues');
  if (allowed?.kind === 'seq' && allowed.items.length > 0 && allowed.items.every((i) => i.kind === 'scalar')) {
    const values = allowed.items.map((i) => (i.kind === 'scalar' ? i.value : null));
    const k = s.choose(`parameter:${name}`, values.map((v) => `parameter ${name} is ${JSON.stringify(v)}`));
    return make(values[k], { message: `allowed value of parameter ${name}`, path: ['Parameters', name, 'AllowedValues', k], range: allowed.items[k].range });
  }
  return unknown(path, `parameter ${name}`);
}

function fnSub(t: Template, arg: Node, path: Path, s: Scenario, depth: number): Resolved {
  let template: Node | undefined = arg;
  let vars: Node | undefined;
  if (arg.kind === 'seq') {
    template = arg.items[0];
    vars = arg.items[1];
  }
  if (template?.kind !== 'scalar') return unknown(path, 'Fn::Sub');
  const text = String(template.value);
  const parts: StringPart[] = [];
  const via: Via[] = [];
  let last = 0;
  for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
    parts.push(text.slice(last, m.index));
    last = m.index! + m[0].length;
    const name = m[1].trim();
    if (name.startsWith('!')) {
      parts.push('${' + name.slice(1) + '}');
      continue;
    }
    const varNode = get(vars, name);
    let v: Resolved;
    if (varNode) v = resolve(t, varNode, [...path, 'Fn::Sub', 1, name], s, depth + 1);
    else if (name.includes('.')) v = unknown(path, `Fn::GetAtt ${name}`);
    else v = ref(t, name, path, s);
    if (v === ABSENT) continue;
    if (v.via) via.push(...v.via);
    parts.push(...stringParts(v));
  }
  parts.push(text.slice(last));
  return fromParts(parts, path, 'Fn::Sub', via);
}

function findInMap(t: Template, arg: Node, path: Path, s: Scenario, depth: number): Resolved {
  if (arg.kind !== 'seq' || arg.items.length < 3) return unknown(path, 'Fn::FindInMap');
  const keys: string[] = [];
  for (let i = 0; i < 3; i++) {
    const k = resolve(t, arg.items[i], [...path, 'Fn::FindInMap', i], s, depth + 1);
    if (k === ABSENT || k.kind !== 'scalar') return unknown(path, 'Fn::FindInMap');
    keys.push(String(k.value));
  }
  const target = get(get(get(t.mappings, keys[0]), keys[1]), keys[2]);
  // AWS::LanguageExtensions: a fourth argument {DefaultValue} is used when the keys name no entry.
  const fallback = getEntry(arg.items[3], 'DefaultValue');
  if (!target && fallback) return resolve(t, fallback.value, [...path, 'Fn::FindInMap', 3, 'DefaultValue'], s, depth + 1);
  if (!target) return unknown(path, `Fn::FindInMap ${keys.join('.')}`);
  const v = resolve(t, target, ['Mappings', ...keys], s, depth + 1);
  if (v === ABSENT) return ABSENT;
  // Like a parameter's value, the mapping's is reported where it is used (items too); the mapping is related.
  const via: Via[] = [{ message: `mapping ${keys.join('.')}`, path: ['Mappings', ...keys], range: target.range }];
  if (v.kind === 'list') return { ...v, path, via, items: v.items.map((i) => ({ ...i, path, via })) };
  return { ...v, path, via };
}

function stringParts(v: Value): StringPart[] {
  if (v.kind === 'scalar') return [String(v.value)];
  if (v.kind === 'unknown') return v.parts ?? [{ symbol: v.symbol }];
  return [{ symbol: 'non-string value' }];
}

function fromParts(parts: StringPart[], path: Path, fn: string, via: Via[]): Value {
  const merged: StringPart[] = [];
  for (const p of parts) {
    const prev = merged[merged.length - 1];
    if (typeof p === 'string' && typeof prev === 'string') merged[merged.length - 1] = prev + p;
    else if (p !== '') merged.push(p);
  }
  // A list parameter gives the same via to each of its items; relate it once.
  const unique = via.filter((v, i) => via.findIndex((w) => w.message === v.message && w.path.join('\u0000') === v.path.join('\u0000')) === i);
  const viaOpt = unique.length > 0 ? unique : undefined;
  if (merged.every((p) => typeof p === 'string')) return { kind: 'scalar', value: merged.join(''), path, ...(viaOpt ? { via: viaOpt } : {}) };
  return unknown(path, fn, merged, viaOpt);
}

function viaOf(values: Value[]): Via[] {
  return values.flatMap((v) => v.via ?? []);
}
