import { ParseErrorCode, printParseErrorCode } from 'jsonc-parser';

const EXPECTED: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.PropertyNameExpected]: 'expected a property name in double quotes',
  [ParseErrorCode.ValueExpected]: 'expected a value',
  [ParseErrorCode.ColonExpected]: "expected a ':' after the property name",
  [ParseErrorCode.CommaExpected]: 'expected a comma',
  [ParseErrorCode.CloseBraceExpected]: "expected a comma or '}'",
  [ParseErrorCode.CloseBracketExpected]: "expected a comma or ']'",
  [ParseErrorCode.EndOfFileExpected]: 'expected the end of the file after the top-level value',
  [ParseErrorCode.InvalidSymbol]: 'not valid in JSON',
};

const STANDALONE: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidCommentToken]: 'Comments are not allowed in JSON templates',
  [ParseErrorCode.UnexpectedEndOfComment]: 'Unterminated comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'Unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'Incomplete number',
  [ParseErrorCode.InvalidNumberFormat]: 'Invalid number',
  [ParseErrorCode.InvalidUnicode]: 'Invalid \\u escape in string',
  [ParseErrorCode.InvalidEscapeCharacter]: 'Invalid escape character in string',
  [ParseErrorCode.InvalidCharacter]: 'Control characters must be escaped in JSON strings',
};

/** The offending token, quoted and shortened, for messages. */
function token(text: string, offset: number, length: number): string {
  if (offset >= text.length) return 'end of file';
  const raw = text.slice(offset, offset + Math.min(Math.max(length, 1), 40));
  return JSON.stringify(raw.length < length ? `${raw}…` : raw);
}

function previousSignificant(text: string, offset: number): string {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text[i])) return text[i];
  return '';
}

/** A one-line message for a jsonc-parser error, naming what was found and what was expected. */
export function describeJsonError(code: ParseErrorCode, text: string, offset: number, length: number): string {
  const standalone = STANDALONE[code];
  if (standalone) return standalone;
  const found = text[offset];
  if ((found === '}' || found === ']') && previousSignificant(text, offset) === ',') {
    return `Trailing comma before '${found}' is not allowed in JSON`;
  }
  if (code === ParseErrorCode.InvalidSymbol && /^[A-Za-z_$]/.test(found ?? '')) {
    return `Unexpected ${token(text, offset, length)}: property names and strings need double quotes in JSON`;
  }
  const expected = EXPECTED[code] ?? `parse error ${printParseErrorCode(code)}`;
  return `Unexpected ${token(text, offset, length)}: ${expected}`;
}
