import type { Claim } from './claim';
import { explainTie } from './explain';
import type { Tie, TiedClaim } from './tie';

/**
 * A claim as the front ends see it (plain data, STYLE rule 2): where it is,
 * what it says, and how it stands against the fact file. The editor's hover,
 * definition, references and "add to fact file" are built on these.
 */
export interface ClaimInfo {
  kind: Claim['kind'];
  start: number;
  end: number;
  /** The sentence the claim stands in. */
  sentence: { start: number; end: number };
  status: TiedClaim['verdict']['status'];
  /** The entry the claim is tied to. */
  entryId?: string;
  /** How sure the tie is, and the words that made it (SPEC section 3). */
  tie?: { strength: Tie['strength']; words: string };
  /** Why the claim is held to its entry, in a writer's words (the hover card says it, as the mismatch message does). */
  reason?: string;
  /** What the entry says about the claim ("23 residents were killed", "8 October 2024"), where it says anything. */
  factText?: string;
  /** Entries the claim could be tied to: named in its sentence or earlier in its paragraph. */
  candidateIds: string[];
  sourced: boolean;
  /** What the claim says, for a stub fact entry. */
  says: ClaimValues;
}

export type ClaimValues =
  | { kind: 'casualty'; count: number; group: string; casualty: string }
  | { kind: 'date'; from: string; to?: string }
  | { kind: 'age'; age: number }
  | { kind: 'figure'; value: number; unit: string }
  | { kind: 'name'; name: string };

/** The claims of a draft as plain data, in document order. */
export function claimInfos(tied: readonly TiedClaim[]): ClaimInfo[] {
  return tied.map(({ claim, verdict, sourced, nearby }) => ({
    kind: claim.kind,
    start: claim.start,
    end: claim.end,
    sentence: { start: claim.sentence.start, end: claim.sentence.end },
    status: verdict.status,
    ...(verdict.status !== 'untied' ? { entryId: verdict.entry.id, tie: { strength: verdict.tie.strength, words: verdict.tie.words }, reason: explainTie(verdict.tie, verdict.entry) } : {}),
    ...(verdict.status === 'agrees' || verdict.status === 'disagrees' ? { factText: verdict.comparison.factText } : {}),
    candidateIds: nearby.map((e) => e.id),
    sourced,
    says: valuesOf(claim),
  }));
}

function valuesOf(claim: Claim): ClaimValues {
  switch (claim.kind) {
    case 'casualty': return { kind: 'casualty', count: claim.value, group: claim.group, casualty: claim.casualty };
    case 'date': return { kind: 'date', from: isoOf(claim.from), ...(claim.to ? { to: isoOf(claim.to) } : {}) };
    case 'age': return { kind: 'age', age: claim.value };
    case 'figure': return { kind: 'figure', value: claim.value, unit: claim.unit.text };
    case 'name': return { kind: 'name', name: claim.problem?.written ?? claim.person.name ?? '' };
  }
}

function isoOf(d: { year?: number; month: number; day: number }): string {
  const md = `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return d.year !== undefined ? `${d.year}-${md}` : `--${md}`;
}
