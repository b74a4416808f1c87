import type { Path } from '../../core/range.ts';
import type { Value } from '../../model/value.ts';
import { display, field } from '../../model/value.ts';

const CONDITION_OF: Record<string, [string, string]> = {
  SourceArn: ['ArnLike', 'aws:SourceArn'],
  SourceAccount: ['StringEquals', 'aws:SourceAccount'],
  PrincipalOrgID: ['StringEquals', 'aws:PrincipalOrgID'],
  FunctionUrlAuthType: ['StringEquals', 'lambda:FunctionUrlAuthType'],
  EventSourceToken: ['StringEquals', 'lambda:EventSourceToken'],
};

/**
 * An AWS::Lambda::Permission is one statement of the function's resource policy written as properties;
 * rebuilt as a policy document so the IAM rules read it like any other. Each part points at its property.
 */
export function lambdaPermissionDocument(props: Value | undefined, path: Path): Value | undefined {
  if (props?.kind !== 'object') return undefined;
  const scalar = (value: string, p: Path): Value => ({ kind: 'scalar', value, path: p });
  const obj = (entries: [string, Value][], p: Path): Value => ({ kind: 'object', entries: new Map(entries), path: p });
  const stmt: [string, Value][] = [['Effect', scalar('Allow', path)]];
  const principal = field(props, 'Principal');
  if (principal) {
    // Service principals are often written with a pseudo parameter: !Sub logs.${AWS::Region}.amazonaws.com
    const text = principal.kind === 'scalar' ? String(principal.value) : principal.kind === 'unknown' ? display(principal) : '';
    const key = text === '*' ? undefined : /\.(amazonaws\.com(\.cn)?|\$\{AWS::URLSuffix\})$/.test(text) ? 'Service' : 'AWS';
    stmt.push(['Principal', key ? obj([[key, principal]], principal.path) : principal]);
  }
  const action = field(props, 'Action');
  if (action) stmt.push(['Action', action]);
  const fn = field(props, 'FunctionName');
  if (fn) stmt.push(['Resource', fn]);
  const conditions = new Map<string, [string, Value][]>();
  for (const [prop, [op, key]] of Object.entries(CONDITION_OF)) {
    const v = field(props, prop);
    if (!v) continue;
    conditions.set(op, [...(conditions.get(op) ?? []), [key, v]]);
  }
  if (conditions.size > 0) stmt.push(['Condition', obj([...conditions].map(([op, e]) => [op, obj(e, path)]), path)]);
  return obj([['Version', scalar('2012-10-17', path)], ['Statement', { kind: 'list', items: [obj(stmt, path)], path }]], path);
}
