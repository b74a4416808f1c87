import { createRequire } from 'node:module';
import type { PolicyFunction } from './functions/types.ts';

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params?: { additionalProperty?: string } }[] | null };
const compiled = new Map<string, Validator>();
let ajv: { compile(schema: object): Validator } | undefined;

/**
 * Validates a function's options against its schema. Only runs when policies are loaded from YAML (user
 * policies, tests, the build): the built-in set ships pre-validated, so ajv's compiler stays off the start-up path.
 */
export function validateOptions(fn: PolicyFunction<any>, options: unknown): string[] {
  let v = compiled.get(fn.name);
  if (!v) {
    if (!ajv) {
      const Ajv = createRequire(import.meta.url)('ajv').default;
      ajv = new Ajv({ allErrors: true, strict: false }) as { compile(schema: object): Validator };
    }
    v = ajv.compile(fn.options);
    compiled.set(fn.name, v);
  }
  return v(options)
    ? []
    : (v.errors ?? []).map((e) =>
        // ajv's "must NOT have additional properties" does not say which one; the misspelt option is what helps.
        e.params?.additionalProperty !== undefined ? `unknown option "${e.params.additionalProperty}"` : `${e.instancePath || '(options)'} ${e.message ?? 'is invalid'}`.trim(),
      );
}
