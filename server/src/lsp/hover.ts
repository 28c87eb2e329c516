import type { Hover, HoverParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checker } from './checker';
import { factCard } from './factCard';
import type { FactsCache } from './factsCache';
import { entryAt } from './lookup';

/** Hover: a fact card for a claim, for the id in a `<!-- fact: id -->`, or for an id in a fact file. */
export async function hover(params: HoverParams, documents: TextDocuments<TextDocument>, checker: Checker, facts: FactsCache): Promise<Hover | null> {
  const doc = documents.get(params.textDocument.uri);
  const found = doc && (await entryAt(params, documents, checker, facts));
  if (!doc || !found) return null;
  return {
    contents: { kind: 'markdown', value: factCard(found.entry, found.base, found) },
    range: { start: doc.positionAt(found.start), end: doc.positionAt(found.end) },
  };
}
