import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

/**
 * A validator for a JSON Schema file. Formats are not checked: ajv 8 needs ajv-formats for them, and the
 * SARIF schema leans on `uri`/`date-time` only as hints. strict mode stays on for our own schemas.
 */
export function validatorFor(url: URL, { strict }: { strict: boolean }) {
  const ajv = new Ajv2020.default({ strict, validateFormats: false, allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(url, 'utf8')));
  return (data: unknown): string[] => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}
