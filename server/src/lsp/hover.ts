import type { Diagnostic, Hover, HoverParams, Position, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checker } from './checker';
import { factCard } from './factCard';
import type { FactsCache } from './factsCache';
import { entryAt } from './lookup';

/**
 * Hover: a fact card for a claim, for the id in a `<!-- fact: id -->`, or for
 * an id in a fact file. Where the editor shows the claim's diagnostic in the
 * same hover, the card leaves the verdict to the diagnostic's message.
 */
export async function hover(params: HoverParams, documents: TextDocuments<TextDocument>, checker: Checker, facts: FactsCache, hoverShowsDiagnostics = false): Promise<Hover | null> {
  const doc = documents.get(params.textDocument.uri);
  const found = doc && (await entryAt(params, documents, checker, facts));
  if (!doc || !found) return null;
  const start = doc.positionAt(found.start);
  const end = doc.positionAt(found.end);
  const said = hoverShowsDiagnostics && (checker.drafts.get(params.textDocument.uri)?.diagnostics ?? []).some((d) => d.code !== 'unsourced-claim' && contains(d, start, end));
  return {
    contents: { kind: 'markdown', value: factCard(found.entry, found.base, said ? { ...found, status: undefined, reason: undefined } : found) },
    range: { start, end },
  };
}

/** Whether a diagnostic's range holds the claim's. */
function contains(d: Diagnostic, start: Position, end: Position): boolean {
  const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(d.range.start, start) && before(end, d.range.end);
}
