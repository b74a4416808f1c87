import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import type { TfFile } from './files.ts';
import type { ModuleInstance } from './module-instance.ts';
import type { At } from './values.ts';

/** Which instance of a `count` or `for_each` resource (or module call) an expression is evaluated for. */
export interface InstanceBinding {
  meta: 'count' | 'for_each';
  /** `count.index` or `each.key`; undefined when the collection is unknown (one representative instance). */
  key?: number | string;
  /** `each.value` under a scenario; undefined when the key is absent in that scenario. */
  eachValue?: (s: Scenario) => Value | undefined;
}

/** Everything an expression can see while it is evaluated. */
export interface Scope {
  mod: ModuleInstance;
  file: TfFile;
  s: Scenario;
  /** For-expression variables, a dynamic block's iterator, templatefile's variables. */
  vars?: ReadonlyMap<string, Value>;
  instance?: InstanceBinding;
  splatItem?: Value;
  /** tfvars files and templatefile templates see their `vars` and functions, nothing else of the module. */
  closed?: boolean;
  depth: number;
}

export const MAX_DEPTH = 200;

export const atOf = (e: { path: (string | number)[] }, sc: Scope): At => ({ path: e.path, file: sc.file.path });

export const deeper = (sc: Scope): Scope => ({ ...sc, depth: sc.depth + 1 });

export function withVars(sc: Scope, add: Record<string, Value>): Scope {
  const vars = new Map(sc.vars);
  for (const [k, v] of Object.entries(add)) vars.set(k, v);
  return { ...sc, vars, depth: sc.depth + 1 };
}
