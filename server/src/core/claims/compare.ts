import type { Casualties, CountFact, FactDate, FactEntry, Located, NumberRange } from '../facts/factBase';
import type { AgeClaim, CasualtyClaim, Claim, DateClaim, DayOfYear, FigureClaim } from './claim';
import { MONTHS } from '../grammar/words';
import { formatDay, MESSAGE_STYLE, parseFactDay } from './dates';
import { conversion, unitOf } from './units';
import type { GroupLexicon } from './groups';
import type { Mention } from './mentions';
import { formatNumber } from './numberWords';
import { agrees, keepsQualifier, type Qualifier } from './qualifiers';

/** What an entry says about a claim: whether they agree, and the fact's own words for messages and fixes. */
export interface Comparison {
  agrees: boolean;
  /** How far the claim is from the fact (to pick the closest candidate). */
  distance: number;
  /** The fact, in words: "6 soldiers killed", "2 September 2025". */
  factText: string;
  at: Located;
  /** The value a fix puts in, in the draft's style (absent where no single value would be right). */
  expected?: string;
  /**
   * The claim's qualifier cannot stay with the fact's value ("more than 120" against 116:
   * "more than 116" is false too): the fix puts the value in place of both.
   */
  dropsQualifier?: true;
}

export interface CompareContext {
  groups: GroupLexicon;
  /** The mentions of the claim's sentence (for the `parts` rule). */
  mentions: readonly Mention[];
}

/** Compares a claim with an entry; undefined when the entry says nothing about it. */
export function compare(claim: Claim, entry: FactEntry, ctx: CompareContext): Comparison | undefined {
  switch (claim.kind) {
    case 'casualty': return compareCount(claim, entry, ctx);
    case 'date': return compareDate(claim, entry);
    case 'age': return compareAge(claim, entry);
    case 'figure': return compareFigure(claim, entry);
    case 'name': return undefined;
  }
}

function compareCount(claim: CasualtyClaim, entry: FactEntry, ctx: CompareContext): Comparison | undefined {
  const part = partFor(claim, entry, ctx);
  // A part of a count ("ten of them", "including four children") is compared with the same group only, never the whole count (SPEC section 3).
  if (!part && claim.subCount && ctx.groups.isAnyGroup(claim.group)) return undefined;
  const casualties = part ?? entry.casualties;
  const fact = countFor(casualties, claim, ctx.groups);
  if (!fact) return undefined;
  const ok = agrees(claim.value, claim.qualifier, fact.count);
  const exact = fact.count.min === fact.count.max;
  return {
    agrees: ok,
    distance: Math.min(Math.abs(fact.count.min - claim.value), Math.abs(fact.count.max - claim.value)),
    factText: `${rangeText(fact.count)} ${fact.group} ${claim.casualty === 'missing' ? 'missing' : `were ${claim.casualty}`}`,
    at: fact.at,
    ...(!ok && exact ? { expected: formatNumber(fact.count.min, claim.style), ...dropping(claim.qualifier) } : {}),
  };
}

/**
 * The `parts` rule (SPEC section 3): a part counts only when its place is
 * named in the count's own clause and no other place of the entry is.
 */
function partFor(claim: CasualtyClaim, entry: FactEntry, ctx: CompareContext): Casualties | undefined {
  if (!entry.parts.length) return undefined;
  const inClause = ctx.mentions.filter((m) => m.entry === entry && m.via === 'place' && m.start >= claim.clause.start && m.end <= claim.clause.end && !inRelativeAside(claim, m));
  const places = new Set(inClause.map((m) => m.form.toLowerCase()));
  if (places.size !== 1) return undefined;
  const [place] = places;
  return entry.parts.find((p) => p.places.some((q) => q.toLowerCase() === place))?.casualties;
}

/**
 * "The quake, which hit the province of Al Haouz late on Friday, has killed
 * 820": a place in a relative clause set off by commas, away from the count,
 * is no place of the count's own clause.
 */
function inRelativeAside(claim: CasualtyClaim, m: { start: number; end: number }): boolean {
  const text = claim.sentence.text;
  const at = m.start - claim.sentence.start;
  const before = text.slice(0, at);
  const open = before.search(/,\s*(?:which|who|where)\b[^,]*$/i);
  if (open < 0) return false;
  const closeAt = text.indexOf(',', m.end - claim.sentence.start);
  const close = closeAt < 0 ? text.length : closeAt;
  const count = claim.start - claim.sentence.start;
  return count < open || count > close;
}

/** The count of the claim's kind and group; "people" takes the `total` group or the sum of the groups. */
function countFor(casualties: Casualties, claim: { casualty: CasualtyClaim['casualty']; group: string }, groups: GroupLexicon): CountFact | undefined {
  const counts = casualties[claim.casualty];
  if (!counts?.length) return undefined;
  if (groups.isAnyGroup(claim.group)) {
    const total = counts.find((c) => c.group.toLowerCase() === 'total') ?? counts.find((c) => groups.isAnyGroup(c.group));
    if (total) return total;
    const sum = counts.reduce((s, c) => ({ min: s.min + c.count.min, max: s.max + c.count.max }), { min: 0, max: 0 });
    return { group: 'people', count: sum, at: counts[0]!.at };
  }
  return counts.find((c) => groups.canonicalOf(c.group) === claim.group);
}

function rangeText(r: NumberRange): string {
  return r.min === r.max ? String(r.min) : `${r.min} to ${r.max}`;
}

