import type { Path } from '../core/range.ts';
import type { Value } from '../model/value.ts';
import { display } from '../model/value.ts';
import type { ConditionVerdict, RequestContext } from './condition-effect.ts';
import { conditionEffect } from './condition-effect.ts';
import type { PrincipalScope } from './principal-scope.ts';
import { principalScope } from './principal-scope.ts';
import type { Element, Elements, StatementView } from './statement.ts';
import { statementsOf } from './statement.ts';
import { UnitMemo } from '../model/unit-memo.ts';

/**
 * Pseudo parameters that stand for the stack's own partition, account and region. A pattern that holds them
 * covers the same resources whatever they resolve to, as far as these checks look (account and partition are
 * not compared, see resource-target.ts), so they read as `*`.
 */
const CONTEXT_SYMBOLS = new Set(['AWS::AccountId', 'AWS::Partition', 'AWS::Region', 'AWS::URLSuffix']);

/** One element of Action, Resource… as a glob, with what to show of it in messages. */
export interface Pattern {
  glob: string;
  text: string;
  /** The element it was read from, for locations. */
  value: Value;
}

/** Action or Resource (`except` false) or NotAction or NotResource (`except` true). */
export interface PatternSet {
  except: boolean;
  items: Pattern[];
  /** Resource elements only known at deploy time that refer to template resources, by the ids they name. */
  refs: { ids: string[]; text: string }[];
}

/** Where a statement comes from, for related locations. */
export interface ClauseSource {
  /** `Deployer.Policies[0].PolicyDocument`, `AWS managed policy AdministratorAccess`. */
  document: string;
  path: Path;
  file?: string;
  /** Position of the statement in its document (0-based). */
  index: number;
}

/**
 * A statement as the analysis reads it. Parts only known at deploy time are approximated in the direction that
 * can never cause a finding: an Allow keeps only what it surely grants (an unknown Action or Resource element is
 * dropped, an unknown NotAction element excludes everything), a Deny everything it may remove (an unknown
 * element reads as `*`). A statement whose effect is unknown is read as a Deny.
 */
export interface Clause {
  effect: 'Allow' | 'Deny';
  actions: PatternSet;
  resources: PatternSet;
  /** Whom it applies to: the identity for identity policies, or its Principal / NotPrincipal. */
  principals: PrincipalScope;
  condition?: Value;
  source: ClauseSource;
  statement: StatementView;
  /** The condition's effect for a request with this context; cached per context. */
  verdict(context?: RequestContext): ConditionVerdict;
}

const NO_CONDITION: ConditionVerdict = { effect: 'none', keys: [] };

const refIds = (symbol: string): string[] => {
  const m = /^(?:Ref |Fn::GetAtt )([A-Za-z0-9]+)/.exec(symbol);
  if (m) return [m[1]];
  // Terraform: a reference by address that the mapping left as written (`aws_iam_policy.deploy.arn`) names the
  // resource at one of its prefixes (`aws_iam_policy.deploy`, `aws_iam_policy.deploy[0]`); only ids of the
  // template are ever looked up among them.
  if (!/^[\w.[\]"-]+$/.test(symbol)) return [];
  const parts = symbol.split('.');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 2).join('.'));
};

/** The glob of an element, read under (`sure`) or over (`may`) approximation; null to drop it. */
function globOf(e: Element, approx: 'sure' | 'may'): string | null {
  if (e.text !== null) return e.text;
  const v = e.value;
  if (v.kind === 'unknown' && v.parts && e.pattern !== null) {
    const onlyContext = v.parts.every((p) => typeof p === 'string' || CONTEXT_SYMBOLS.has(p.symbol));
    if (onlyContext) return e.pattern;
  }
  if (v.kind === 'unknown' && CONTEXT_SYMBOLS.has(v.symbol)) return '*';
  if (approx === 'sure') return null;
  return e.pattern ?? '*';
}

function patternSet(els: Elements, except: boolean, approx: 'sure' | 'may'): PatternSet {
  const items: Pattern[] = [];
  const refs: PatternSet['refs'] = [];
  for (const e of els.items) {
    const glob = globOf(e, approx);
    if (glob !== null) items.push({ glob, text: e.text ?? display(e.value), value: e.value });
    else if (e.value.kind === 'unknown') {
      const symbols = [e.value.symbol, ...(e.value.parts ?? []).flatMap((p) => (typeof p === 'string' ? [] : [p.symbol]))];
      const ids = [...new Set(symbols.flatMap(refIds))];
      if (ids.length > 0) refs.push({ ids, text: display(e.value) });
    }
  }
  return { except, items, refs };
}

function clauseOf(sv: StatementView, source: ClauseSource): Clause | undefined {
  if (sv.effect === 'invalid') return undefined;
  const effect = sv.effect === 'Allow' ? 'Allow' : 'Deny';
  // What an Allow may exclude is over-approximated so that what it grants is under-approximated; a Deny the
  // other way round.
  const sure = effect === 'Allow' ? 'sure' : 'may';
  const may = effect === 'Allow' ? 'may' : 'sure';
  const actions = sv.action ? patternSet(sv.action, false, sure) : sv.notAction ? patternSet(sv.notAction, true, may) : undefined;
  const resources = sv.resource ? patternSet(sv.resource, false, sure) : sv.notResource ? patternSet(sv.notResource, true, may) : undefined;
  if (!actions || !resources) return undefined;
  // Contexts come from the method table, the same objects on every call: keyed by identity.
  const verdicts = new Map<RequestContext | undefined, ConditionVerdict>();
  const condition = sv.condition;
  return {
    effect,
    actions,
    resources,
    principals: principalScope(sv.principal, sv.notPrincipal),
    ...(condition ? { condition } : {}),
    source,
    statement: sv,
    verdict(context) {
      let v = verdicts.get(context);
      if (!v) {
        v = condition === undefined ? NO_CONDITION : conditionEffect(condition, context);
        verdicts.set(context, v);
      }
      return v;
    },
  };
}

/** The clauses of a policy document value (as the adapters give it), labelled for related locations; shared, not to be changed. */
export function clausesOf(doc: Value | undefined, document: string, file?: string, pathOverride?: Path): Clause[] {
  // The same document value (memoised per scenario) is read by several analyses; its clauses, with the caches they
  // keep (condition verdicts, actions allowed), are made once per document, label and place.
  const key = `${document}\u0000${file ?? ''}\u0000${pathOverride ? JSON.stringify(pathOverride) : ''}`;
  const memo = doc ? clausesMemo.get(doc) : undefined;
  const known = memo?.get(key);
  if (known) return known;
  const out: Clause[] = [];
  for (const sv of statementsOf(doc)) {
    const c = clauseOf(sv, { document, path: pathOverride ?? sv.path, index: sv.index, ...(file ? { file } : {}) });
    if (c) out.push(c);
  }
  if (doc) {
    if (memo) memo.set(key, out);
    else clausesMemo.set(doc, new Map([[key, out]]));
  }
  return out;
}

const clausesMemo = new UnitMemo<Value, Map<string, Clause[]>>();
