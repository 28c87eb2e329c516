import type { Hover, HoverParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checker } from './checker';
import { factCard } from './factCard';
import type { FactsCache } from './factsCache';
import { idAt, inFactDirective } from './idAtPosition';
import { baseFor } from './lookup';
import { isFactFilePath, pathOf } from './paths';

/** Hover: a fact card for a claim, for the id in a `<!-- fact: id -->`, or for an id in a fact file. */
export async function hover(params: HoverParams, documents: TextDocuments<TextDocument>, checker: Checker, facts: FactsCache): Promise<Hover | null> {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const offset = doc.offsetAt(params.position);
  const base = await baseFor(doc.uri, checker, facts);
  if (!base) return null;
  const id = idAt(doc, params.position);
  if (id && (isFactFilePath(pathOf(doc.uri)) || inFactDirective(doc.getText(), id.start))) {
    const entry = base.entries.get(id.id);
    if (!entry) return null;
    return { contents: { kind: 'markdown', value: factCard(entry, base) }, range: { start: doc.positionAt(id.start), end: doc.positionAt(id.end) } };
  }
  const state = await checker.stateOf(doc.uri);
  const claim = state && checker.claimAtOffset(state, offset);
  if (!claim || !claim.entryId) return null;
  const entry = base.entries.get(claim.entryId);
  if (!entry) return null;
  return { contents: { kind: 'markdown', value: factCard(entry, base, claim.status) }, range: { start: doc.positionAt(claim.start), end: doc.positionAt(claim.end) } };
}
