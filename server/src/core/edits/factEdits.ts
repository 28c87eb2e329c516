/**
 * Edits the extension and the CLI make to a fact file: adding an entry to a
 * section. Every edit leaves the file parsing and schema-valid (issue 11):
 * values are written by js-yaml's own serializer, so anything that needs
 * quoting is quoted; the entry goes where the section is, in the section's
 * own style (block, flow or JSON); the file's line endings are kept; and a
 * file that does not parse is not touched.
 */
// js-yaml's CommonJS build, as the fact-file loader uses it.
import jsYaml = require('js-yaml');
import type { TextEdit } from '../diagnostic';
import { parseFactFile } from '../facts/parseFactFile';
import type { Section } from '../facts/factBase';
import type { YamlTree, YNode } from '../facts/yamlTree';

/** An entry to add: its id and its fields, in the order they are written. */
export interface NewEntry {
  id: string;
  fields: Record<string, unknown>;
  /** A comment for the entry's `sources:` line ("add the source that confirms it"); YAML only. */
  sourcesComment?: string;
}

export type EntryInsert =
  | { ok: true; edits: TextEdit[]; /** The 0-based line of the new entry's id, after the edit. */ line: number; /** The file's text after the edit. */ text: string }
  | { ok: false; reason: string };

/** The edit that adds `entry` to `section` of the fact file at `path` whose text is `text` (empty for a new file). */
export function insertEntry(path: string, text: string, section: Section, entry: NewEntry, newFileEol: '\n' | '\r\n' = '\n'): EntryInsert {
  const json = /\.json$/i.test(path);
  // The file's own line ends; a new file takes those of the draft it is made for (`newFileEol`).
  const eol = /\r\n/.test(text) ? '\r\n' : text.trim() === '' ? newFileEol : '\n';
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    const whole = json ? jsonFile(section, entry) : `version: 1${eol}${section}:${eol}${blockEntry(entry, '  ', eol)}`;
    return done(text, entry.id, [{ start: 0, end: text.length, newText: whole }]);
  }
  const parsed = parseFactFile(path, text);
  if (!parsed.ok) return { ok: false, reason: `the fact file does not parse (${parsed.error.message}); mend it first` };
  const tree = parsed.tree;
  if (tree.root < 0 || tree.kind(tree.root) !== 'map') return { ok: false, reason: 'the fact file is not a map of sections' };
  const value = tree.get(tree.root, section);
  if (json) return jsonInsert(text, tree, value, section, entry, eol);
  if (value < 0) return appendSection(text, section, entry, eol);
  if (tree.kind(value) === 'map') return tree.isFlow(value) ? flowInsert(text, tree, value, entry) : blockInsert(text, tree, value, entry, eol);
  if (tree.kind(value) === 'scalar' && tree.value(value) === null) return nullInsert(text, tree, value, entry, eol);
  return { ok: false, reason: `"${section}:" in the fact file is not a map of entries` };
}

/** The edits, the text after them, and the line of the new id (a fresh id, so its first appearance). */
function done(text: string, id: string, edits: TextEdit[]): EntryInsert {
  let after = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) after = after.slice(0, e.start) + e.newText + after.slice(e.end);
  const at = new RegExp(`(?:^|[\\s{,])"?${id}"?:`).exec(after);
  const line = at ? after.slice(0, at.index + at[0].length).split(/\r\n|\r|\n/).length - 1 : 0;
  return { ok: true, edits, line, text: after };
}

/** The entry as YAML block lines, each starting with `indent`, ending with a line end. */
export function blockEntry(entry: NewEntry, indent: string, eol: string): string {
  const body = jsYaml.dump({ [entry.id]: entry.fields }, { lineWidth: -1, noRefs: true, flowLevel: 2 }).trimEnd().split('\n');
  const lines = body.map((l) => `${indent}${l}`);
  if (entry.sourcesComment) {
    const i = lines.findIndex((l) => /^\s+sources: \[\]$/.test(l));
    if (i >= 0) lines[i] = `${lines[i]}   # ${entry.sourcesComment}`;
  }
  return lines.join(eol) + eol;
}

/** The entry as one flow mapping pair: `id: {name: ..., sources: []}`. */
function flowPair(entry: NewEntry): string {
  return `${entry.id}: ${jsYaml.dump(entry.fields, { flowLevel: 0, lineWidth: -1 }).trim()}`;
}

