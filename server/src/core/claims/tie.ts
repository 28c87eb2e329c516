import type { FactBase, FactEntry } from '../facts/factBase';
import type { AgeClaim, Claim } from './claim';
import { compare, type Comparison, type CompareContext } from './compare';
import { namesSomethingElse, sameTime } from './candidates';
import type { Sentence } from '../draft/draft';
import type { Mention } from './mentions';
import { properWords } from './properNouns';
import type { Lexicon, SentenceClaims } from './readClaims';

/**
 * How a claim came to be held to its entry (SPEC section 3, "How sure a tie
 * is"): in its own sentence (`named`: a name, alias or place, a person's
 * death clause, the person an age describes), by a `<!-- fact: -->`
 * directive (`directive`), or through a paragraph candidate or a total
 * (`inferred`).
 */
export interface Tie {
  strength: 'named' | 'directive' | 'inferred';
  how: 'mention' | 'death' | 'person' | 'directive' | 'paragraph' | 'total';
  /** The words that tied it, as the draft writes them ("Bannu"), the directive's id, or a total's name. */
  words: string;
  /** Where those words are in the draft (absent for a total). */
  at?: { start: number; end: number };
}

/** How a claim stands against the fact file. */
export type Verdict =
  | { status: 'agrees'; entry: FactEntry; comparison: Comparison; tie: Tie }
  | { status: 'disagrees'; entry: FactEntry; comparison: Comparison; tie: Tie }
  /** Tied to an entry that says nothing about it (no count of that kind, no date). */
  | { status: 'unsettled'; entry: FactEntry; tie: Tie }
  | { status: 'untied' };

export interface TiedClaim {
  claim: Claim;
  verdict: Verdict;
  /** Its tied entry (or, for a total, its parts) has a source, or its sentence a citation (SPEC section 3). */
  sourced: boolean;
  /** Entries it could be tied to: named in its sentence, then earlier in its paragraph. */
  nearby: FactEntry[];
}

/** An entry as a candidate, with the words that made it one. */
interface Candidate {
  entry: FactEntry;
  tie: Tie;
}

/**
 * Ties each claim to a fact entry and compares them (SPEC section 3): a
 * `<!-- fact: -->` directive first; else the entry named in the claim's own
 * sentence, nearest and preferably before it; else every candidate (entries
 * named earlier in the paragraph, and all totals): it passes if one agrees and
 * is flagged against the closest only when none does.
 */
export function tieClaims(sentences: readonly SentenceClaims[], facts: FactBase, lexicon: Lexicon): TiedClaim[] {
  const tied: TiedClaim[] = [];
  const proper = properWords(sentences);
  const totals: Candidate[] = lexicon.totals.map((entry) => ({ entry, tie: { strength: 'inferred', how: 'total', words: entry.name ?? entry.id } }));
  let paragraph = -1;
  let earlier: Candidate[] = [];
  // The last person named, for an age that names no one ("The 29-year-old was ..."; SPEC section 3: "else the nearest person named before it").
  let lastPerson: (Candidate & { block: number }) | undefined;
  for (const s of sentences) {
    if (s.sentence.block !== paragraph) {
      paragraph = s.sentence.block;
      earlier = [];
    }
    const ctx: CompareContext = { groups: lexicon.groups, mentions: s.mentions };
    // A sentence that names something the fact file does not know ("another strike in Rafah") has no paragraph candidates.
    const elsewhere = namesSomethingElse(s, proper, lexicon.mentions);
    const candidates = elsewhere ? [] : earlier;
    const directed: Candidate[] = s.sentence.factRefs.flatMap((r) => {
      const entry = facts.entries.get(r.id);
      return entry ? [{ entry, tie: { strength: 'directive' as const, how: 'directive' as const, words: r.id, at: { start: r.start, end: r.end } } }] : [];
    });
    for (const claim of s.claims) {
      const personBefore = lastPerson && lastPerson.block >= s.sentence.block - 2 ? [lastPerson] : [];
      const pool = [...candidates, ...(claim.kind === 'casualty' && !elsewhere ? totals : []), ...(claim.kind === 'age' ? personBefore : [])];
      const verdict = verdictFor(claim, directed, s.mentions, pool, ctx, facts);
      const nearby = [...new Set([...s.mentions.map((m) => m.entry), ...earlier.map((c) => c.entry)])];
      tied.push({ claim, verdict, sourced: s.sentence.cited || (verdict.status !== 'untied' && isSourced(verdict.entry, facts)), nearby });
    }
    for (const m of s.mentions) {
      if (m.entry.section === 'people') lastPerson = { entry: m.entry, block: s.sentence.block, tie: { strength: 'inferred', how: 'paragraph', words: wordsOf(s, m), at: { start: m.start, end: m.end } } };
      if (earlier.some((c) => c.entry === m.entry)) continue;
      earlier.push({ entry: m.entry, tie: { strength: 'inferred', how: 'paragraph', words: wordsOf(s, m), at: { start: m.start, end: m.end } } });
    }
  }
  return tied;
}

