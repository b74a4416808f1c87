const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/**
 * The text of a literal part of a quoted string: backslash escapes, and `$${` / `%%{` for a literal `${` / `%{`.
 * An unknown escape is kept as written (Terraform would refuse the file; the literal stays readable).
 */
export function unescapeQuoted(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('{')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      const e = raw[i + 1];
      if (e in SIMPLE_ESCAPES) {
        out += SIMPLE_ESCAPES[e];
        i++;
        continue;
      }
      const hex = e === 'u' ? raw.slice(i + 2, i + 6) : e === 'U' ? raw.slice(i + 2, i + 10) : '';
      if (hex && /^[0-9a-fA-F]+$/.test(hex) && (hex.length === 4 || hex.length === 8)) {
        const cp = parseInt(hex, 16);
        if (cp <= 0x10ffff) {
          out += String.fromCodePoint(cp);
          i += 1 + hex.length;
          continue;
        }
      }
      out += c;
      continue;
    }
    out += c;
  }
  return unescapeTemplateMarks(out);
}

/** `$${` and `%%{` stand for a literal `${` and `%{`; the only escapes a heredoc has. */
export function unescapeTemplateMarks(raw: string): string {
  return raw.includes('{') ? raw.replace(/([$%])\1\{/g, '$1{') : raw;
}

/**
 * How much indentation a `<<-` heredoc loses: the smallest leading whitespace of its non-blank lines, as
 * Terraform computes it on the source lines.
 */
export function flushIndent(content: string): number {
  let min = Infinity;
  for (const line of content.split(/\r\n|\n|\r/)) {
    const m = /^[ \t]*/.exec(line)![0].length;
    if (m < line.length) min = Math.min(min, m);
  }
  return min === Infinity ? 0 : min;
}

/**
 * Removes up to `n` leading spaces or tabs from each line that starts inside `gap`. `atLineStart` says whether
 * the gap itself starts at the beginning of a line.
 */
export function dedentGap(gap: string, n: number, atLineStart: boolean): string {
  if (n === 0) return gap;
  const strip = (s: string) => {
    let k = 0;
    while (k < n && k < s.length && (s[k] === ' ' || s[k] === '\t')) k++;
    return s.slice(k);
  };
  const lines = gap.split('\n');
  return lines.map((l, i) => (i > 0 || atLineStart ? strip(l) : l)).join('\n');
}
