import type { Sentence } from '../draft/draft';
import type { FactEntry } from '../facts/factBase';
import type { Token } from '../text/tokens';
import type { FigureClaim } from './claim';
import type { Mention } from './mentions';
import { readNumber } from './numberWords';
import { qualifierBefore } from './qualifiers';

/** Unit words and symbols, by the unit a fact file writes. */
const UNIT_WORDS: Record<string, string> = {
  '%': 'percent', percent: 'percent', 'per cent': 'percent', pc: 'percent', percentage: 'percent', points: 'points',
  $: 'usd', usd: 'usd', dollars: 'usd', dollar: 'usd', '£': 'gbp', gbp: 'gbp', pounds: 'gbp', '€': 'eur', eur: 'eur', euros: 'eur',
  rs: 'pkr', pkr: 'pkr', rupees: 'pkr',
};

const CURRENCY_WORDS = new Set(['usd', 'pkr', 'rs', 'eur', 'gbp', 'inr']);

/** The unit a fact file writes, in the same normal form ("Percent" -> "percent", "days" -> "day"). */
export function normalUnit(unit: string): string {
  const lower = unit.toLowerCase().trim();
  return UNIT_WORDS[lower] ?? lower.replace(/s$/, '');
}

/**
 * Figures (SPEC section 3): a number with a unit, percent or currency in a
 * sentence that names a `figures` entry. Only units some named entry uses are
 * read, so years, miles and route numbers near no alias stay silent.
 */
export function readFigures(sentence: Sentence, tokens: readonly Token[], mentions: readonly Mention[], taken: (offset: number) => boolean): FigureClaim[] {
  const named = mentions.filter((m) => m.entry.section === 'figures').map((m) => m.entry);
  if (!named.length) return [];
  const units = new Set(named.map((e) => normalUnit(e.unit ?? '')));
  const claims: FigureClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text !== '$' && t.text !== '£' && t.text !== '€') continue;
    if (taken(t.start)) continue;
    // "$2.4 million", "PKR 5 billion", "Rs 300": a currency before the number.
    const currencyBefore = t.kind === 'punct' || (CURRENCY_WORDS.has(t.lower) && tokens[i + 1]?.kind === 'number') ? normalUnit(t.text) : undefined;
    const number = readNumber(tokens, currencyBefore ? i + 1 : i);
    if (!number) continue;
    const unit = currencyBefore ?? unitAfter(tokens, number.to);
    if (!unit || !units.has(unit)) {
      i = number.to - 1;
      continue;
    }
    const first = tokens[number.from]!;
    const last = tokens[number.to - 1]!;
    claims.push({
      kind: 'figure',
      start: first.start,
      end: last.end,
      sentence,
      value: number.value,
      qualifier: qualifierBefore(tokens, currencyBefore ? i : number.from).qualifier,
      style: number.style,
      unit,
      named: sortedByDistance(named, mentions, first.start),
    });
    i = number.to - 1;
  }
  return claims;
}

function unitAfter(tokens: readonly Token[], j: number): string | undefined {
  const a = tokens[j];
  if (!a) return undefined;
  if (a.text === '%') return 'percent';
  if (a.lower === 'per' && tokens[j + 1]?.lower === 'cent') return 'percent';
  return a.kind === 'word' ? normalUnit(a.lower) : undefined;
}

/** Nearest first, preferring an entry named before the figure (SPEC section 3). */
function sortedByDistance(named: FactEntry[], mentions: readonly Mention[], at: number): FactEntry[] {
  const distance = (e: FactEntry): number => {
    const m = mentions.filter((x) => x.entry === e);
    return Math.min(...m.map((x) => (x.end <= at ? at - x.end : 1e6 + x.start - at)));
  };
  return [...new Set(named)].sort((a, b) => distance(a) - distance(b));
}
