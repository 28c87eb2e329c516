import type { CasualtyClaim, DateClaim, DayOfYear } from '../claims/claim';
import { EventNamer, type EventRef } from '../claims/events';
import { properWords } from '../claims/properNouns';
import { claimInterval } from '../claims/qualifiers';
import type { SentenceClaims } from '../claims/readClaims';
import type { TiedClaim } from '../claims/tie';
import type { Sentence } from '../draft/draft';
import { OTHER_TIME_PHRASES, WEEKDAYS } from '../grammar/words';
import type { DraftCheck, DraftContext, Finding } from './draftCheck';

/**
 * internal-inconsistency (SPEC section 4): the draft gives one event two
 * counts (same kind; the same group, or people fewer than one group) that
 * cannot both be true, or two dates, and no fact settles it; reported on the
 * later one. One event: the same tied entry; or, for untied claims, the same
 * place named as a place or the same event phrase (claims/events.ts). Two
 * counts of one sentence are never rivals (they are usually two scopes:
 * "56,303 deaths, 3,271 above the average"), and counts whose sentences put
 * them at different times are two occasions.
 */
export const internalInconsistency: DraftCheck = {
  code: 'internal-inconsistency',
  needsFacts: false,
  run(ctx) {
    const namer = new EventNamer(ctx.sentences, properWords(ctx.sentences));
    const bySentence = new Map(ctx.sentences.map((s) => [s.sentence, s]));
    return [...countRivals(ctx, namer, bySentence), ...dateRivals(ctx, namer, bySentence)].sort((a, b) => a.diagnostic.start - b.diagnostic.start);
  },
};

interface Seen<C> {
  claim: C;
  event: EventRef;
}

function countRivals(ctx: DraftContext, namer: EventNamer, bySentence: Map<Sentence, SentenceClaims>): Finding[] {
  const findings: Finding[] = [];
  const earlier = new Map<string, Seen<CasualtyClaim>[]>();
  for (const t of ctx.tied) {
    if (t.claim.kind !== 'casualty' || t.claim.subCount || settled(t)) continue;
    const claim = t.claim;
    const s = bySentence.get(claim.sentence);
    const event = eventOf(t, ctx, s, () => namer.ofClause(s!.tokens, claim.clause.start, claim.clause.end));
    if (!event) continue;
    const seen = event.keys.flatMap((k) => earlier.get(`${k}|${claim.casualty}`) ?? []);
    const rival = seen.find((e) => e.claim.sentence !== claim.sentence && conflict(e.claim, claim, ctx) && sameOccasion(e.claim.sentence, claim.sentence, bySentence));
    if (rival) findings.push(countFinding(ctx, claim, rival.claim, event.label));
    for (const k of event.keys) {
      const list = earlier.get(`${k}|${claim.casualty}`) ?? [];
      // One earlier count per value, qualifier and group is enough to compare with: a draft repeating itself stays linear.
      if (!list.some((e) => e.claim.value === claim.value && e.claim.qualifier === claim.qualifier && e.claim.group === claim.group)) list.push({ claim, event });
      earlier.set(`${k}|${claim.casualty}`, list);
    }
  }
  return findings;
}

function dateRivals(ctx: DraftContext, namer: EventNamer, bySentence: Map<Sentence, SentenceClaims>): Finding[] {
  const findings: Finding[] = [];
  const earlier = new Map<string, Seen<DateClaim>[]>();
  for (const t of ctx.tied) {
    // (a date held to a person is the day they spoke or visited, no date of an event)
    if (t.claim.kind !== 'date' || settled(t) || (t.verdict.status === 'unsettled' && t.verdict.entry.section === 'people')) continue;
    const claim = t.claim;
    const s = bySentence.get(claim.sentence);
    // A date counts only when it is said of the event itself (SPEC section 4), even where an entry is tied.
    const said = s && namer.ofDate(s, claim);
    if (!said) continue;
    const event = t.verdict.status === 'unsettled' ? { keys: [`entry:${t.verdict.entry.id}`, ...said.keys], label: said.label } : said;
    const seen = event.keys.flatMap((k) => earlier.get(k) ?? []);
    const rival = seen.find((e) => e.claim.sentence !== claim.sentence && !datesAgree(e.claim, claim));
    if (rival) findings.push(dateFinding(ctx, claim, rival.claim, event.label));
    for (const k of event.keys) earlier.set(k, [...(earlier.get(k) ?? []), { claim, event }].slice(-8));
  }
  return findings;
}

function settled(t: TiedClaim): boolean {
  return t.verdict.status === 'agrees' || t.verdict.status === 'disagrees';
}

