import type { NumberRange } from '../facts/factBase';
import { QUALIFIER_PHRASES } from '../grammar/words';
import type { Token } from '../text/tokens';

/** How a number is hedged (SPEC section 3, "Qualifiers"). */
export type Qualifier = 'exact' | 'atLeast' | 'moreThan' | 'atMost' | 'fewerThan' | 'about' | 'nearly';

// The SPEC's phrases and their equivalents, longest first (grammar/words.ts).
const SPLIT = (Object.entries(QUALIFIER_PHRASES) as [Exclude<Qualifier, 'exact'>, readonly string[]][])
  .flatMap(([q, phrases]) => phrases.map((p) => [p.split(' '), q] as const))
  .sort((a, b) => b[0].length - a[0].length);

/** The qualifier written just before `tokens[i]`, and the index of its first token. */
export function qualifierBefore(tokens: readonly Token[], i: number): { qualifier: Qualifier; from: number } {
  for (const [words, qualifier] of SPLIT) {
    const from = i - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => tokens[from + k]!.lower === w)) return { qualifier, from };
  }
  return { qualifier: 'exact', from: i };
}

/** Whether a fact (a number or a range) agrees with "qualifier N" (SPEC section 3). */
export function agrees(claimed: number, qualifier: Qualifier, fact: NumberRange): boolean {
  const { min, max } = fact;
  switch (qualifier) {
    case 'exact': return claimed >= min && claimed <= max;
    case 'atLeast': return max >= claimed;
    case 'moreThan': return max > claimed;
    case 'atMost': return min <= claimed;
    case 'fewerThan': return min < claimed;
    case 'about': return overlaps(min, max, claimed * 0.9, claimed * 1.1, true);
    case 'nearly': return overlaps(min, max, claimed * 0.9, claimed, false);
  }
}

function overlaps(min: number, max: number, lo: number, hi: number, hiIncluded: boolean): boolean {
  return max >= lo && (hiIncluded ? min <= hi : min < hi);
}

/** The values a claim allows, as an interval (for comparing two claims with each other). */
export function claimInterval(claimed: number, qualifier: Qualifier): NumberRange {
  switch (qualifier) {
    case 'exact': return { min: claimed, max: claimed };
    case 'atLeast': return { min: claimed, max: Infinity };
    case 'moreThan': return { min: claimed + 1e-9, max: Infinity };
    case 'atMost': return { min: 0, max: claimed };
    case 'fewerThan': return { min: 0, max: claimed - 1e-9 };
    case 'about': return { min: claimed * 0.9, max: claimed * 1.1 };
    case 'nearly': return { min: claimed * 0.9, max: claimed - 1e-9 };
  }
}

/** Whether writing the fact's own value after the same qualifier makes the claim true (so a fix can offer it). */
export function keepsQualifier(qualifier: Qualifier): boolean {
  return qualifier === 'exact' || qualifier === 'atLeast' || qualifier === 'atMost' || qualifier === 'about';
}
