import type { Location, ReferenceParams, TextDocumentPositionParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type FactBase, type FactEntry } from '../core';
import type { Checker } from './checker';
import type { FactsCache } from './factsCache';
import { entryAt } from './lookup';
import { isFactFilePath, pathOf, uriOf } from './paths';
import { draftsUnder } from './workspaceDrafts';

/** Go to definition: the entry's id in its fact file. */
export async function definition(params: TextDocumentPositionParams, documents: TextDocuments<TextDocument>, checker: Checker, facts: FactsCache): Promise<Location | null> {
  const found = await entryAt(params, documents, checker, facts);
  return found ? locationOf(found.entry, found.base) : null;
}

function locationOf(entry: FactEntry, base: FactBase): Location {
  const text = base.files.find((f) => f.path === entry.idAt.file)?.text ?? '';
  const index = new LineIndex(text);
  return { uri: uriOf(entry.idAt.file), range: { start: index.positionAt(entry.idAt.start), end: index.positionAt(entry.idAt.end) } };
}

/** Find references: the claims tied to the entry, and its directives, in open drafts and the workspace's Markdown files. */
export async function references(params: ReferenceParams, documents: TextDocuments<TextDocument>, checker: Checker, facts: FactsCache, folders: readonly string[]): Promise<Location[]> {
  const found = await entryAt(params, documents, checker, facts);
  if (!found) return [];
  const { entry, base } = found;
  const uris = new Set<string>(documents.all().filter((d) => !isFactFilePath(pathOf(d.uri)) && d.languageId === 'markdown').map((d) => d.uri));
  for (const folder of folders) for (const path of draftsUnder(folder)) uris.add(uriOf(path));
  const locations: Location[] = params.context.includeDeclaration ? [locationOf(entry, base)] : [];
  const directive = new RegExp(`<!--\\s*fact\\s*:[^>]*?\\b(${entry.id})\\b`, 'g');
  for (const uri of uris) {
    const state = await checker.stateOf(uri);
    if (!state || !state.facts.entries.has(entry.id)) continue;
    const index = new LineIndex(state.text);
    const at = (start: number, end: number): Location => ({ uri, range: { start: index.positionAt(start), end: index.positionAt(end) } });
    for (const c of state.result.claims) if (c.entryId === entry.id) locations.push(at(c.start, c.end));
    for (const m of state.text.matchAll(directive)) {
      const start = m.index! + m[0].length - entry.id.length;
      locations.push(at(start, start + entry.id.length));
    }
  }
  return locations;
}
