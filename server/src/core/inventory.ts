/**
 * The claim inventory (SPEC section 8): every claim the checker read, with
 * its status, its tie and the words that made it, the sources that back it,
 * its citation and the codes on it. A fact-checker works claim by claim, and
 * "no squiggles" is no evidence that anything was checked. Made in the same
 * pass as the diagnostics (checkDraft.ts), from the same findings, so the
 * two cannot disagree: the claim under a mismatch is `contradicted`, the
 * claim an `unsourced-claim` sits on is `unsourced`.
 */
import type { Claim } from './claims/claim';
import { isSourced, type TiedClaim } from './claims/tie';
import type { Finding } from './checks/draftCheck';
import type { Code } from './codes';
import type { Citation, Draft } from './draft/draft';
import type { FactBase, FactEntry } from './facts/factBase';

export type ClaimStatus = 'contradicted' | 'confirmed' | 'cited' | 'unsourced' | 'ignored';

/** The statuses in the order a summary lists them. */
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['contradicted', 'confirmed', 'cited', 'unsourced', 'ignored'];

export interface InventoryClaim {
  /** UTF-16 offsets into the draft. */
  start: number;
  end: number;
  kind: Claim['kind'];
  /** The claim's words as the draft has them (white space folded). */
  text: string;
  status: ClaimStatus;
  factId: string | null;
  tie: 'named' | 'inferred' | 'directive' | 'none';
  /** The words that tied it (a name, alias, place or directive id); null for no tie. */
  tiedBy: string | null;
  /** Ids of the sources that back it (its entry's, or for a total its parts'). */
  sources: string[];
  citation: Citation | null;
  /** Codes of the diagnostics on it (those a directive silences are not here). */
  codes: Code[];
  /** What the fact file says about it, where it says anything ("6 soldiers killed"). */
  factText?: string;
  /** The fix's value, where a mismatch has one. */
  expected?: string;
  /** The sentence it stands in. */
  sentence: { start: number; end: number };
}

export interface InventorySummary {
  claims: number;
  contradicted: number;
  confirmed: number;
  cited: number;
  unsourced: number;
  ignored: number;
}

export interface ClaimInventory {
  claims: InventoryClaim[];
  summary: InventorySummary;
}

const CONTRADICTS = new Set<Code>(['date-mismatch', 'casualty-mismatch', 'figure-mismatch', 'age-mismatch', 'name-mismatch', 'weekday-mismatch', 'internal-inconsistency']);

/** The inventory of a checked draft, from its tied claims and every finding (silenced ones included). */
export function claimInventory(draft: Draft, facts: FactBase, tied: readonly TiedClaim[], findings: readonly Finding[]): ClaimInventory {
  const onClaim = new Map<string, Finding[]>();
  for (const f of findings) {
    const at = claimOf(f, tied) ?? f.diagnostic;
    const key = `${at.start}:${at.end}`;
    const list = onClaim.get(key);
    if (list) list.push(f);
    else onClaim.set(key, [f]);
  }
  const claims = tied.map((t) => inventoryClaim(draft, facts, t, onClaim.get(`${t.claim.start}:${t.claim.end}`) ?? []));
  return { claims, summary: summarise(claims) };
}

/**
 * The claim a finding is on: the one with its range, or for a weekday (which
 * is no claim of its own) the date it is written with, the nearest date of
 * its sentence.
 */
function claimOf(f: Finding, tied: readonly TiedClaim[]): Claim | undefined {
  const { start, end, code } = f.diagnostic;
  if (code !== 'weekday-mismatch') return undefined;
  const dates = tied.filter((t) => t.claim.kind === 'date' && t.claim.sentence === f.sentence).map((t) => t.claim);
  const distance = (c: Claim): number => (c.start >= end ? c.start - end : Math.max(0, start - c.end));
  return dates.sort((a, b) => distance(a) - distance(b))[0];
}

function inventoryClaim(draft: Draft, facts: FactBase, t: TiedClaim, findings: readonly Finding[]): InventoryClaim {
  const { claim, verdict } = t;
  const silenced = claim.sentence.silenced;
  const shown = findings.filter((f) => silenced !== 'all' && !silenced.has(f.diagnostic.code));
  const codes = [...new Set(shown.map((f) => f.diagnostic.code))];
  const entry = verdict.status === 'untied' ? undefined : verdict.entry;
  const citation = claim.sentence.citation ?? null;
  const mismatch = shown.find((f) => f.diagnostic.expected !== undefined);
  return {
    start: claim.start,
    end: claim.end,
    kind: claim.kind,
    text: draft.text.slice(claim.start, claim.end).replace(/\s+/g, ' '),
    status: statusOf(t, codes, findings.length > shown.length || (silenced === 'all' && findings.length === 0) ? 'silenced' : 'open', citation, entry ? isSourced(entry, facts) : false),
    factId: entry?.id ?? null,
    tie: verdict.status === 'untied' ? 'none' : verdict.tie.strength,
    tiedBy: verdict.status === 'untied' ? null : verdict.tie.words,
    sources: entry ? backingSources(entry, facts) : [],
    citation,
    codes,
    ...(verdict.status === 'agrees' || verdict.status === 'disagrees' ? { factText: verdict.comparison.factText } : {}),
    ...(mismatch?.diagnostic.expected !== undefined ? { expected: mismatch.diagnostic.expected } : {}),
    sentence: { start: claim.sentence.start, end: claim.sentence.end },
  };
}

/** SPEC section 8's table, in its order of precedence. */
function statusOf(t: TiedClaim, codes: readonly Code[], directives: 'silenced' | 'open', citation: Citation | null, entrySourced: boolean): ClaimStatus {
  if (codes.some((c) => CONTRADICTS.has(c))) return 'contradicted';
  if (directives === 'silenced' && codes.length === 0) return 'ignored';
  if (codes.includes('unsourced-claim')) return 'unsourced';
  if (t.verdict.status === 'agrees' && (entrySourced || citation)) return 'confirmed';
  // Not checked against a value (no entry, or one that says nothing of it), but backed: by a citation, or by its entry's sources.
  if (citation || entrySourced) return 'cited';
  return 'unsourced';
}

/** The source ids that back an entry: its own, or for a total without its own, its parts'. */
function backingSources(entry: FactEntry, facts: FactBase, seen = new Set<string>()): string[] {
  const own = entry.sources.filter((id) => facts.entries.get(id)?.section === 'sources');
  if (own.length || entry.section !== 'totals' || seen.has(entry.id)) return own;
  seen.add(entry.id);
  const parts = entry.of.flatMap((id) => {
    const part = facts.entries.get(id);
    return part ? backingSources(part, facts, seen) : [];
  });
  return [...new Set(parts)];
}

/** The summary of a draft with no claim read (one that was not checked). */
export function emptyInventorySummary(): InventorySummary {
  return summarise([]);
}

function summarise(claims: readonly InventoryClaim[]): InventorySummary {
  const summary: InventorySummary = { claims: claims.length, contradicted: 0, confirmed: 0, cited: 0, unsourced: 0, ignored: 0 };
  for (const c of claims) summary[c.status]++;
  return summary;
}

/** "14 claims: 11 confirmed, 1 cited, 1 unsourced, 1 contradicted" (the memo's and the status bar's line). */
export function summaryLine(summary: InventorySummary): string {
  const parts = (['confirmed', 'cited', 'unsourced', 'contradicted', 'ignored'] as const).filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s}`);
  return `${summary.claims} ${summary.claims === 1 ? 'claim' : 'claims'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}
