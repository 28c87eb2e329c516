import type { FactBase, FactEntry } from '../facts/factBase';
import type { Claim } from './claim';
import { compare, type Comparison, type CompareContext } from './compare';
import { namesSomethingElse, sameTime } from './candidates';
import type { Mention } from './mentions';
import { properWords } from './properNouns';
import type { Lexicon, SentenceClaims } from './readClaims';

/** How a claim stands against the fact file. */
export type Verdict =
  | { status: 'agrees'; entry: FactEntry; comparison: Comparison }
  | { status: 'disagrees'; entry: FactEntry; comparison: Comparison }
  /** Tied to an entry that says nothing about it (no count of that kind, no date). */
  | { status: 'unsettled'; entry: FactEntry }
  | { status: 'untied' };

export interface TiedClaim {
  claim: Claim;
  verdict: Verdict;
  /** Its tied entry (or, for a total, its parts) has a source, or its sentence a citation (SPEC section 3). */
  sourced: boolean;
  /** Entries it could be tied to: named in its sentence, then earlier in its paragraph. */
  nearby: FactEntry[];
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
  const totals = lexicon.totals;
  let paragraph = -1;
  let earlier: FactEntry[] = [];
  for (const s of sentences) {
    if (s.sentence.block !== paragraph) {
      paragraph = s.sentence.block;
      earlier = [];
    }
    const compareCtx: CompareContext = { groups: lexicon.groups, mentions: s.mentions };
    // A sentence that names something the fact file does not know ("another strike in Rafah") has no paragraph candidates.
    const candidates = namesSomethingElse(s, proper, lexicon.mentions) ? [] : earlier;
    const directed = s.sentence.factRefs.map((r) => facts.entries.get(r.id)).filter((e): e is FactEntry => e !== undefined);
    for (const claim of s.claims) {
      const verdict = verdictFor(claim, directed, s.mentions, [...candidates, ...(claim.kind === 'casualty' && candidates === earlier ? totals : [])], compareCtx, facts);
      const nearby = [...new Set([...s.mentions.map((m) => m.entry), ...earlier])];
      tied.push({ claim, verdict, sourced: s.sentence.cited || (verdict.status !== 'untied' && isSourced(verdict.entry, facts)), nearby });
    }
    for (const m of s.mentions) if (!earlier.includes(m.entry)) earlier.push(m.entry);
  }
  return tied;
}

function verdictFor(claim: Claim, directed: readonly FactEntry[], mentions: readonly Mention[], candidates: readonly FactEntry[], ctx: CompareContext, facts: FactBase): Verdict {
  if (claim.kind === 'name') {
    return claim.problem ? { status: 'disagrees', entry: claim.person, comparison: nameComparison(claim) } : { status: 'agrees', entry: claim.person, comparison: nameComparison(claim) };
  }
  if (directed.length) return judge(claim, directed, ctx) ?? { status: 'unsettled', entry: directed[0]! };
  const named = namedFor(claim, mentions);
  if (named.length) {
    // The nearest named entry that can answer the claim; else the nearest at all.
    for (const entry of named) {
      const comparison = compare(claim, entry, ctx);
      if (comparison) return { status: comparison.agrees ? 'agrees' : 'disagrees', entry, comparison };
    }
    return { status: 'unsettled', entry: named[0]! };
  }
  return judge(claim, eligible(claim, candidates).filter((e) => sameTime(claim, e, facts)), ctx) ?? { status: 'untied' };
}

/** Among candidates: the first that agrees, else the closest that disagrees. */
function judge(claim: Claim, candidates: readonly FactEntry[], ctx: CompareContext): Verdict | undefined {
  let closest: { entry: FactEntry; comparison: Comparison } | undefined;
  for (const entry of candidates) {
    const comparison = compare(claim, entry, ctx);
    if (!comparison) continue;
    if (comparison.agrees) return { status: 'agrees', entry, comparison };
    if (!closest || comparison.distance < closest.comparison.distance) closest = { entry, comparison };
  }
  return closest && { status: 'disagrees', ...closest };
}

/** Entries named in the sentence that a claim of this kind can be tied to, nearest first (one before the claim preferred). */
function namedFor(claim: Claim, mentions: readonly Mention[]): FactEntry[] {
  const usable = mentions.filter((m) => eligible(claim, [m.entry]).length > 0);
  // A date in a clause about a death belongs to the person who died.
  const people = claim.kind === 'date' && claim.aboutDeath ? usable.filter((m) => m.entry.section === 'people') : [];
  const pool = people.length ? people : usable;
  const before = pool.filter((m) => m.end <= claim.start).sort((a, b) => b.end - a.end);
  const after = pool.filter((m) => m.end > claim.start).sort((a, b) => a.start - b.start);
  return [...new Set([...before, ...after].map((m) => m.entry))];
}

function eligible(claim: Claim, entries: readonly FactEntry[]): FactEntry[] {
  return entries.filter((e) => {
    switch (claim.kind) {
      case 'casualty': return e.section === 'events' || e.section === 'totals';
      case 'date': return e.section === 'events' || e.section === 'figures' || (e.section === 'people' && claim.aboutDeath);
      case 'age': return e.section === 'people';
      case 'figure': return e.section === 'figures' && claim.named.includes(e);
      case 'name': return e.section === 'people';
    }
  });
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
