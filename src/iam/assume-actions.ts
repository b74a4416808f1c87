import type { StatementView } from './statement.ts';
import { actionsOf } from './statement-actions.ts';

const STS: ReadonlySet<string> = new Set(['sts']);

/** The ways of assuming a role a statement allows (`AssumeRole`, `AssumeRoleWithSAML`, `AssumeRoleWithWebIdentity`). */
export function assumeActionsOf(st: StatementView): Set<string> {
  return new Set(actionsOf(st, STS).filter((a) => /^AssumeRole/.test(a.name)).map((a) => a.name));
}
