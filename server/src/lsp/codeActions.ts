import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from '../protocol';
import type { DiagnosticData } from './diagnostics';

/** The source action kind of "fix all" (STYLE rule 8); the one source action we offer, so the menu holds it once. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.opedFacts`;
/** Server command behind "Add to fact file". */
export const ADD_TO_FACT_FILE_COMMAND = 'opedFacts.server.addToFactFile';

/** "Fix all": the edit that puts in every known fix, in rounds (the core's fixDraft), made by the caller for this version. */
export interface FixAll {
  edit: TextEdit;
  fixes: number;
}

/**
 * Code actions, a pure function of the diagnostics in the request and, for
 * "fix all", of the edit the server made for this version (STYLE rule 7).
 * Per diagnostic, in this order: the fix, tie to an entry, cite a source, add
 * to the fact file, stop flagging it here. Titles say what they do in a
 * writer's words (issue 11).
 */
export function codeActions(params: CodeActionParams, fixAll: FixAll | undefined): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) if (d.source === DIAGNOSTIC_SOURCE) actions.push(...quickFixes(uri, d));
  }
  if (fixAll && fixAll.fixes > 0 && wants(FIX_ALL_KIND)) {
    actions.push({
      title: `Fix all fact mismatches in this draft (${fixAll.fixes})`,
      kind: FIX_ALL_KIND,
      edit: { changes: { [uri]: [fixAll.edit] } },
    });
  }
  return actions;
}

function quickFixes(uri: string, d: Diagnostic): CodeAction[] {
  const data = (d.data ?? {}) as DiagnosticData;
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]): WorkspaceEdit => ({ changes: { [uri]: edits } });
  const about = data.about ?? 'this';
  if (data.fix) {
    actions.push({ title: data.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [data.fix.uri]: data.fix.edits } } });
  }
  const at = data.directiveAt;
  if (at) {
    for (const entry of data.tieTo ?? []) {
      actions.push({ title: `Check this sentence against "${entry.name}" (adds a hidden <!-- fact: ${entry.id} --> comment)`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit([{ range: { start: at, end: at }, newText: ` <!-- fact: ${entry.id} -->` }]) });
    }
  }
  const citeAt = data.citeAt;
  if (citeAt) {
    for (const c of data.citations ?? []) {
      const who = c.publisher ?? c.title;
      if (c.url) actions.push({ title: `Cite ${who}: add a link to the source in this sentence`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit([{ range: { start: citeAt, end: citeAt }, newText: ` ([${markdownText(who)}](${c.url}))` }]) });
    }
  }
  if (data.stub) {
    actions.push({ title: 'Add this claim to the fact file, to be sourced there', kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'Add to fact file', command: ADD_TO_FACT_FILE_COMMAND, arguments: [{ uri, stub: data.stub, line: d.range.start.line }] } });
  }
  if (at && typeof d.code === 'string') {
    actions.push({ title: `Stop flagging ${about} in this sentence (adds a hidden <!-- facts-ignore ${d.code} --> comment)`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit([{ range: { start: at, end: at }, newText: ` <!-- facts-ignore ${d.code} -->` }]) });
  }
  return actions;
}

function markdownText(s: string): string {
  return s.replace(/[[\]]/g, (c) => `\\${c}`);
}
