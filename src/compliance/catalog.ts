/** One control of a framework, as data/controls/*.json lists it. */
export interface Control {
  id: string;
  title: string;
  /**
   * CloudFormation (and SAM) types the control judges. Empty for a control about the account, its history or
   * its people, which no template can show: such a control is never passed from templates.
   */
  resourceTypes: string[];
  /**
   * Why the types are what they are, or why templates cannot show the control: a phrase, which the report gives
   * as the reason a control without types is not checked.
   */
  note?: string;
}

export interface Catalog {
  framework: string;
  title: string;
  version?: string;
  /** Where the ids and titles come from. */
  source: string;
  description: string;
  controls: Control[];
}

/**
 * Checks the shape of a catalog read from JSON. The catalogs are bundled data, so a malformed one is a bug in
 * cloudseclint: it throws rather than reporting a problem to the user.
 */
export function checkCatalog(data: unknown, name: string): Catalog {
  const fail = (what: string): never => {
    throw new Error(`control catalog ${name}: ${what}`);
  };
  const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  const c = data as Partial<Catalog> | null;
  if (!c || typeof c !== 'object') return fail('not an object');
  for (const key of ['framework', 'title', 'source', 'description'] as const) if (!isString(c[key])) fail(`"${key}" is not a non-empty string`);
  if (!Array.isArray(c.controls) || c.controls.length === 0) return fail('"controls" is not a non-empty array');
  const seen = new Set<string>();
  for (const [i, control] of c.controls.entries()) {
    if (!isString(control?.id) || !isString(control.title)) fail(`controls[${i}] needs an id and a title`);
    if (!Array.isArray(control.resourceTypes) || !control.resourceTypes.every(isString)) fail(`controls[${i}] (${control.id}) needs resourceTypes, a list of type names`);
    if (seen.has(control.id)) fail(`control ${control.id} is listed twice`);
    seen.add(control.id);
  }
  return c as Catalog;
}
