import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { LineIndex, type FactBase, type Section } from '../core';

const KINDS: Record<Section, SymbolKind> = {
  sources: SymbolKind.File,
  events: SymbolKind.Event,
  people: SymbolKind.Object,
  totals: SymbolKind.Number,
  figures: SymbolKind.Number,
};

/** Document symbols of a fact file: one per section, its entries inside. */
export function factFileSymbols(base: FactBase, path: string): DocumentSymbol[] {
  const file = base.files.find((f) => f.path === path);
  if (!file) return [];
  const index = new LineIndex(file.text);
  const range = (start: number, end: number) => ({ start: index.positionAt(start), end: index.positionAt(end) });
  const bySection = new Map<Section, DocumentSymbol[]>();
  const spans = new Map<Section, { start: number; end: number }>();
  for (const entry of base.entries.values()) {
    if (entry.file !== path) continue;
    const list = bySection.get(entry.section) ?? [];
    list.push({ name: entry.id, detail: entry.name ?? entry.title ?? '', kind: KINDS[entry.section], range: range(entry.at.start, entry.at.end), selectionRange: range(entry.idAt.start, entry.idAt.end) });
    bySection.set(entry.section, list);
    const span = spans.get(entry.section) ?? { start: entry.at.start, end: entry.at.end };
    spans.set(entry.section, { start: Math.min(span.start, entry.at.start), end: Math.max(span.end, entry.at.end) });
  }
  return [...bySection].map(([section, children]) => {
    const span = spans.get(section)!;
    return { name: section, kind: SymbolKind.Namespace, range: range(span.start, span.end), selectionRange: range(span.start, span.start), children };
  });
}
