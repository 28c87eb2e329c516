/**
 * What a figure's unit is, and when two units agree (SPEC section 3):
 * percent with percent, a currency with the same currency ("Rs" is any rupee
 * and "$" any dollar; the entry's `unit` says which), a length with a length
 * (metric and imperial converted), and any other word with the same word.
 */
import { CURRENCIES, CURRENCY_UNIT_WORDS, UNITS } from '../grammar/words';

export type Unit =
  | { kind: 'currency'; family: string; code?: string; text: string }
  | { kind: 'measure'; dimension: string; factor: number; text: string }
  | { kind: 'word'; word: string; text: string };

/** A unit as written in the draft or in a fact file's `unit:` ("%", "mm", "Rs", "Pakistani rupees", "days"). */
export function unitOf(text: string): Unit {
  const lower = text.toLowerCase().trim().replace(/\s+/g, ' ');
  const currency = CURRENCIES[lower] ?? CURRENCY_UNIT_WORDS[lower];
  if (currency) return { kind: 'currency', ...currency, text };
  const measure = UNITS[lower];
  if (measure) return { kind: 'measure', ...measure, text };
  return { kind: 'word', word: singular(lower), text };
}

/** Whether a figure in `written` can be compared with a fact in `fact`, and the factor from the fact's unit to the draft's. */
export function conversion(written: Unit, fact: Unit): number | undefined {
  if (written.kind === 'currency' && fact.kind === 'currency') {
    if (written.family !== fact.family) return undefined;
    return written.code && fact.code && written.code !== fact.code ? undefined : 1;
  }
  if (written.kind === 'measure' && fact.kind === 'measure') {
    return written.dimension === fact.dimension ? fact.factor / written.factor : undefined;
  }
  if (written.kind === 'word' && fact.kind === 'word') return written.word === fact.word ? 1 : undefined;
  return undefined;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
