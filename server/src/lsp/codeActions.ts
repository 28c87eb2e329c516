import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { DiagnosticData } from './diagnostics';

/** The source action kind of "fix all" (STYLE rule 8). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.opedFacts`;
/** Server command behind "Add to fact file". */
export const ADD_TO_FACT_FILE_COMMAND = 'opedFacts.server.addToFactFile';

/**
 * Code actions, a pure function of the diagnostics in the request and, for
 * "fix all", of the diagnostics published for this version (STYLE rule 7).
 * Per diagnostic, in this order: the fix, tie to an entry, cite a source, add
 * to the fact file, ignore the code here.
 */
export function codeActions(params: CodeActionParams, published: readonly Diagnostic[] | undefined): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) if (d.source === 'oped-facts') actions.push(...quickFixes(uri, d));
  }
  const all = fixAll(uri, published ?? []);
  if (all && wants(FIX_ALL_KIND)) actions.push({ ...all, kind: FIX_ALL_KIND });
  if (all && wants(CodeActionKind.Source)) actions.push({ ...all, title: 'Fix all fact mismatches in this draft', kind: `${CodeActionKind.Source}.opedFacts.fixMismatches` });
  return actions;
}

function quickFixes(uri: string, d: Diagnostic): CodeAction[] {
  const data = (d.data ?? {}) as DiagnosticData;
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]): WorkspaceEdit => ({ changes: { [uri]: edits } });
  if (data.fix) {
    actions.push({ title: data.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [data.fix.uri]: data.fix.edits } } });
  }
  const at = data.sentenceEnd;
  if (at) {
    for (const entry of data.tieTo ?? []) {
      actions.push({ title: `Tie this sentence to "${entry.name}" (<!-- fact: ${entry.id} -->)`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit([{ range: { start: at, end: at }, newText: ` <!-- fact: ${entry.id} -->` }]) });
    }
    for (const c of data.citations ?? []) {
      const who = c.publisher ?? c.title;
      if (c.url) actions.push({ title: `Cite ${who} as a link`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit([{ range: { start: at, end: at }, newText: ` ([${markdownText(who)}](${c.url}))` }]) });
    }
    if (data.stub) {
      actions.push({ title: 'Add this claim to the fact file', kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'Add to fact file', command: ADD_TO_FACT_FILE_COMMAND, arguments: [{ uri, stub: data.stub, line: d.range.start.line }] } });
    }
    if (typeof d.code === 'string') {
      actions.push({ title: `Ignore ${d.code} in this sentence`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit([{ range: { start: at, end: at }, newText: ` <!-- facts-ignore ${d.code} -->` }]) });
    }
  }
  return actions;
}

/** Every fix of the published diagnostics, applied together (they never overlap: one per claim). */
function fixAll(uri: string, published: readonly Diagnostic[]): CodeAction | undefined {
  const edits: TextEdit[] = [];
  for (const d of published) {
    const fix = (d.data as DiagnosticData | undefined)?.fix;
    if (fix && fix.uri === uri) edits.push(...fix.edits);
  }
  if (!edits.length) return undefined;
  return { title: `Fix ${edits.length} fact mismatch${edits.length === 1 ? '' : 'es'}`, edit: { changes: { [uri]: edits } } };
}

function markdownText(s: string): string {
  return s.replace(/[[\]]/g, (c) => `\\${c}`);
}
