import type { Connection, WorkspaceEdit } from 'vscode-languageserver';
import { insertEntry, LineIndex, type ClaimValues, type FactBase, type NewEntry, type Section } from '../core';
import type { Checker } from './checker';
import { pathOf, uriOf } from './paths';

export interface AddToFactFileArgs {
  uri: string;
  stub: ClaimValues;
}

const SECTION_OF: Record<ClaimValues['kind'], Section> = { casualty: 'events', date: 'events', age: 'people', figure: 'figures', name: 'people' };

/**
 * "Add to fact file": writes a stub entry holding the claim's values into the
 * draft's first fact file (or a new facts.yaml beside the draft), then opens
 * it at the new entry so the writer can name it and add a source. The edit
 * comes from the core's fact-file editor, which keeps the file parsing and
 * schema-valid and its line endings as they are.
 */
export async function addToFactFile(connection: Connection, checker: Checker, args: AddToFactFileArgs): Promise<void> {
  const state = await checker.stateOf(args.uri);
  const draftPath = pathOf(args.uri);
  const target = state?.factPaths[0] ?? `${draftPath.slice(0, draftPath.lastIndexOf('/'))}/facts.yaml`;
  const base = state?.facts;
  const existing = base?.files.find((f) => f.path === target)?.text;
  const section = SECTION_OF[args.stub.kind];
  const id = freshId(base, `new-${section === 'people' ? 'person' : section.replace(/s$/, '')}`);
  const insert = insertEntry(target, existing ?? '', section, stubEntry(id, args.stub), state && /\r\n/.test(state.text) ? '\r\n' : '\n');
  if (!insert.ok) {
    void connection.window.showWarningMessage(`Op-Ed Facts did not change ${target.split('/').pop()}: ${insert.reason}.`);
    return;
  }
  const uri = uriOf(target);
  const index = new LineIndex(existing ?? '');
  const edits = insert.edits.map((e) => ({ range: { start: index.positionAt(e.start), end: index.positionAt(e.end) }, newText: e.newText }));
  const edit: WorkspaceEdit = existing === undefined
    ? { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits }] }
    : { changes: { [uri]: edits } };
  const applied = await connection.workspace.applyEdit({ label: 'Add to fact file', edit });
  if (!applied.applied) {
    void connection.window.showWarningMessage(`Op-Ed Facts could not write to ${target}${applied.failureReason ? `: ${applied.failureReason}` : ''}.`);
    return;
  }
  const line = insert.line;
  const column = insert.text.split(/\r\n|\r|\n/)[line]!.indexOf(id);
  await connection.window.showDocument({ uri, takeFocus: true, selection: { start: { line, character: column }, end: { line, character: column + id.length } } });
}

function freshId(base: FactBase | undefined, stem: string): string {
  for (let n = 1; ; n++) if (!base?.entries.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

const NAME_PROMPT: Record<ClaimValues['kind'], string> = { casualty: 'Name this event', date: 'Name this event', age: 'Name this person', figure: 'Name this figure', name: '' };

/** The stub entry for a claim: its values as the draft states them, no source yet. */
export function stubEntry(id: string, says: ClaimValues): NewEntry {
  const fields: Record<string, unknown> = { name: says.kind === 'name' ? says.name : NAME_PROMPT[says.kind] };
  switch (says.kind) {
    case 'casualty': fields[says.casualty] = { [says.group]: says.count }; break;
    case 'date': fields['date'] = says.to ? { from: says.from, to: says.to } : says.from; break;
    case 'age': fields['age'] = says.age; break;
    case 'figure': fields['value'] = says.value; fields['unit'] = says.unit; break;
    case 'name': break;
  }
  fields['sources'] = [];
  return { id, fields, sourcesComment: 'add the source that confirms it' };
}
