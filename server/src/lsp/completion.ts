import { CompletionItemKind, type CompletionItem, type CompletionParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FactBase, FactEntry, Section } from '../core';
import type { Checker } from './checker';
import type { FactsCache } from './factsCache';
import { inFactDirective } from './idAtPosition';
import { baseFor } from './lookup';
import { isFactFilePath, pathOf } from './paths';

/** Which entries an id list may name (SPEC section 2). */
const LIST_TARGETS: Record<string, readonly Section[]> = {
  sources: ['sources'],
  of: ['events', 'totals', 'people'],
  events: ['events'],
};

/** Completion of ids: inside `<!-- fact: ` in a draft, and inside `sources:`, `of:`, `events:` lists in a fact file. */
export async function completion(params: CompletionParams, documents: TextDocuments<TextDocument>, checker: Checker, facts: FactsCache): Promise<CompletionItem[]> {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const text = doc.getText();
  const offset = doc.offsetAt(params.position);
  let sections: readonly Section[] | undefined;
  if (isFactFilePath(pathOf(doc.uri))) sections = listAt(text, offset);
  else if (inFactDirective(text, offset)) sections = ['events', 'people', 'totals', 'figures'];
  if (!sections) return [];
  const base = await baseFor(doc.uri, checker, facts);
  return base ? items(base, sections) : [];
}

function items(base: FactBase, sections: readonly Section[]): CompletionItem[] {
  return [...base.entries.values()].filter((e) => sections.includes(e.section)).map((e: FactEntry) => ({
    label: e.id,
    kind: e.section === 'sources' ? CompletionItemKind.Reference : CompletionItemKind.Value,
    detail: e.name ?? e.title ?? e.section,
    documentation: `${e.section}${e.date ? `, ${e.date.from}` : ''}`,
  }));
}

/** The id list the cursor is in: a flow list on the same line (`sources: [a, |`) or a block list item under the key. */
function listAt(text: string, offset: number): readonly Section[] | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const flow = /\b(sources|of|events)\s*:\s*\[[^\]]*$/.exec(before);
  if (flow) return LIST_TARGETS[flow[1]!];
  const item = /^(\s*)-\s*[a-z0-9-]*$/.exec(before);
  if (!item) return undefined;
  const indent = item[1]!.length;
  const lines = text.slice(0, lineStart).split(/\r?\n/).reverse();
  for (const line of lines) {
    const key = /^(\s*)([a-z]+)\s*:\s*$/.exec(line);
    if (key && key[1]!.length <= indent) return LIST_TARGETS[key[2]!];
    if (/^\s*-/.test(line) || !line.trim()) continue;
    return undefined;
  }
  return undefined;
}
