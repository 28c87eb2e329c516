/**
 * Words and numbers of a piece of prose, with their offsets. Claims are found
 * by walking these tokens, which keeps every pass linear in the text.
 */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, with curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

// A number: digits with thousands separators (comma, dot-free), optional
// decimals; the separators include no-break and thin spaces ("1 000").
const NUMBER = String.raw`\d{1,3}(?:[,\u00A0\u202F\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// A word: letters and marks, with inner hyphens and apostrophes ("twenty-six",
// "Halvane's"), and the apostrophe of a plural possessive ("engineers'").
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'\u2019][\p{L}\p{M}\p{N}]+)*(?:(?<=s)['\u2019](?![\p{L}\p{N}]))?`;
const TOKEN = new RegExp(`(${NUMBER})(?![\\p{L}\\d])|(${NUMBER}[-\\u2010\\u2011][\\p{L}][\\p{L}-]*)|(${WORD})|([^\\s\\p{L}\\p{N}])`, 'gu');

/** Splits `text` (a slice starting at `base` in the document) into tokens. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const kind = m[1] !== undefined ? 'number' : m[4] !== undefined ? 'punct' : 'word';
    tokens.push({ text: t, lower: t.toLowerCase().replace(/\u2019/g, "'"), start: base + m.index, end: base + m.index + t.length, kind });
  }
  return tokens;
}

/** Parses a digit token ("41,000", "1 000", "2.4") into a number. */
export function digitValue(text: string): number {
  return Number(text.replace(/[,\u00A0\u202F\u2009]/g, ''));
}
