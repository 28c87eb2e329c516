import { MONTHS, NUMBERED_NAME_WORDS } from '../grammar/words';

const MONTH_WORDS = new Set(MONTHS.flatMap((m) => [m.name, ...m.abbreviations]).map((w) => w.toLowerCase()));
const NUMBERED = new Set<string>(NUMBERED_NAME_WORDS);

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
  /**
   * A word written against the number before it, with no space: a unit
   * ("255mm", "40.3C", "5pc"), a scale ("1.2bn"), an ordinal ("9th") or a
   * time ("7pm"). Absent otherwise.
   */
  glued?: true;
}

// A number: digits with thousands separators (comma, no-break and thin
// spaces: "1 000"), optional decimals. A number may be followed directly by
// letters ("255mm"): they become a word of their own, marked glued.
const NUMBER = String.raw`\d{1,3}(?:[,\u00A0\u202F\u2009]\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?`;
// A currency written against its number ("Rs5,000", "Tk500", "KSh200"): split off, so the number is read.
const CURRENCY_PREFIX = String.raw`(?:Rs|RS|Tk|KSh|Ksh|Rp|PKR|INR|USD|US\$|GBP|EUR|NGN|KES)\.?(?=\d)`;
// A word: letters and marks, with inner hyphens and apostrophes ("twenty-six",
// "Halvane's"), and the apostrophe of a plural possessive ("engineers'").
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'\u2019][\p{L}\p{M}\p{N}]+)*(?:(?<=s)['\u2019](?![\p{L}\p{N}]))?`;
const TOKEN = new RegExp(`(${CURRENCY_PREFIX})|(${NUMBER})|(${WORD})|([^\\s\\p{L}\\p{N}])`, 'gu');

/** Splits `text` (a slice starting at `base` in the document) into tokens. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let previous: Token | undefined;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const kind = m[2] !== undefined ? 'number' : m[4] !== undefined ? 'punct' : 'word';
    const lowered = t.toLowerCase();
    // (most words hold no curly apostrophe: no second string made for them)
    const token: Token = { text: t, lower: lowered.includes('\u2019') ? lowered.replace(/\u2019/g, "'") : lowered, start: base + m.index, end: base + m.index + t.length, kind };
    if (kind === 'number' && previous && spacedGroup(text, base, previous, token, tokens[tokens.length - 2])) {
      previous.text += ` ${t}`;
      previous.lower = previous.text;
      previous.end = token.end;
      continue;
    }
    if (kind === 'word' && previous && previous.end === token.start && (previous.kind === 'number' || previous.text === '°')) token.glued = true;
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

/**
 * "1 907", "12 500 000": thousands set off by a plain space, as South African
 * and much European English writes them. Only three digits after one space,
 * after a first group of one to three digits that no date, number or
 * numbered name stands before ("March 5 100 people" stays two numbers), and
 * with nothing numeric glued after.
 */
function spacedGroup(text: string, base: number, first: Token, next: Token, beforeFirst: Token | undefined): boolean {
  if (first.kind !== 'number' || !/^[1-9]\d{0,2}(?: \d{3})*$/.test(first.text) || !/^\d{3}$/.test(next.text)) return false;
  if (next.start - first.end !== 1 || text[first.end - base] !== ' ') return false;
  const after = text.slice(next.end - base, next.end - base + 2);
  if (/^[\d.,:/\-–](?:\d)?/.test(after) && !/^[.,](?:\s|$)/.test(after)) return false;
  if (beforeFirst && (beforeFirst.kind === 'number' || /^[\d:/]$/.test(beforeFirst.text) || MONTH_WORDS.has(beforeFirst.lower.replace(/\.$/, '')) || /^\p{Lu}/u.test(beforeFirst.text) && NUMBERED.has(beforeFirst.lower))) return false;
  return true;
}

/** Parses a digit token ("41,000", "1 000", "2.4") into a number. */
export function digitValue(text: string): number {
  return Number(text.replace(/[, \u00A0\u202F\u2009]/g, ''));
}