/** The event of a claim: its tied entry when the entry says nothing of it, else what its own clause names. */
function eventOf(t: TiedClaim, ctx: DraftContext, s: SentenceClaims | undefined, fromClause: () => EventRef | undefined): EventRef | undefined {
  if (t.verdict.status === 'unsettled') return { keys: [`entry:${t.verdict.entry.id}`], label: ctx.nameOf(t.verdict.entry) };
  return s ? fromClause() : undefined;
}

/**
 * Two counts that cannot both be true, qualifiers applied: of one group, if
 * their ranges do not meet; a count of people against a count of one group,
 * only if the people are fewer than the group ("one fatality" against "two
 * passengers killed").
 */
function conflict(a: CasualtyClaim, b: CasualtyClaim, ctx: DraftContext): boolean {
  const x = claimInterval(a.value, a.qualifier);
  const y = claimInterval(b.value, b.qualifier);
  const anyA = isAnyGroup(a, ctx);
  const anyB = isAnyGroup(b, ctx);
  if (a.group === b.group || (anyA && anyB)) return x.max < y.min || y.max < x.min;
  if (anyA && !anyB) return x.max < y.min;
  if (anyB && !anyA) return y.max < x.min;
  return false;
}

function isAnyGroup(c: CasualtyClaim, ctx: DraftContext): boolean {
  return ['people', 'total'].includes(c.group) || ctx.groupIsAny(c.group);
}

const OTHER_TIMES = OTHER_TIME_PHRASES.map((p) => new RegExp(`\\b${p}\\b`, 'i'));
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.map((w) => w.name).join('|')})\\b`);
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

/**
 * Whether two sentences can be about one occasion: neither puts its count
 * at another time ("last year", "some months ago"), and where both give a
 * date, weekday or year, they give the same one.
 */
function sameOccasion(a: Sentence, b: Sentence, bySentence: Map<Sentence, SentenceClaims>): boolean {
  if (OTHER_TIMES.some((r) => r.test(a.text) || r.test(b.text))) return false;
  const when = (s: Sentence): string | undefined => {
    const date = bySentence.get(s)?.claims.find((c): c is DateClaim => c.kind === 'date');
    if (date) return `${date.from.year ?? ''}-${date.from.month}-${date.from.day}`;
    return WEEKDAY.exec(s.text)?.[1] ?? YEAR.exec(s.text)?.[1];
  };
  const x = when(a);
  const y = when(b);
  return x === undefined || y === undefined || x === y;
}

/** Two dates of one event agree when they are the same day, or one lies inside the other's range. */
function datesAgree(a: DateClaim, b: DateClaim): boolean {
  const key = (d: DayOfYear): number => (d.year ?? 0) * 10000 + d.month * 100 + d.day;
  const comparable = a.from.year !== undefined && b.from.year !== undefined;
  const k = (d: DayOfYear): number => (comparable ? key(d) : d.month * 100 + d.day);
  const [aFrom, aTo] = [k(a.from), k(a.to ?? a.from)];
  const [bFrom, bTo] = [k(b.from), k(b.to ?? b.from)];
  return (aFrom >= bFrom && aTo <= bTo) || (bFrom >= aFrom && bTo <= aTo);
}

function countFinding(ctx: DraftContext, claim: CasualtyClaim, rival: CasualtyClaim, label: string): Finding {
  const said = (c: CasualtyClaim): string => ctx.draft.text.slice(c.qualifierStart, c.end).replace(/\s+/g, ' ');
  return {
    sentence: claim.sentence,
    diagnostic: {
      code: 'internal-inconsistency',
      start: claim.start,
      end: claim.end,
      message: `The draft says ${said(claim)} ${claim.groupWord} ${verb(claim.casualty)} in ${label} here, but ${said(rival)} at line ${ctx.lineOf(rival.start)}; both cannot be right, and no fact entry settles which is.`,
      related: [{ file: ctx.path, start: rival.start, end: rival.end, message: `The earlier count: ${said(rival)}` }],
    },
  };
}

function dateFinding(ctx: DraftContext, claim: DateClaim, rival: DateClaim, label: string): Finding {
  const day = (c: DateClaim): string => ctx.draft.text.slice(c.start, c.end).replace(/\s+/g, ' ');
  return {
    sentence: claim.sentence,
    diagnostic: {
      code: 'internal-inconsistency',
      start: claim.start,
      end: claim.end,
      message: `The draft dates ${label} ${day(claim)} here, but ${day(rival)} at line ${ctx.lineOf(rival.start)}; both cannot be right, and no fact entry settles which is.`,
      related: [{ file: ctx.path, start: rival.start, end: rival.end, message: `The earlier date: ${day(rival)}` }],
    },
  };
}

function verb(kind: CasualtyClaim['casualty']): string {
  return kind === 'missing' ? 'missing' : kind;
}