function compareDate(claim: DateClaim, entry: FactEntry): Comparison | undefined {
  const fact: FactDate | undefined = entry.section === 'people' ? (claim.aboutDeath ? entry.died : undefined) : entry.date;
  if (!fact) return undefined;
  const from = parseFactDay(fact.from);
  const to = parseFactDay(fact.to);
  if (!from || !to) return undefined;
  const first = startOf(from);
  const last = endOf(to);
  const ok = claim.to
    ? sameDay(claim.from, first) && sameDay(claim.to, last)
    : within(claim.from, first, last);
  const single = fact.from === fact.to && from.day > 0;
  return {
    agrees: ok,
    distance: Math.abs(dayNumber(claim.from) - dayNumber(first)),
    factText: single ? formatDay(from, MESSAGE_STYLE, true) : `${factDayText(from, first)} to ${factDayText(to, last)}`,
    at: fact.at,
    // A year the draft left to be inferred is written out when the fact's differs, or the fix would not hold.
    ...(!ok && single && !claim.to ? { expected: formatDay(from, claim.style, claim.yearWritten || (claim.from.year !== undefined && claim.from.year !== from.year)) } : {}),
  };
}

/** A month or a year as the fact file gives it ("September 2025", "2024"), else the day. */
function factDayText(written: DayOfYear, day: DayOfYear): string {
  if (written.month === 0) return String(written.year);
  if (written.day === 0) return `${MONTHS[written.month - 1]!.name} ${written.year}`;
  return formatDay(day, MESSAGE_STYLE, true);
}

/** A year ("2024", month 0) starts on 1 January; a month ("2021-11", day 0) on its first day. */
function startOf(d: DayOfYear): DayOfYear {
  return { year: d.year, month: d.month || 1, day: d.day || 1 };
}

/** A year ends on 31 December; a month on its last day. */
function endOf(d: DayOfYear): DayOfYear {
  const month = d.month || 12;
  return { year: d.year, month, day: d.day || daysIn(month, d.year) };
}

function daysIn(month: number, year: number | undefined): number {
  return new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();
}

function sameDay(a: DayOfYear, b: DayOfYear): boolean {
  return a.month === b.month && a.day === b.day && (a.year === undefined || b.year === undefined || a.year === b.year);
}

/** A day inside [from, to]; without a year it is compared by month and day only (SPEC section 3). */
function within(d: DayOfYear, from: DayOfYear, to: DayOfYear): boolean {
  const key = (x: DayOfYear, year: number | undefined): number => (year ?? 0) * 10000 + x.month * 100 + x.day;
  if (d.year === undefined) {
    // Without a year, a range that crosses a new year wraps round.
    return from.year !== to.year ? key(d, 0) >= key(from, 0) || key(d, 0) <= key(to, 0) : key(d, 0) >= key(from, 0) && key(d, 0) <= key(to, 0);
  }
  return key(d, d.year) >= key(from, from.year) && key(d, d.year) <= key(to, to.year);
}

function dayNumber(d: DayOfYear): number {
  return ((d.year ?? 2000) * 12 + d.month) * 31 + d.day;
}

function compareAge(claim: AgeClaim, entry: FactEntry): Comparison | undefined {
  if (entry.section !== 'people') return undefined;
  const age = entry.age ?? ageFromDates(entry);
  if (age === undefined) return undefined;
  const at = entry.ageAt ?? entry.born?.at ?? entry.idAt;
  return {
    agrees: age === claim.value,
    distance: Math.abs(age - claim.value),
    factText: `aged ${age}`,
    at,
    ...(age !== claim.value ? { expected: formatNumber(age, claim.style) } : {}),
  };
}

/** Age at death from `born` and `died` (SPEC section 4: "or born and died"). */
function ageFromDates(entry: FactEntry): number | undefined {
  const born = entry.born && parseFactDay(entry.born.from);
  const died = entry.died && parseFactDay(entry.died.from);
  if (!born || !died || born.year === undefined || died.year === undefined) return undefined;
  const birthdayPassed = died.month > born.month || (died.month === born.month && died.day >= born.day);
  return died.year - born.year - (birthdayPassed ? 0 : 1);
}

function compareFigure(claim: FigureClaim, entry: FactEntry): Comparison | undefined {
  if (entry.section !== 'figures' || !entry.value) return undefined;
  const factor = conversion(claim.unit, unitOf(entry.unit ?? ''));
  if (factor === undefined) return undefined;
  // The fact in the draft's unit; a converted one is compared at the precision the draft writes.
  const fact = { min: entry.value.min * factor, max: entry.value.max * factor };
  const slack = factor === 1 ? 0 : 0.5 * 10 ** -claim.decimals * claim.scale;
  const widened = { min: fact.min - slack, max: fact.max + slack };
  const ok = agrees(claim.value, claim.qualifier, widened);
  const exact = entry.value.min === entry.value.max;
  const inScale = fact.min / claim.scale;
  const shown = factor === 1 ? round(inScale, 6) : round(inScale, Math.max(claim.decimals, 1));
  return {
    agrees: ok,
    distance: Math.abs(fact.min - claim.value),
    factText: `${rangeText(entry.value)} ${entry.unit ?? ''}`.trim(),
    at: entry.valueAt ?? entry.idAt,
    ...(!ok && exact ? { expected: formatNumber(shown, claim.style), ...dropping(claim.qualifier) } : {}),
  };
}

/** SPEC section 4: `expected` is the fact's number alone; where the qualifier would leave it false, the fix drops the qualifier too. */
function dropping(qualifier: Qualifier): { dropsQualifier?: true } {
  return keepsQualifier(qualifier) ? {} : { dropsQualifier: true };
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
