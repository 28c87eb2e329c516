/**
 * Figures (SPEC section 3): a number with a unit, percent or currency in a
 * sentence that names a `figures` entry. Units may be glued to the number or
 * written as symbols ("40.3C", "40.3°C", "10.4%", "5pc", "$1.2m", "£2.5bn",
 * "Rs5,000", "255mm"); scale words multiply it ("2.5 million", "3 lakh").
 * A figure is read only when its unit can be compared with a named entry's
 * `unit` (units.ts), so years, miles and route numbers near no alias, and a
 * count of people, stay silent.
 */
import type { Sentence } from '../draft/draft';
import type { FactEntry } from '../facts/factBase';
import { PhraseSet } from '../grammar/pattern';
import { CURRENCIES, CURRENCY_SCALE_ABBREVIATIONS, SCALE_WORDS, UNITS } from '../grammar/words';
import { digitValue, type Token } from '../text/tokens';
import type { FigureClaim } from './claim';
import type { Mention } from './mentions';
import { readNumber } from './numberWords';
import { qualifierBefore } from './qualifiers';
import { conversion, unitOf, type Unit } from './units';

const UNIT_PHRASES = new PhraseSet(Object.keys(UNITS).filter((u) => /^[a-z°]/.test(u)));
const SYMBOLS = new Set(['$', '£', '€', '₹', '৳', '₦', '₱', '₺', '¥']);

/** The figures a sentence gives for the `figures` entries it names. */
export function readFigures(sentence: Sentence, tokens: readonly Token[], mentions: readonly Mention[], taken: (offset: number) => boolean): FigureClaim[] {
  const named = mentions.filter((m) => m.entry.section === 'figures').map((m) => m.entry);
  if (!named.length) return [];
  const units = named.map((e) => unitOf(e.unit ?? ''));
  const claims: FigureClaim[] = [];
  // Units of several words ("illegal miners") are read as the entries write them.
  const phrases = named.map((e) => (e.unit ?? '').toLowerCase().split(/\s+/)).filter((words) => words.length > 1);
  for (let i = 0; i < tokens.length; i++) {
    const found = figureAt(tokens, i, phrases);
    if (!found) continue;
    i = found.to - 1;
    const first = tokens[found.numberAt]!;
    if (taken(first.start) || !units.some((u) => conversion(found.unit, u) !== undefined)) continue;
    const number = found.number;
    const qualified = qualifierBefore(tokens, found.from);
    // "Rs eight lakh" is 800,000: the value is the number at its scale.
    claims.push({
      kind: 'figure',
      start: first.start,
      end: tokens[found.numberTo - 1]!.end,
      sentence,
      value: number.value * found.scale,
      scale: found.scale,
      decimals: /\.(\d+)/.exec(first.text)?.[1]?.length ?? 0,
      qualifier: qualified.qualifier,
      qualifierStart: tokens[qualified.from]!.start,
      qualifierEnd: tokens[found.from]!.start,
      style: number.style,
      unit: found.unit,
      named: sortedByDistance(named, mentions, first.start),
    });
  }
  return claims;
}

interface FoundFigure {
  /** Where it begins (its currency, or its number) and ends. */
  from: number;
  to: number;
  numberAt: number;
  numberTo: number;
  /** The number as written, without its scale. */
  number: { value: number; style: FigureClaim['style'] };
  scale: number;
  unit: Unit;
}

/** A figure starting at `tokens[i]`: a currency and a number, or a number and its unit. */
function figureAt(tokens: readonly Token[], i: number, phrases: readonly string[][]): FoundFigure | undefined {
  const currency = currencyAt(tokens, i);
  const at = currency ? currency.to : i;
  const first = tokens[at];
  if (!first) return undefined;
  const number = readNumber(tokens, at);
  if (!number) return undefined;
  // The number as written and its scale: "2.5 million" is 2.5 at a scale of a million.
  let written = first.kind === 'number' ? digitValue(first.text) : number.value;
  let scale = written !== 0 ? number.value / written : 1;
  let numberTo = first.kind === 'number' ? at + 1 : number.to;
  let to = number.to;
  if (first.kind === 'word') {
    // "eight lakh", "two million": words take their scale the same way, so a fix answers "six", not "six hundred thousand".
    const inside = number.to - number.from > 1 ? SCALE_WORDS[tokens[number.to - 1]!.lower] : undefined;
    const after = SCALE_WORDS[tokens[number.to]?.lower ?? ''];
    if (inside !== undefined) {
      scale = inside;
      written = number.value / inside;
      numberTo = number.to - 1;
    } else if (after !== undefined) {
      scale = after;
      to = number.to + 1;
    }
  }
  // "$1.2m", "£2.5bn": a glued scale after a currency, where "m" cannot be metres.
  const glued = tokens[to];
  if (currency && glued?.glued && CURRENCY_SCALE_ABBREVIATIONS[glued.lower] !== undefined && scale === 1) {
    scale = CURRENCY_SCALE_ABBREVIATIONS[glued.lower]!;
    to++;
  }
  const found = { from: i, numberAt: at, numberTo, number: { value: written, style: number.style }, scale };
  if (currency) return { ...found, to, unit: currency.unit };
  const unit = phraseUnitAfter(tokens, to, phrases) ?? unitAfter(tokens, to);
  return unit && { ...found, to: unit.to, unit: unit.unit };
}

