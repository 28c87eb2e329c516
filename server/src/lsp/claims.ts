/**
 * The fact-checker's desk in the server (issue 14): a draft's claim
 * inventory for the `opedFacts/claims` request (the Claims view, and any
 * editor that asks), and a quiet ✓ inlay hint after each confirmed claim.
 * Both read the draft's last check; the core made the inventory with its
 * diagnostics.
 */
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { claimsAsJson, emptyInventorySummary, LineIndex, renderMemo, summaryLine, type ClaimInfo, type InventoryClaim } from '../core';
import type { ClaimsResult, MemoParams, MemoResult } from '../protocol';
import type { Checker, DraftState } from './checker';
import { factCard } from './factCard';
import { pathOf, uriOf } from './paths';

/** The inventory of a draft's last check, as SPEC section 8's JSON gives each claim, with its fact card. */
export function claimsOf(state: DraftState): ClaimsResult {
  const inventory = state.result.inventory;
  if (!inventory) return { uri: state.uri, checked: false, facts: [], claims: [], summary: emptyInventorySummary(), summaryLine: 'not checked' };
  const index = new LineIndex(state.text);
  const json = claimsAsJson(inventory.claims, index);
  const claims = json.map((c, i) => {
    const claim = inventory.claims[i]!;
    return { ...c, range: { start: index.positionAt(claim.start), end: index.positionAt(claim.end) }, ...cardOf(state, claim, state.result.claims[i]), ...(claim.expected !== undefined ? { expected: claim.expected } : {}) };
  });
  return { uri: state.uri, checked: true, facts: state.factPaths.map(uriOf), claims, summary: inventory.summary, summaryLine: summaryLine(inventory.summary) };
}

/** The fact card of a claim's entry, as the hover shows it (Markdown). */
function cardOf(state: DraftState, claim: InventoryClaim, same: ClaimInfo | undefined): { card?: string } {
  const entry = claim.factId ? state.facts.entries.get(claim.factId) : undefined;
  if (!entry) return {};
  // The core makes the claim infos and the inventory from the same tied claims, in the same order: the info at the same index is this claim's (a search per claim was quadratic on a large draft).
  const info = same && same.start === claim.start && same.end === claim.end ? same : undefined;
  return { card: factCard(entry, state.facts, { ...(info ? { claim: info, status: info.status, ...(info.reason ? { reason: info.reason } : {}) } : {}), written: claim.text }) };
}

/** A ✓ after each confirmed claim in the range asked for; its tooltip says what confirmed it. */
export async function confirmationHints(params: InlayHintParams, checker: Checker, enabled: (uri: string) => Promise<boolean>): Promise<InlayHint[]> {
  const uri = params.textDocument.uri;
  if (!(await enabled(uri))) return [];
  const state = await checker.stateOf(uri);
  const inventory = state?.result.inventory;
  if (!state || !inventory) return [];
  const index = new LineIndex(state.text);
  const from = index.offsetAt(params.range.start);
  const to = index.offsetAt(params.range.end);
  return inventory.claims
    .filter((c) => c.status === 'confirmed' && c.end >= from && c.end <= to)
    .map((c) => ({ position: index.positionAt(c.end), label: '✓', kind: InlayHintKind.Type, paddingLeft: true, tooltip: tooltipOf(c, state) }));
}

function tooltipOf(claim: InventoryClaim, state: DraftState): string {
  const entry = claim.factId ? state.facts.entries.get(claim.factId) : undefined;
  const sources = claim.sources.map((id) => state.facts.entries.get(id)).map((s) => s?.publisher ?? s?.title ?? s?.id).filter(Boolean);
  const what = claim.factText ?? entry?.name ?? claim.factId ?? 'its entry';
  return `Confirmed by the fact file: ${what}${entry?.name ? ` ("${entry.name}")` : ''}${sources.length ? `; source: ${sources.join(', ')}` : ''}.`;
}

/** The fact-check memo of a draft's last check, with paths shown relative to its workspace folder. */
export function memoOf(state: DraftState, format: MemoParams['format'], folders: readonly string[]): MemoResult {
  const path = pathOf(state.uri);
  const root = folders.find((f) => path.startsWith(`${f}/`));
  const show = (p: string): string => (root && p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p);
  const text = renderMemo({ path, text: state.text, factPaths: state.factPaths, facts: state.facts, diagnostics: state.draftDiagnostics, result: state.result }, format, show);
  if (text === undefined || !state.result.inventory) return { ok: false, reason: 'the draft was not checked, so there is no claim to list' };
  return { ok: true, text, summaryLine: summaryLine(state.result.inventory.summary) };
}
