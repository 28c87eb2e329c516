import { toWords } from 'number-to-words';
import { SCALE_WORDS } from '../grammar/words';
import { digitValue, type Token } from '../text/tokens';

/**
 * Reading counts written in words ("six", "twenty-six", "a dozen", "two
 * dozen", "one hundred and twelve") from tokens.
 *
 * Written by hand on purpose: the libraries that read number words
 * (words-to-numbers, compromise) take a whole string and return a value, not
 * the span of tokens the value came from, and they read loosely ("a" as 1,
 * fuzzy spellings), which turns ordinary prose into false counts. We need the
 * exact span for the diagnostic's range and a strict grammar; writing numbers
 * back as words (for fixes) uses the number-to-words library.
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** A number read from one or more tokens. */
export interface NumberSpan {
  value: number;
  /** Index of the first and one past the last token it spans. */
  from: number;
  to: number;
  /** How it was written, so a fix can answer in the same style. */
  style: NumberStyle;
}

export interface NumberStyle {
  form: 'digits' | 'words';
  /** Digits: a thousands separator was used ("560,000"). */
  separator?: string;
  /** Words: the first letter was a capital ("Seven"). */
  capitalised?: boolean;
  /** Words: the same number follows in digits in brackets ("Forty-five (45)"), as papers in Zimbabwe, Nigeria and the Philippines write counts. */
  restated?: boolean;
}

/** Every number word from zero to ninety-nine ("six", "twenty-six"), made once: readers ask for each word of every sentence. */
const WORD_VALUES = new Map<string, number>();
for (const [word, value] of Object.entries(UNITS)) WORD_VALUES.set(word, value);
for (const [tens, value] of Object.entries(TENS)) {
  WORD_VALUES.set(tens, value);
  for (const [unit, n] of Object.entries(UNITS)) if (n > 0 && n < 10) WORD_VALUES.set(`${tens}-${unit}`, value + n);
}

/** The value of a single lower-case word ("six", "twenty-six"), or undefined. */
export function wordValue(lower: string): number | undefined {
  return WORD_VALUES.get(lower);
}

/** Reads a number starting at `tokens[i]`, or returns undefined. */
export function readNumber(tokens: readonly Token[], i: number): NumberSpan | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number') return readDigits(tokens, i);
  if (t.kind !== 'word') return undefined;
  return readWords(tokens, i);
}

function readDigits(tokens: readonly Token[], i: number): NumberSpan {
  const t = tokens[i]!;
  const separator = /\d([, \u00A0\u202F\u2009])\d{3}/.exec(t.text)?.[1];
  let value = digitValue(t.text);
  let to = i + 1;
  // "2.5 million", "3 lakh", "1.2bn": a scale word after the digits multiplies them.
  const scale = tokens[to];
  if (scale && scale.kind === 'word' && SCALE_WORDS[scale.lower] !== undefined) {
    value = Math.round(value * SCALE_WORDS[scale.lower]! * 1e6) / 1e6;
    to++;
  }
  return { value, from: i, to, style: { form: 'digits', ...(separator ? { separator } : {}) } };
}

function readWords(tokens: readonly Token[], i: number): NumberSpan | undefined {
  const first = tokens[i]!;
  // "a dozen", "a hundred" ("dozens", "hundreds" are no count).
  const next = tokens[i + 1]?.lower ?? '';
  const aScale = first.lower === 'a' && (next === 'dozen' || next === 'hundred' || next === 'thousand');
  // Most words are no number: answered before any other work (every word of every sentence is asked).
  if (!aScale && wordValue(first.lower) === undefined) return undefined;
  const capitalised = /^\p{Lu}/u.test(first.text);
  if (aScale) {
    const value = next === 'dozen' ? 12 : SCALES[next]!;
    return { value, from: i, to: i + 2, style: { form: 'words', capitalised } };
  }
  let total = 0;
  let current = 0;
  let j = i;
  let read = false;
  while (j < tokens.length) {
    const tok = tokens[j]!;
    const v = wordValue(tok.lower);
    if (v !== undefined) {
      current += v;
      read = true;
      j++;
      continue;
    }
    if (read && tok.lower === 'dozen') {
      current = (current || 1) * 12;
      j++;
      continue;
    }
    if (read && tok.lower in SCALES) {
      const scale = SCALES[tok.lower]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      j++;
      // "one hundred and twelve"
      if (tokens[j]?.lower === 'and' && wordValue(tokens[j + 1]?.lower ?? '') !== undefined) j++;
      continue;
    }
    break;
  }
  if (!read) return undefined;
  const value = total + current;
  // "Forty-five (45) pilgrims": the digits restate the words; the bracket is part of the number.
  const digits = tokens[j]?.text === '(' ? tokens[j + 1] : undefined;
  if (digits?.kind === 'number' && /^\d[\d,]*$/.test(digits.text) && digitValue(digits.text) === value && tokens[j + 2]?.text === ')') {
    return { value, from: i, to: j + 3, style: { form: 'words', capitalised, restated: true } };
  }
  return { value, from: i, to: j, style: { form: 'words', capitalised } };
}

/** Writes `value` in the given style: "six", "Six", "26", "650,000". */
export function formatNumber(value: number, style: NumberStyle): string {
  if (style.form === 'words' && Number.isInteger(value) && value >= 0 && value < 1e6) {
    const words = toWords(value).replace(/,/g, '');
    const written = style.capitalised ? words.charAt(0).toUpperCase() + words.slice(1) : words;
    return style.restated ? `${written} (${value})` : written;
  }
  if (style.separator && Math.abs(value) >= 1000) {
    const [whole, frac] = String(value).split('.');
    const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, style.separator);
    return frac ? `${grouped}.${frac}` : grouped;
  }
  return String(value);
}