function verdictFor(claim: Claim, directed: readonly Candidate[], mentions: readonly Mention[], candidates: readonly Candidate[], ctx: CompareContext, facts: FactBase): Verdict {
  if (claim.kind === 'name') {
    const tie: Tie = { strength: 'named', how: 'mention', words: claim.sentence.text.slice(claim.start - claim.sentence.start, claim.end - claim.sentence.start), at: { start: claim.start, end: claim.end } };
    const comparison = nameComparison(claim);
    return claim.problem ? { status: 'disagrees', entry: claim.person, comparison, tie } : { status: 'agrees', entry: claim.person, comparison, tie };
  }
  if (directed.length) return judge(claim, directed, ctx) ?? { status: 'unsettled', entry: directed[0]!.entry, tie: directed[0]!.tie };
  if (claim.kind === 'age' && claim.describes !== undefined) return describedPerson(claim, mentions, ctx);
  const speaker = personOfDate(claim, mentions);
  if (speaker) return { status: 'unsettled', entry: speaker.entry, tie: { strength: 'named', how: 'mention', words: wordsAt(claim.sentence, speaker), at: { start: speaker.start, end: speaker.end } } };
  const named = namedFor(claim, mentions, facts);
  if (named.length) {
    // The nearest named entry that can answer the claim; else the nearest at all.
    for (const candidate of named) {
      const comparison = compare(claim, candidate.entry, ctx);
      if (comparison) return { status: comparison.agrees ? 'agrees' : 'disagrees', entry: candidate.entry, comparison, tie: candidate.tie };
    }
    return { status: 'unsettled', entry: named[0]!.entry, tie: named[0]!.tie };
  }
  // A sentence about another year or month is not held to an event's candidates; an age is about a person, not a time.
  return judge(claim, eligible(claim, candidates).filter((c) => claim.kind === 'age' || sameTime(claim, c.entry, facts)), ctx) ?? { status: 'untied' };
}

/** An age that says whom it describes is held to that person if the fact file knows them, and to no one else. */
function describedPerson(claim: AgeClaim, mentions: readonly Mention[], ctx: CompareContext): Verdict {
  const span = claim.describes;
  if (span === 'unnamed' || span === undefined) return { status: 'untied' };
  const m = mentions.find((x) => x.entry.section === 'people' && x.start < span.end && x.end > span.start);
  if (!m) return { status: 'untied' };
  const tie: Tie = { strength: 'named', how: 'person', words: claim.sentence.text.slice(m.start - claim.sentence.start, m.end - claim.sentence.start), at: { start: m.start, end: m.end } };
  const comparison = compare(claim, m.entry, ctx);
  return comparison ? { status: comparison.agrees ? 'agrees' : 'disagrees', entry: m.entry, comparison, tie } : { status: 'unsettled', entry: m.entry, tie };
}

/** Among candidates: the first that agrees, else the closest that disagrees. */
function judge(claim: Claim, candidates: readonly Candidate[], ctx: CompareContext): Verdict | undefined {
  let closest: { entry: FactEntry; comparison: Comparison; tie: Tie } | undefined;
  for (const { entry, tie } of candidates) {
    const comparison = compare(claim, entry, ctx);
    if (!comparison) continue;
    if (comparison.agrees) return { status: 'agrees', entry, comparison, tie };
    if (!closest || comparison.distance < closest.comparison.distance) closest = { entry, comparison, tie };
  }
  return closest && { status: 'disagrees', ...closest };
}

/**
 * The person a date belongs to when the entry named nearest to it (before it,
 * else after it: SPEC section 3) is a person and the clause is not about their
 * death: the day they spoke, visited or were arrested ("Hawramani announced
 * on Sept. 27 that ... the fire"), which is no date of the event named further
 * on. A person's entry has no date but `died`, so such a date is compared with
 * nothing.
 */
