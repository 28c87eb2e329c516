import { writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { MEMO_REQUEST, type MemoParams, type MemoResult } from '../../server/src/protocol';
import type { ServerClient } from './serverClient';

/**
 * "Export fact-check memo" (issue 14): the active draft's memo (SPEC section
 * 8) written next to it as `NAME.memo.md`, never over an existing file
 * without asking, then opened in the Markdown preview. Markdown, so the memo
 * reads in the editor and diffs in git; `oped-facts memo --format html`
 * makes the printable file.
 */
export async function exportMemo(server: ServerClient): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Op-Ed Facts: open a Markdown draft to export its fact-check memo.');
    return;
  }
  const memo = await server.sendRequest<MemoResult>(MEMO_REQUEST, { uri: document.uri.toString(), format: 'md' } satisfies MemoParams);
  if (!memo.ok) {
    void vscode.window.showWarningMessage(`Op-Ed Facts: no memo for this draft: ${memo.reason}.`);
    return;
  }
  const target = memoUri(document.uri);
  if (await exists(target)) {
    const replace = 'Replace';
    const answer = await vscode.window.showWarningMessage(`${target.path.slice(target.path.lastIndexOf('/') + 1)} already exists. Replace it with a new memo?`, { modal: true }, replace);
    if (answer !== replace) return;
  }
  await writeFile(target.fsPath, memo.text, 'utf8');
  await vscode.commands.executeCommand('markdown.showPreview', target);
  void vscode.window.setStatusBarMessage(`Op-Ed Facts: memo written: ${memo.summaryLine}`, 5_000);
}

/** `drafts/ashgrove-dam.md` -> `drafts/ashgrove-dam.memo.md`. */
export function memoUri(draft: vscode.Uri): vscode.Uri {
  return draft.with({ path: draft.path.replace(/(\.[^./]*)?$/, '.memo.md') });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
