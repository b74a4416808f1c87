type Json = Record<string, unknown>;

/** The parts of an ajv error that reducing a oneOf reads. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * With allErrors, ajv reports every branch of a failed oneOf: for an assertion `{fn, path, optoins}` it also
 * says that `all` is missing and that `fn` and `path` are unknown keys, which is wrong for what the author
 * meant. The branch whose required keys the value has is the one meant, and only its errors are kept. When no
 * branch fits, the keys that no branch allows are kept, and the oneOf says which keys it wants.
 */
export function reduceOneOf<E extends SchemaError>(errors: E[], data: unknown, schema: Json): E[] {
  const dropped = new Set<E>();
  const replaced = new Map<E, E>();
  for (const oneOf of errors) {
    if (oneOf.keyword !== 'oneOf') continue;
    const segments = oneOf.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const branches = subschemaAt(schema, segments)?.oneOf;
    const value = valueAt(data, segments);
    if (!Array.isArray(branches) || typeof value !== 'object' || value === null) continue;
    const required = branches.map((b: Json) => (Array.isArray(b.required) ? (b.required as string[]) : []));
    const fitting = required.flatMap((keys, i) => (keys.every((k) => Object.hasOwn(value, k)) ? [i] : []));
    const here = errors.filter((e) => e !== oneOf && e.instancePath === oneOf.instancePath && e.schemaPath.startsWith(`${oneOf.schemaPath}/`));
    const branchOf = (e: E) => Number(e.schemaPath.slice(oneOf.schemaPath.length + 1).split('/')[0]);
    if (fitting.length > 1) {
      // Fitting several branches is the mistake; what each branch says about the others' keys is not.
      for (const e of here) dropped.add(e);
      replaced.set(oneOf, { ...oneOf, message: `must have only one of ${fitting.map((i) => required[i].join(' and ')).join(', ')}` });
      continue;
    }
    if (fitting.length === 1) {
      dropped.add(oneOf);
      for (const e of here) if (branchOf(e) !== fitting[0]) dropped.add(e);
      continue;
    }
    const allowedSomewhere = (key: unknown) => branches.some((b: Json) => Object.hasOwn((b.properties as Json | undefined) ?? {}, String(key)));
    for (const e of here) if (!(e.keyword === 'additionalProperties' && !allowedSomewhere(e.params.additionalProperty))) dropped.add(e);
    replaced.set(oneOf, { ...oneOf, message: `must have ${[...new Set(required.map((keys) => keys.join(' and ')))].join(', or ')}` });
  }
  return errors.filter((e) => !dropped.has(e)).map((e) => replaced.get(e) ?? e);
}

/** The schema that applies at an instance location, following properties, items, $ref and oneOf branches. */
function subschemaAt(root: Json, segments: string[]): Json | undefined {
  const deref = (s: unknown): Json | undefined => {
    if (typeof s !== 'object' || s === null) return undefined;
    const ref = (s as Json).$ref;
    return typeof ref === 'string' ? deref(valueAt(root, ref.replace(/^#\//, '').split('/'))) : (s as Json);
  };
  let cur = deref(root);
  for (const seg of segments) {
    if (!cur) return undefined;
    if (/^\d+$/.test(seg) && cur.items) {
      cur = deref(cur.items);
      continue;
    }
    const own = deref((cur.properties as Json | undefined)?.[seg]);
    const inBranch = Array.isArray(cur.oneOf) ? cur.oneOf.map((b: Json) => deref((b.properties as Json | undefined)?.[seg])).find((s) => s !== undefined) : undefined;
    cur = own ?? inBranch;
  }
  return cur;
}

function valueAt(data: unknown, segments: string[]): unknown {
  let cur = data;
  for (const seg of segments) cur = typeof cur === 'object' && cur !== null ? (cur as Json)[seg] : undefined;
  return cur;
}
