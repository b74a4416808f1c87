type Json = Record<string, unknown>;

function decode(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The subschema at a `#/a/b` pointer of ajv's schemaPath, following a local $ref at the end. */
export function schemaAt(root: Json, pointer: string): Json | undefined {
  let node: unknown = root;
  for (const segment of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Json)[decode(segment)];
  }
  if (node === null || typeof node !== 'object') return undefined;
  const ref = (node as Json).$ref;
  return typeof ref === 'string' && ref.startsWith('#') ? schemaAt(root, ref) : (node as Json);
}

/**
 * The segments of ajv's instancePath, with array indexes as numbers (read off the data, since `/0` may also be a
 * key of an object).
 */
export function instanceSegments(data: unknown, pointer: string): (string | number)[] {
  const out: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = decode(raw);
    const key = Array.isArray(node) ? Number(segment) : segment;
    out.push(key);
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return out;
}

/** The value at a path of the data. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}
