import type { Decl } from './config.ts';
import { evaluateSafe } from './evaluate.ts';
import { expandKeys } from './expand.ts';
import type { Keys } from './groups.ts';
import type { ModuleInstance } from './module-instance.ts';

/**
 * The instances a resource, data or module block declares through `count` or `for_each`, guarded against a
 * reference cycle through its own meta-argument. `base` is the block's address, which names the guard.
 */
export function blockKeys(mod: ModuleInstance, decl: Decl, base: string): Keys {
  const count = decl.attrs.get('count');
  const forEach = decl.attrs.get('for_each');
  const meta = count ? 'count' : forEach ? 'for_each' : undefined;
  if (!meta) return { kind: 'single' };
  const expr = (count ?? forEach)!.expr;
  return mod.guard(
    `${base}#${meta}`,
    () => expandKeys(meta, (s) => evaluateSafe(expr, mod.scope(decl.file, s))),
    () => ({ kind: 'unknown', meta }),
  );
}
