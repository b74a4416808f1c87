import { Composer, isScalar, Parser, type Document, type YAMLError } from 'yaml';
import type { SourceDocument } from './document.ts';
import { bomLength, LineIndex } from './lines.ts';
import { emptyDocument, isBlank, MAX_DEPTH, ParseAbort, parseError, tooDeep } from './problems.ts';
import { tooDeepAt } from './yaml-depth.ts';
import { readYamlFast } from './yaml-fast.ts';
import { YamlTree, type TagSpans } from './yaml-tree.ts';

// Duplicate keys are found (and both kept) by YamlTree, as for JSON; yaml would reject the second one.
const OPTIONS = { uniqueKeys: false, merge: true } as const;

/** The first two documents of the stream: CloudFormation reads one, a second with content is reported. */
function composeDocuments(body: string): Document.Parsed[] {
  const docs: Document.Parsed[] = [];
  const composer = new Composer(OPTIONS);
  for (const token of new Parser().parse(body)) {
    const deep = tooDeepAt(token, MAX_DEPTH);
    if (deep >= 0) throw new ParseAbort(tooDeep(), deep, deep + 1);
    docs.push(...composer.next(token));
    if (docs.length >= 2) return docs;
  }
  docs.push(...composer.end(true, body.length));
  return docs;
}

/**
 * yaml warns once per unknown tag, at the tag: for us the only record of where tags were written. CloudFormation's
 * short forms are deliberately not declared to yaml so that every one of them leaves this trace.
 */
function tagSpans(warnings: YAMLError[]): TagSpans {
  const found = warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED' && w.message.startsWith('Unresolved tag'));
  found.sort((a, b) => a.pos[0] - b.pos[0]);
  return { starts: found.map((w) => w.pos[0]), ends: found.map((w) => w.pos[1]) };
}

/** An explicit `---` with nothing after it yields an empty scalar rather than no contents. */
function hasContent(doc: Document.Parsed): boolean {
  const c = doc.contents;
  if (c === null) return false;
  if (!isScalar(c) || c.tag || c.anchor || c.value !== null) return true;
  const r = c.range;
  return !r || r[0] !== r[1];
}

// YAML allows no control characters but tab and line breaks (CloudFormation's reader refuses them too); yaml does
// not check, and without this a binary file may well read as one long string.
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

function nonPrintable(body: string): ParseAbort | undefined {
  const m = NON_PRINTABLE.exec(body);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const message = `invalid character U+${code}: YAML allows no control characters (is this a binary file?)`;
  return new ParseAbort(message, m.index, m.index + 1);
}

function firstError(errors: YAMLError[]): YAMLError | undefined {
  let first: YAMLError | undefined;
  for (const e of errors) if (!first || e.pos[0] < first.pos[0]) first = e;
  return first;
}

function errorMessage(e: YAMLError): string {
  // yaml catches the stack overflow of its own recursion; the raw RangeError text would mislead.
  if (e.code === 'RESOURCE_EXHAUSTION') return 'YAML nesting too deep to parse';
  return e.message;
}

/**
 * Parses a YAML template into a positioned tree with short forms in long form. Never throws. Most templates are
 * read by the fast reader (yaml-fast.ts); whatever it does not handle, and every invalid file, by the yaml library.
 */
export function parseYaml(file: string, text: string): SourceDocument {
  return parse(file, text, true);
}

/** parseYaml without the fast reader: the reference the fast reader is tested against. */
export function parseYamlWithLibrary(file: string, text: string): SourceDocument {
  return parse(file, text, false);
}

function parse(file: string, text: string, fast: boolean): SourceDocument {
  const doc = emptyDocument(file, 'yaml', text);
  const lines = new LineIndex(text);
  const base = bomLength(text);
  const range = (start: number, end: number) => lines.range(base + start, base + end);
  if (isBlank(text, base)) {
    doc.problems.push(parseError('empty file', range(0, 0)));
    return doc;
  }
  const body = base ? text.slice(base) : text;
  // Every unknown tag costs yaml an Error object; without stack traces they are cheap.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const bad = nonPrintable(body);
    if (bad) throw bad;
    const read = fast ? readYamlFast(body, lines, base) : undefined;
    if (read) {
      doc.root = read.root;
      doc.problems.push(...read.problems);
      return doc;
    }
    const [first, second] = composeDocuments(body);
    const error = firstError(first.errors);
    if (error) {
      // yaml may span an error over many lines; the line it starts on is what a reader needs.
      const [start, end] = error.pos;
      const nl = body.slice(start, end).search(/[\r\n]/);
      doc.problems.push(parseError(errorMessage(error), range(start, nl < 0 ? end : start + nl)));
      return doc;
    }
    if (!hasContent(first)) {
      doc.problems.push(parseError('empty file', range(0, 0)));
      return doc;
    }
    const tree = new YamlTree(body, lines, base, tagSpans(first.warnings));
    doc.root = tree.build(first.contents);
    doc.problems.push(...tree.problems);
    if (second && (hasContent(second) || second.errors.length)) {
      const at = second.contents?.range?.[0] ?? second.range[0];
      doc.problems.push(
        parseError('a template is a single YAML document: this second document is ignored', range(at, at)),
      );
    }
  } catch (e) {
    const abort =
      e instanceof ParseAbort ? e : new ParseAbort(`YAML parser failed: ${e instanceof Error ? e.message : e}`, 0);
    doc.root = undefined;
    doc.problems = [parseError(abort.message, range(abort.start, abort.end))];
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return doc;
}
