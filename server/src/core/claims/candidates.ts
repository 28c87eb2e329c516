import type { FactBase, FactEntry } from '../facts/factBase';
import { LOCATIVES, MONTHS } from '../grammar/words';
import type { Claim } from './claim';
import type { MentionIndex } from './mentions';
import { bare } from './properNouns';
import type { SentenceClaims } from './readClaims';

/**
 * Narrowing SPEC section 3's candidates for a claim whose sentence names no
 * entry ("the entries named earlier in its paragraph and all totals") where
 * the sentence itself shows it is about something else. SPEC is silent on
 * such sentences; a false alarm there costs a writer's trust, so (choices
 * listed in the README's reference):
 *  - a sentence that names another year or month than the entry's dates
 *    ("In 2019, 40 miners died at another pit", "In August alone, 50 people
 *    died") is not held to that entry;
 *  - a sentence that names a proper noun the fact file does not know ("another
 *    strike in Rafah killed 12") is held to no candidate at all.
 */
const MONTH_NAMES = MONTHS.map((m) => m.name);
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
const MONTH = new RegExp(`\\b(${MONTH_NAMES.join('|')})\\b`);

export function sameTime(claim: Claim, entry: FactEntry, facts: FactBase): boolean {
  const span = monthsOf(entry, facts, 0);
  if (!span) return true;
  const text = claim.sentence.text;
  const year = YEAR.exec(text)?.[1];
  const monthName = MONTH.exec(text)?.[1];
  const month = monthName ? MONTH_NAMES.indexOf(monthName) + 1 : undefined;
  if (year !== undefined) {
    const y = Number(year);
    if (y < span.from.year || y > span.to.year) return false;
    if (month === undefined) return true;
    const at = y * 12 + month;
    return at >= span.from.year * 12 + span.from.month && at <= span.to.year * 12 + span.to.month;
  }
  if (month === undefined || span.from.year !== span.to.year) return true;
  return month >= span.from.month && month <= span.to.month;
}

interface Month {
  year: number;
  month: number;
}

/** The months an entry's date covers; a total's are its parts'. */
function monthsOf(entry: FactEntry, facts: FactBase, depth: number): { from: Month; to: Month } | undefined {
  const date = entry.date ?? entry.died;
  if (date) return { from: monthOf(date.from), to: monthOf(date.to) };
  if (depth > 4 || !entry.of.length) return undefined;
  const parts = entry.of.map((id) => facts.entries.get(id)).filter((e): e is FactEntry => e !== undefined).map((e) => monthsOf(e, facts, depth + 1));
  if (!parts.length || parts.some((p) => p === undefined)) return undefined;
  const key = (m: Month): number => m.year * 12 + m.month;
  return {
    from: parts.map((p) => p!.from).reduce((a, b) => (key(a) <= key(b) ? a : b)),
    to: parts.map((p) => p!.to).reduce((a, b) => (key(a) >= key(b) ? a : b)),
  };
}

function monthOf(value: string): Month {
  return { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)) || 1 };
}

// Words that put the proper noun after them in a place ("in Rafah", "at Nasser Hospital").
const LOCATIVE = new Set<string>(LOCATIVES);

/**
 * Whether a sentence places its events somewhere the fact file does not know:
 * a proper noun after "in", "at", "near"... that no name, alias, place or
 * title in the fact file contains. (A proper noun elsewhere, as in "according
 * to the Gaza health ministry", says nothing about where.)
 */
export function namesSomethingElse(s: SentenceClaims, proper: Set<string>, index: MentionIndex): boolean {
  const mentioned = new Set<number>();
  for (const m of s.mentions) for (let k = m.token; k < s.tokens.length && s.tokens[k]!.start < m.end; k++) mentioned.add(k);
  return s.tokens.some((t, k) => {
    if (t.kind !== 'word' || mentioned.has(k) || !proper.has(bare(t)) || index.knownWords.has(bare(t).toLowerCase())) return false;
    const before = s.tokens[k - 1]?.lower === 'the' ? s.tokens[k - 2] : s.tokens[k - 1];
    return before !== undefined && LOCATIVE.has(before.lower);
  });
}
