import type { LineIndex, SentenceSpan } from '../core';
import { type ClaimInfo, type CoreDiagnostic, type FactBase, type FactEntry } from '../core';
import { claimAt, lastStartingBy, type DiagnosticData } from './diagnostics';

/**
 * What a draft diagnostic carries beyond its fix, for the code actions: where
 * a directive goes (end of the sentence), which entries the claim could be
 * tied to, and which sources could be cited.
 */
export function draftExtras(d: CoreDiagnostic, claims: readonly ClaimInfo[], sentences: readonly SentenceSpan[], facts: FactBase, index: LineIndex): Omit<DiagnosticData, 'expected' | 'factId' | 'fix'> {
  const claim = claimAt(claims, d.start);
  // The sentence the diagnostic stands in (an unknown id's sentence too): its safe places for a directive and a citation.
  const candidate = sentences[lastStartingBy(sentences, d.start)];
  const sentence = candidate && d.start <= candidate.end ? candidate : undefined;
  const extras: Omit<DiagnosticData, 'expected' | 'factId' | 'fix'> = { about: ABOUT[d.code] ?? 'this' };
  if (sentence) {
    extras.directiveAt = index.positionAt(sentence.directiveAt);
    extras.citeAt = index.positionAt(sentence.citeAt);
  }
  if (claim && claim.candidateIds.length) {
    const entries = claim.candidateIds.map((id) => facts.entries.get(id)).filter((e): e is FactEntry => !!e && e.section !== 'sources' && e.id !== claim.entryId);
    if (entries.length) extras.tieTo = entries.map((e) => ({ id: e.id, name: e.name ?? e.id }));
  }
  if (d.code === 'unsourced-claim' && claim) {
    const backing = claimsOfSentence(claims, claim).flatMap((c) => [c.entryId, ...c.candidateIds]);
    const citations = citationsFor(backing, facts);
    if (citations.length) extras.citations = citations;
    if (claim.status === 'untied' && claim.kind !== 'name') extras.stub = claim.says;
  }
  return extras;
}

/** The claims of the sentence `claim` stands in: its neighbours in document order. */
function claimsOfSentence(claims: readonly ClaimInfo[], claim: ClaimInfo): ClaimInfo[] {
  let at = lastStartingBy(claims, claim.start);
  while (at > 0 && claims[at] !== claim) at--;
  let from = at;
  while (from > 0 && claims[from - 1]!.sentence.start === claim.sentence.start) from--;
  let to = at;
  while (to + 1 < claims.length && claims[to + 1]!.sentence.start === claim.sentence.start) to++;
  return claims.slice(from, to + 1);
}

/** What each code is about, for plain action titles ("Stop flagging this count in this sentence"). */
const ABOUT: Readonly<Record<string, string>> = {
  'date-mismatch': 'this date', 'casualty-mismatch': 'this count', 'figure-mismatch': 'this figure', 'age-mismatch': 'this age',
  'name-mismatch': 'this name', 'weekday-mismatch': 'this weekday', 'internal-inconsistency': 'this contradiction',
  'unsourced-claim': 'the missing source', 'unknown-fact-ref': 'this unknown id',
};

/** The sources behind entries: their own, a person's events', a total's parts'. */
function citationsFor(ids: readonly (string | undefined)[], facts: FactBase): NonNullable<DiagnosticData['citations']> {
  const sourceIds = new Set<string>();
  const visit = (id: string | undefined, depth: number): void => {
    const entry = id ? facts.entries.get(id) : undefined;
    if (!entry || depth > 3) return;
    for (const s of entry.sources) if (facts.entries.get(s)?.section === 'sources') sourceIds.add(s);
    for (const e of [...entry.events, ...entry.of]) visit(e, depth + 1);
  };
  for (const id of ids) visit(id, 0);
  return [...sourceIds].map((id) => facts.entries.get(id)!).map((s) => ({
    title: s.title ?? s.name ?? s.id,
    ...(s.publisher ? { publisher: s.publisher } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.date ? { date: s.date.from } : {}),
  }));
}
