import type { Scenario } from '../../../model/scenario.ts';
import { firstBranch } from '../../../model/scenario.ts';
import type { Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { absolute, baseAddress } from './address.ts';
import { attr } from './values.ts';

/** What a linking attribute may name: instances of these types, by reference or by one of their name attributes. */
export interface LinkTarget {
  types: string[];
  /** Attributes whose value is the name a literal may give (`bucket` of aws_s3_bucket, `name` of aws_iam_role). */
  names?: string[];
}

/**
 * Resolves the attributes that tie one Terraform resource to another (`bucket = aws_s3_bucket.logs.id`,
 * `role = "deploy"`), so that separate resources can be read as one CloudFormation resource, as AWS does.
 */
export class Links {
  private byBase = new Map<string, TfInstance[]>();
  private byType = new Map<string, TfInstance[]>();

  constructor(instances: TfInstance[]) {
    for (const i of instances) {
      if (i.mode !== 'managed') continue;
      push(this.byBase, baseAddress(i.address), i);
      push(this.byType, i.type, i);
    }
  }

  ofType(type: string): TfInstance[] {
    return this.byType.get(type) ?? [];
  }

  /** The instances the value (an attribute of `from`, or a list of them) names, under a scenario. */
  targets(v: Value | undefined, from: TfInstance, target: LinkTarget, s: Scenario): TfInstance[] {
    if (v === undefined) return [];
    if (v.kind === 'list') return unique(v.items.flatMap((i) => this.targets(i, from, target, s)));
    if (v.kind === 'unknown') {
      const named = this.bySymbol(v.parts ? v.parts.map((p) => (typeof p === 'string' ? p : p.symbol)).join(' ') + ' ' + v.symbol : v.symbol, from, target);
      return named ?? this.byReference(v.symbol, from, target);
    }
    if (v.kind === 'scalar' && typeof v.value === 'string' && v.value !== '') return this.byName(v.value, from, target, s);
    return [];
  }

  /**
   * The instances of `subType` whose attribute `via` names `target`. Only candidates are evaluated, so that a
   * configuration of thousands of buckets does not evaluate every pair: those that refer to the target's resource,
   * those that name it by a literal equal to its name, and those that name nothing we can index.
   */
  linkedTo(target: TfInstance, subType: string, via: string, link: LinkTarget, s: Scenario): TfInstance[] {
    const { byTarget, byLiteral, others } = this.candidates(subType, via, link);
    const names = (link.names ?? []).flatMap((n) => {
      const v = attr(target.attributes(s), n);
      return v?.kind === 'scalar' && typeof v.value === 'string' ? [v.value] : [];
    });
    const candidates = new Set([...(byTarget.get(baseAddress(target.address)) ?? []), ...names.flatMap((n) => byLiteral.get(n) ?? []), ...others]);
    return [...candidates].filter((sub) => this.targets(attr(sub.attributes(s), via), sub, link, s).includes(target));
  }

  private candidateIndex = new Map<string, { byTarget: Map<string, TfInstance[]>; byLiteral: Map<string, TfInstance[]>; others: TfInstance[] }>();

  /**
   * The candidates of a link, indexed once from the first reading of the configuration: by the resource they
   * refer to, by the literal names they give (as written, and as the last segment of an ARN or URL).
   */
  private candidates(subType: string, via: string, link: LinkTarget) {
    const key = `${subType}|${via}|${link.types.join(',')}`;
    let index = this.candidateIndex.get(key);
    if (index) return index;
    index = { byTarget: new Map(), byLiteral: new Map(), others: [] };
    for (const sub of this.ofType(subType)) {
      const refs = new Set([...sub.references].map((r) => baseAddress(stripAttribute(absolute(r, sub), link.types))).filter((r) => link.types.includes(typeOfAddress(r))));
      const literals = literalsOf(attr(sub.attributes(firstBranch), via));
      for (const r of refs) push(index.byTarget, r, sub);
      for (const l of literals) for (const k of new Set([l, shortName(l)])) push(index.byLiteral, k, sub);
      if (refs.size === 0 && literals.length === 0) index.others.push(sub);
    }
    this.candidateIndex.set(key, index);
    return index;
  }

  private bySymbol(text: string, from: TfInstance, target: LinkTarget): TfInstance[] | undefined {
    const found: TfInstance[] = [];
    for (const type of target.types) {
      for (const m of text.matchAll(addressPattern(type))) {
        const base = absolute(`${m[1]}${type}.${m[2]}`, from);
        found.push(...this.pick(base, m[3], from));
      }
    }
    return found.length > 0 ? unique(found) : undefined;
  }

  /**
   * An unknown value that names nothing we can read (an expression the evaluator could not render) may still be
   * tied to its target by the resource's references, when it refers to exactly one resource of the target types.
   * A value that came from a variable, a local or a data source names something else: no link is guessed.
   * `each.value.id` over `for_each = aws_s3_bucket.logs` does name the bucket with the same key.
   */
  private byReference(symbol: string, from: TfInstance, target: LinkTarget): TfInstance[] {
    if (/^(var|local|data|module|path|terraform)\./.test(symbol)) return [];
    const bases = new Set([...from.references].map((r) => baseAddress(stripAttribute(absolute(r, from), target.types))).filter((r) => target.types.includes(typeOfAddress(r))));
    if (bases.size !== 1) return [];
    return this.pick([...bases][0], undefined, from);
  }

  private byName(name: string, from: TfInstance, target: LinkTarget, s: Scenario): TfInstance[] {
    if (!target.names) return [];
    // An AWS managed policy is no policy of the configuration, whatever its name.
    if (/^arn:[^:]+:iam::aws:/.test(name)) return [];
    const short = shortName(name);
    const { named, unnamed } = this.nameIndex(target);
    const candidates = new Set([...(named.get(name) ?? []), ...(named.get(short) ?? []), ...unnamed]);
    const found = [...candidates].filter((i) =>
      target.names!.some((n) => {
        const v = attr(i.attributes(s), n);
        return v?.kind === 'scalar' && (v.value === name || v.value === short);
      }),
    );
    if (found.length <= 1) return found;
    // Two resources with the same name (in different modules, or count without a name suffix): prefer the one
    // this resource refers to.
    const referred = found.filter((i) => [...from.references].some((r) => baseAddress(absolute(r, from)) === baseAddress(i.address)));
    return referred.length > 0 ? referred : found;
  }

  private nameIndexes = new Map<string, { named: Map<string, TfInstance[]>; unnamed: TfInstance[] }>();

  /** The instances of the target types by their name, read once; those whose name is not a known string stay apart. */
  private nameIndex(target: LinkTarget) {
    const key = `${target.types.join(',')}|${(target.names ?? []).join(',')}`;
    let index = this.nameIndexes.get(key);
    if (index) return index;
    index = { named: new Map(), unnamed: [] };
    for (const i of target.types.flatMap((t) => this.ofType(t))) {
      const names = (target.names ?? []).map((n) => attr(i.attributes(firstBranch), n));
      const known = names.filter((v): v is Value & { kind: 'scalar' } => v?.kind === 'scalar' && typeof v.value === 'string');
      if (known.length === 0 || names.some((v) => v?.kind === 'unknown')) index.unnamed.push(i);
      for (const v of known) push(index.named, String(v.value), i);
    }
    this.nameIndexes.set(key, index);
    return index;
  }

  /** The instances of a resource named with an optional key: the keyed one, or the one with `from`'s key. */
  private pick(base: string, key: string | undefined, from: TfInstance): TfInstance[] {
    const all = this.byBase.get(base) ?? [];
    if (key !== undefined && !/^\[(count\.index|each\.(key|value))\]$/.test(key)) {
      const exact = all.filter((i) => i.address === base + key);
      if (exact.length > 0) return exact;
    }
    if (all.length <= 1) return all;
    const same = all.filter((i) => i.index !== undefined && i.index === from.index);
    return same.length > 0 ? same : [];
  }
}

const patterns = new Map<string, RegExp>();

/**
 * Addresses of a resource type inside an expression's text, with their module path and key; not a data source
 * of the same type (`data.aws_s3_bucket.x` names no bucket of the configuration).
 */
function addressPattern(type: string): RegExp {
  let re = patterns.get(type);
  if (!re) {
    re = new RegExp(`(?<![\\w.-])((?:module\\.[\\w-]+(?:\\[[^\\]]*\\])?\\.)*)${type}\\.([\\w-]+)(\\[[^\\]]*\\])?`, 'g');
    patterns.set(type, re);
  }
  re.lastIndex = 0;
  return re;
}

/** The known strings of a value or of the items of a list. */
function literalsOf(v: Value | undefined): string[] {
  const items = v?.kind === 'list' ? v.items : v ? [v] : [];
  return items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' && i.value !== '' ? [i.value] : []));
}

/** An ARN or a URL names a resource by its last segment (`arn:aws:iam::1:role/path/deploy` → deploy). */
function shortName(name: string): string {
  return /^(arn:|https:\/\/)/.test(name) ? (name.split(/[:/]/).pop() ?? name) : name;
}

/** `aws_s3_bucket.b.id` → `aws_s3_bucket.b` for references that carry the attribute read. */
function stripAttribute(ref: string, types: string[]): string {
  for (const t of types) {
    const m = new RegExp(`^(.*?${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[\\w-]+(?:\\[[^\\]]*\\])?)`).exec(ref);
    if (m) return m[1];
  }
  return ref;
}

/** The resource type of an address (`module.a.aws_s3_bucket.b` → `aws_s3_bucket`). */
function typeOfAddress(address: string): string {
  const rest = address.replace(/^(?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*/, '');
  return rest.split('.')[0];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
