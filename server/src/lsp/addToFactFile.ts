import type { Connection, WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex, type ClaimValues, type FactBase } from '../core';
import type { Checker } from './checker';
import { pathOf, uriOf } from './paths';

export interface AddToFactFileArgs {
  uri: string;
  stub: ClaimValues;
}

const SECTION_OF: Record<ClaimValues['kind'], string> = { casualty: 'events', date: 'events', age: 'people', figure: 'figures', name: 'people' };

/**
 * "Add to fact file": writes a stub entry holding the claim's values into the
 * draft's first fact file (or a new facts.yaml beside the draft), then opens
 * it at the new entry so the writer can name it and add a source.
 */
export async function addToFactFile(connection: Connection, checker: Checker, args: AddToFactFileArgs): Promise<void> {
  const state = await checker.stateOf(args.uri);
  const draftPath = pathOf(args.uri);
  const target = state?.factPaths[0] ?? `${draftPath.slice(0, draftPath.lastIndexOf('/'))}/facts.yaml`;
  const base = state?.facts;
  const existing = base?.files.find((f) => f.path === target)?.text;
  const section = SECTION_OF[args.stub.kind];
  const id = freshId(base, `new-${section === 'people' ? 'person' : section.replace(/s$/, '')}`);
  const entry = stubYaml(id, args.stub);
  const uri = uriOf(target);
  const { edit, line } = existing === undefined ? createEdit(uri, section, entry) : insertEdit(uri, existing, section, entry);
  const applied = await connection.workspace.applyEdit({ label: 'Add to fact file', edit });
  if (!applied.applied) {
    void connection.window.showWarningMessage(`Op-Ed Facts could not write to ${target}${applied.failureReason ? `: ${applied.failureReason}` : ''}.`);
    return;
  }
  await connection.window.showDocument({ uri, takeFocus: true, selection: { start: { line, character: 2 }, end: { line, character: 2 + id.length } } });
}

function freshId(base: FactBase | undefined, stem: string): string {
  for (let n = 1; ; n++) if (!base?.entries.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** The stub entry, indented for its section. */
export function stubYaml(id: string, says: ClaimValues): string {
  const lines = [`  ${id}:`, `    name: ${says.kind === 'name' ? says.name : 'TODO: name this entry'}`];
  switch (says.kind) {
    case 'casualty': lines.push(`    ${says.casualty}: {${says.group}: ${says.count}}`); break;
    case 'date': lines.push(says.to ? `    date: {from: ${says.from}, to: ${says.to}}` : `    date: ${says.from}`); break;
    case 'age': lines.push(`    age: ${says.age}`); break;
    case 'figure': lines.push(`    value: ${says.value}`, `    unit: ${says.unit}`); break;
    case 'name': break;
  }
  lines.push('    sources: []   # TODO: add the source this comes from');
  return `${lines.join('\n')}\n`;
}

function createEdit(uri: string, section: string, entry: string): { edit: WorkspaceEdit; line: number } {
  const text = `version: 1\n${section}:\n${entry}`;
  return {
    edit: { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] }] },
    line: 2,
  };
}

function insertEdit(uri: string, text: string, section: string, entry: string): { edit: WorkspaceEdit; line: number } {
  const index = new LineIndex(text);
  const header = new RegExp(`^${section}:[ \\t]*(?:#.*)?$`, 'm').exec(text);
  let offset: number;
  let newText: string;
  if (header) {
    // After the section's last line: the next top-level key, or the end.
    const next = /^\S/m.exec(text.slice(header.index + header[0].length + 1));
    offset = next ? header.index + header[0].length + 1 + next.index : text.length;
    newText = (offset === text.length && !text.endsWith('\n') ? '\n' : '') + entry;
  } else {
    offset = text.length;
    newText = `${text.endsWith('\n') ? '' : '\n'}${section}:\n${entry}`;
  }
  const at = index.positionAt(offset);
  const line = at.line + newText.slice(0, newText.indexOf('  ')).split('\n').length - 1;
  return { edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText }] } }, line };
}