/** After the last entry of a block section, at the indentation of its entries. */
function blockInsert(text: string, tree: YamlTree, map: YNode, entry: NewEntry, eol: string): EntryInsert {
  const firstKey = tree.firstKey(map, true);
  const indent = firstKey >= 0 ? ' '.repeat(columnOf(text, tree.start(firstKey))) : '  ';
  const end = lineEndAfter(text, tree.end(map));
  const prefix = end === text.length && !/[\r\n]$/.test(text) ? eol : '';
  return done(text, entry.id, [{ start: end, end, newText: prefix + blockEntry(entry, indent, eol) }]);
}

/** Into `events: {}` or `events: {a: {...}}`: a pair before the closing brace. */
function flowInsert(text: string, tree: YamlTree, map: YNode, entry: NewEntry): EntryInsert {
  const close = text.lastIndexOf('}', tree.end(map));
  const empty = tree.pairCount(map) === 0;
  return done(text, entry.id, [{ start: close, end: close, newText: `${empty ? '' : ', '}${flowPair(entry)}` }]);
}

/** `events:` with nothing after it: the entry on the lines below. */
function nullInsert(text: string, tree: YamlTree, value: YNode, entry: NewEntry, eol: string): EntryInsert {
  const at = lineEndAfter(text, tree.start(value));
  // An explicit null ("events: ~", "events: null") is replaced; an empty value is only added to.
  const written = text.slice(tree.start(value), tree.end(value));
  const edits: TextEdit[] = [];
  if (/\S/.test(written)) edits.push({ start: tree.start(value), end: tree.end(value), newText: '' });
  const prefix = at === text.length && !/[\r\n]$/.test(text) ? eol : '';
  edits.push({ start: at, end: at, newText: prefix + blockEntry(entry, '  ', eol) });
  return done(text, entry.id, edits.sort((a, b) => a.start - b.start));
}

/** A new section at the end of the file. */
function appendSection(text: string, section: Section, entry: NewEntry, eol: string): EntryInsert {
  const prefix = /[\r\n]$/.test(text) ? '' : eol;
  return done(text, entry.id, [{ start: text.length, end: text.length, newText: `${prefix}${section}:${eol}${blockEntry(entry, '  ', eol)}` }]);
}

/** A whole JSON fact file holding one entry. */
function jsonFile(section: Section, entry: NewEntry): string {
  return `${JSON.stringify({ version: 1, [section]: { [entry.id]: entry.fields } }, null, 2)}\n`;
}

/** Into a JSON file: the pair before the section's closing brace, or a new section before the file's. */
function jsonInsert(text: string, tree: YamlTree, value: YNode, section: Section, entry: NewEntry, eol: string): EntryInsert {
  const pair = (key: string, v: unknown, indent: string): string => `${indent}${JSON.stringify(key)}: ${JSON.stringify(v, null, 2).split('\n').join(`${eol}${indent}`)}`;
  if (value >= 0) {
    if (tree.kind(value) !== 'map') return { ok: false, reason: `"${section}" in the fact file is not an object of entries` };
    const close = text.lastIndexOf('}', tree.end(value) - 1);
    const empty = tree.pairCount(value) === 0;
    const before = text.slice(0, close).replace(/\s+$/, '');
    const insertAt = before.length;
    return done(text, entry.id, [{ start: insertAt, end: close, newText: `${empty ? '' : ','}${eol}${pair(entry.id, entry.fields, '    ')}${eol}  ` }]);
  }
  const close = text.lastIndexOf('}', tree.end(tree.root) - 1);
  const before = text.slice(0, close).replace(/\s+$/, '');
  const empty = tree.pairCount(tree.root) === 0;
  return done(text, entry.id, [{ start: before.length, end: close, newText: `${empty ? '' : ','}${eol}${pair(section, { [entry.id]: entry.fields }, '  ')}${eol}` }]);
}

function columnOf(text: string, offset: number): number {
  return offset - (Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1);
}

/** The offset just after the line end that follows `offset` (or the text's end). */
function lineEndAfter(text: string, offset: number): number {
  const m = /\r\n|\r|\n/g;
  m.lastIndex = offset;
  const found = m.exec(text);
  return found ? found.index + found[0].length : text.length;
}
