// Imported rather than read at run time, so the catalogs travel inside the CLI bundle like the code that uses them.
import cis from '../../data/controls/cis-v3.json' with { type: 'json' };
import fsbp from '../../data/controls/fsbp.json' with { type: 'json' };
import wa from '../../data/controls/well-architected-security.json' with { type: 'json' };
import type { Catalog } from './catalog.ts';
import { checkCatalog } from './catalog.ts';
import type { FrameworkName } from './frameworks.ts';

const RAW: Record<FrameworkName, unknown> = { fsbp, cis, wa };
const checked = new Map<FrameworkName, Catalog>();

/** The control catalog of a framework, checked once. */
export function catalogOf(framework: FrameworkName): Catalog {
  let catalog = checked.get(framework);
  if (!catalog) checked.set(framework, (catalog = checkCatalog(RAW[framework], framework)));
  return catalog;
}
