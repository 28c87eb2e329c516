import type { Claim } from './claim';
import type { TiedClaim } from './tie';
import type { SentenceClaims } from './readClaims';

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

export function claimInfos(sentences: readonly SentenceClaims[], tied: readonly TiedClaim[]): ClaimInfo[] {
  const byClaim = new Map(tied.map((t) => [t.claim, t]));
  const infos: ClaimInfo[] = [];
  let block = -1;
  let earlier: string[] = [];
  for (const s of sentences) {
    if (s.sentence.block !== block) {
      block = s.sentence.block;
      earlier = [];
    }
    const named = s.mentions.map((m) => m.entry.id);
    for (const claim of s.claims) {
      const t = byClaim.get(claim);
      if (!t) continue;
      infos.push({
        kind: claim.kind,
        start: claim.start,
        end: claim.end,
        sentence: { start: s.sentence.start, end: s.sentence.end },
        status: t.verdict.status,
        ...(t.verdict.status !== 'untied' ? { entryId: t.verdict.entry.id } : {}),
        candidateIds: [...new Set([...named, ...earlier])],
        sourced: t.sourced,
        says: valuesOf(claim),
      });
    }
    for (const id of named) if (!earlier.includes(id)) earlier.push(id);
  }
  return infos;
}

function valuesOf(claim: Claim): ClaimValues {
  switch (claim.kind) {
    case 'casualty': return { kind: 'casualty', count: claim.value, group: claim.group, casualty: claim.casualty };
    case 'date': return { kind: 'date', from: isoOf(claim.from), ...(claim.to ? { to: isoOf(claim.to) } : {}) };
    case 'age': return { kind: 'age', age: claim.value };
    case 'figure': return { kind: 'figure', value: claim.value, unit: claim.unit };
    case 'name': return { kind: 'name', name: claim.problem?.written ?? claim.person.name ?? '' };
  }
}

function isoOf(d: { year?: number; month: number; day: number }): string {
  const md = `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return d.year !== undefined ? `${d.year}-${md}` : `--${md}`;
}