function personOfDate(claim: Claim, mentions: readonly Mention[]): Mention | undefined {
  if (claim.kind !== 'date' || claim.aboutDeath) return undefined;
  const [nearest] = nearestFirst(mentions.filter((m) => m.entry.section === 'people' || isEligible(claim, m.entry)), claim);
  return nearest?.entry.section === 'people' ? nearest : undefined;
}

/** Mentions in the order a claim is tied to them (SPEC section 3): those before it, nearest first, then those after it, nearest first. */
function nearestFirst(mentions: readonly Mention[], claim: Claim): Mention[] {
  const before = mentions.filter((m) => m.end <= claim.start).sort((a, b) => b.end - a.end);
  const after = mentions.filter((m) => m.end > claim.start).sort((a, b) => a.start - b.start);
  return [...before, ...after];
}

/** Entries named in the sentence that a claim of this kind can be tied to, nearest first (one before the claim preferred). */
function namedFor(claim: Claim, mentions: readonly Mention[], facts: FactBase): Candidate[] {
  const usable = mentions.filter((m) => isEligible(claim, m.entry));
  // A date in a clause about a death belongs to the person who died.
  const people = claim.kind === 'date' && claim.aboutDeath ? usable.filter((m) => m.entry.section === 'people') : [];
  // A count whose sentence names only a person is compared with that person's events (SPEC section 3).
  const events = claim.kind === 'casualty' && usable.every((m) => m.entry.section === 'people') ? usable : [];
  const pool = people.length ? people : events.length ? events : usable.filter((m) => claim.kind !== 'casualty' || m.entry.section !== 'people');
  const seen = new Set<FactEntry>();
  const out: Candidate[] = [];
  for (const m of nearestFirst(pool, claim)) {
    const words = claim.sentence.text.slice(m.start - claim.sentence.start, m.end - claim.sentence.start);
    const tie: Tie = { strength: 'named', how: people.length ? 'death' : events.length ? 'person' : 'mention', words, at: { start: m.start, end: m.end } };
    const entries = events.length ? m.entry.events.map((id) => facts.entries.get(id)).filter((e): e is FactEntry => e?.section === 'events') : [m.entry];
    for (const entry of entries) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      out.push({ entry, tie });
    }
  }
  return out;
}

function eligible(claim: Claim, candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => isEligible(claim, c.entry));
}

function isEligible(claim: Claim, e: FactEntry): boolean {
  switch (claim.kind) {
    // A toll of a period is held to totals and to events that span a period themselves (a year's road toll), never to one day's event.
    case 'casualty': return claim.period
      ? e.section === 'totals' || (e.section === 'events' && e.date !== undefined && !(e.date.from === e.date.to && /^\d{4}-\d\d-\d\d$/.test(e.date.from)))
      : e.section === 'events' || e.section === 'totals' || (e.section === 'people' && e.events.length > 0);
    case 'date': return e.section === 'events' || e.section === 'figures' || (e.section === 'people' && claim.aboutDeath);
    case 'age': return e.section === 'people';
    case 'figure': return e.section === 'figures' && claim.named.includes(e);
    case 'name': return e.section === 'people';
  }
}

function wordsOf(s: SentenceClaims, m: Mention): string {
  return wordsAt(s.sentence, m);
}

function wordsAt(sentence: Sentence, m: { start: number; end: number }): string {
  return sentence.text.slice(m.start - sentence.start, m.end - sentence.start);
}

function nameComparison(claim: Extract<Claim, { kind: 'name' }>): Comparison {
  const person = claim.person;
  const right = claim.problem?.right ?? person.name ?? person.id;
  return {
    agrees: !claim.problem,
    distance: 0,
    factText: claim.problem?.what === 'title' ? `${person.title} ${person.name}` : right,
    at: (claim.problem?.what === 'title' ? person.titleAt : person.nameAt) ?? person.idAt,
    ...(claim.problem ? { expected: right } : {}),
  };
}

/** An entry is sourced if it has sources; a total also if all of its parts are (SPEC section 2). */
export function isSourced(entry: FactEntry, facts: FactBase, seen = new Set<string>()): boolean {
  if (entry.sources.some((id) => facts.entries.get(id)?.section === 'sources')) return true;
  if (entry.section !== 'totals' || !entry.of.length || seen.has(entry.id)) return false;
  seen.add(entry.id);
  return entry.of.every((id) => {
    const part = facts.entries.get(id);
    return part !== undefined && isSourced(part, facts, seen);
  });
}
