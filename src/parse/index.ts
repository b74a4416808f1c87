import { isAscii, isUtf8 } from 'node:buffer';
import type { DocumentFormat, SourceDocument } from './document.ts';
import { parseJson } from './json.ts';
import { bomLength } from './lines.ts';
import { emptyDocument, parseError } from './problems.ts';
import { parseYaml } from './yaml.ts';

export { parseJson } from './json.ts';
export { parseYaml } from './yaml.ts';
export { LineIndex } from './lines.ts';

/**
 * Parses a template as JSON when it is named `.json` or starts with `{` or `[`, else as YAML. A YAML file written
 * in flow style (`{Resources: ...}`) thus gets a JSON error; CloudFormation templates in that style are not seen
 * in practice.
 */
export function parseDocument(file: string, text: string): SourceDocument {
  if (/\.json$/i.test(file)) return parseJson(file, text);
  for (let i = bomLength(text); i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    return c === '{' || c === '[' ? parseJson(file, text) : parseYaml(file, text);
  }
  return parseYaml(file, text);
}

const SNIFF_BYTES = 8192;

/**
 * Whether a file's bytes look binary rather than UTF-8 text: a NUL in the first 8 KB, or more than 1 in 100
 * bytes there not decodable as UTF-8 (a few stray Latin-1 bytes in a comment still count as text).
 */
export function sniffBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES);
  // Native checks first: almost every file is ASCII or valid UTF-8 without a NUL, and a loop over 8 KB of each of
  // hundreds of files runs mostly before it is optimised.
  const sample = buf.subarray(0, n);
  if (sample.indexOf(0) >= 0) return true;
  if (isAscii(sample) || isUtf8(sample)) return false;
  let invalid = 0;
  for (let i = 0; i < n; ) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // A sequence cut off by the end of the sample is not held against the file.
    if (len && i + len > n) break;
    let ok = len > 0;
    for (let j = 1; ok && j < len; j++) ok = (buf[i + j] & 0xc0) === 0x80;
    if (ok) i += len;
    else {
      invalid++;
      i++;
    }
  }
  return invalid * 100 > n;
}

/** The document to report for a file `sniffBinary` flagged, without parsing it. */
export function binaryDocument(file: string, format: DocumentFormat = 'yaml'): SourceDocument {
  const doc = emptyDocument(file, format, '');
  const at = { line: 1, column: 1 };
  doc.problems.push(parseError('binary file', { start: at, end: at }));
  return doc;
}