/** "$", "Rs", "Rs.", "PKR", "US$": a currency before a number. */
function currencyAt(tokens: readonly Token[], i: number): { to: number; unit: Unit } | undefined {
  const t = tokens[i]!;
  if (t.kind === 'punct' && SYMBOLS.has(t.text)) return { to: i + 1, unit: unitOf(t.text) };
  // "US$", "NZ$", "HK$": a country's letters glued to the dollar sign.
  if (t.kind === 'word' && /^\p{Lu}+$/u.test(t.text) && CURRENCIES[`${t.lower}$`] && tokens[i + 1]?.text === '$' && tokens[i + 1]!.start === t.end) return { to: i + 2, unit: unitOf(`${t.lower}$`) };
  if (t.kind !== 'word' || !CURRENCIES[t.lower] || /^(dollars?|pounds|euros?|rupees?|taka|shillings|naira|rupiah|yen|yuan|rand|pesos?|crowns|kronor|lira|riyals?|dirhams?)$/.test(t.lower)) return undefined;
  const dot = tokens[i + 1]?.text === '.' ? 1 : 0;
  return currencyAmountAt(tokens, i + 1 + dot) ? { to: i + 1 + dot, unit: unitOf(t.lower) } : undefined;
}

/** Digits after a currency ("Rs 5,000"), or number words with a scale ("Rs eight lakh", "USD two million"): a bare "Rs five" is rare enough to be something else. */
function currencyAmountAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.kind === 'number') return true;
  const number = t?.kind === 'word' ? readNumber(tokens, at) : undefined;
  return number !== undefined && (SCALE_WORDS[tokens[number.to - 1]!.lower] !== undefined || SCALE_WORDS[tokens[number.to]?.lower ?? ''] !== undefined);
}

/** An entry's unit of several words after the number ("1 907 illegal miners"), plurals folded. */
function phraseUnitAfter(tokens: readonly Token[], j: number, phrases: readonly string[][]): { to: number; unit: Unit } | undefined {
  const fold = (w: string): string => w.replace(/s$/, '');
  for (const words of phrases) {
    if (words.every((w, k) => tokens[j + k]?.kind === 'word' && fold(tokens[j + k]!.lower) === fold(w))) {
      return { to: j + words.length, unit: unitOf(tokens.slice(j, j + words.length).map((t) => t.lower).join(' ')) };
    }
  }
  return undefined;
}

/** The unit after a number: "%", "per cent", a glued or spaced symbol ("40.3C", "40.3 °C"), a unit word, or a currency word ("10 lakh rupees"). */
function unitAfter(tokens: readonly Token[], j: number): { to: number; unit: Unit } | undefined {
  const a = tokens[j];
  if (!a) return undefined;
  if (a.text === '%') return { to: j + 1, unit: unitOf('%') };
  if (a.text === '°') {
    const b = tokens[j + 1];
    return b && /^[cf]$/.test(b.lower) ? { to: j + 2, unit: unitOf(`°${b.lower}`) } : undefined;
  }
  // "a 9,880-square-foot building", "a 40-foot boat": the unit glued on with hyphens, as an adjective.
  if ((a.text === '-' || a.text === '‑') && a.start === tokens[j - 1]?.end) return hyphenatedUnit(tokens, j);
  const n = UNIT_PHRASES.lengthAt(tokens, j);
  if (n) {
    const text = tokens.slice(j, j + n).map((t) => t.lower).join(' ');
    // A lone "c", "f", "m" or "t" is a unit only against its number ("40.3C"): spaced, it is a word.
    if (text.length === 1 && !a.glued) return undefined;
    return { to: j + n, unit: unitOf(text) };
  }
  if (a.kind !== 'word') return undefined;
  return { to: j + 1, unit: unitOf(a.lower) };
}

/** The word glued on after a number's hyphen, when it names a unit ("square-foot", "mile"). */
function hyphenatedUnit(tokens: readonly Token[], hyphen: number): { to: number; unit: Unit } | undefined {
  const word = tokens[hyphen + 1];
  if (word?.kind !== 'word' || word.start !== tokens[hyphen]!.end) return undefined;
  const text = word.lower.replace(/[-‑]/g, ' ');
  return text.length > 1 && UNITS[text] ? { to: hyphen + 2, unit: unitOf(text) } : undefined;
}

/** Nearest first, preferring an entry named before the figure (SPEC section 3). */
function sortedByDistance(named: FactEntry[], mentions: readonly Mention[], at: number): FactEntry[] {
  const distance = (e: FactEntry): number => {
    const m = mentions.filter((x) => x.entry === e);
    return Math.min(...m.map((x) => (x.end <= at ? at - x.end : 1e6 + x.start - at)));
  };
  return [...new Set(named)].sort((a, b) => distance(a) - distance(b));
}
