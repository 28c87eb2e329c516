import type { TextDocumentPositionParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimInfo, FactBase, FactEntry } from '../core';
import type { Checker } from './checker';
import type { FactsCache } from './factsCache';
import { idAt, inFactDirective } from './idAtPosition';
import { isFactFilePath, pathOf } from './paths';

/**
 * Finds the fact base that answers for a document: a draft's own (from its
 * last check), or, for a fact file, the base of its folder.
 */
export async function baseFor(uri: string, checker: Checker, facts: FactsCache): Promise<FactBase | undefined> {
  const path = pathOf(uri);
  if (isFactFilePath(path)) return facts.get(checker.factFilesOfFolder(path));
  return (await checker.stateOf(uri))?.facts;
}

/** The entry a position points at, and the words that point at it. */
export interface EntryAtPosition {
  entry: FactEntry;
  base: FactBase;
  start: number;
  end: number;
  /** How the claim under the position stands, when it is a claim. */
  status?: ClaimInfo['status'];
  /** Why the claim is held to the entry (a name, the paragraph, a total). */
  reason?: string;
  /** The claim under the position, when the position is on one. */
  claim?: ClaimInfo;
  /** The claim's words as the draft writes them. */
  written?: string;
}

/**
 * The entry a position points at (for hover, definition and references): an
 * id in a fact file or in a `<!-- fact: id -->`, or the entry a claim is tied to.
 */
export async function entryAt(params: TextDocumentPositionParams, documents: TextDocuments<TextDocument>, checker: Checker, facts: FactsCache): Promise<EntryAtPosition | undefined> {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return undefined;
  const base = await baseFor(doc.uri, checker, facts);
  if (!base) return undefined;
  const id = idAt(doc, params.position);
  if (id && (isFactFilePath(pathOf(doc.uri)) || inFactDirective(doc.getText(), id.start))) {
    const entry = base.entries.get(id.id);
    return entry && { entry, base, start: id.start, end: id.end };
  }
  const state = await checker.stateOf(doc.uri);
  const claim = state && checker.claimAtOffset(state, doc.offsetAt(params.position));
  const entry = claim?.entryId ? base.entries.get(claim.entryId) : undefined;
  return entry && claim && {
    entry, base, start: claim.start, end: claim.end, status: claim.status, claim, written: state!.text.slice(claim.start, claim.end),
    ...(claim.reason && claim.kind !== 'name' ? { reason: claim.reason } : {}),
  };
}
