import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_FACT_FILE_NAME, FACT_FILE_TEMPLATE, YAML_FACT_FILE_NAME } from './factFileTemplate';
import type { Output } from './output';

const OPEN_IT = 'Open It';
const ANOTHER_NAME = 'Use Another Name…';

/**
 * "Create a fact file from a template": writes FACT_FILE_TEMPLATE next to the
 * active draft (or in the workspace folder) and opens it. Never overwrites:
 * the write itself refuses an existing file, so there is no window between a
 * check and the write in which another file could appear.
 */
export async function createFactFile(output: Output): Promise<void> {
  const folder = await targetFolder();
  if (!folder) {
    void vscode.window.showInformationMessage('Op-Ed Facts: open a folder, or a saved Markdown draft, first. The fact file is created next to the draft, or in the folder.');
    return;
  }
  let target = vscode.Uri.joinPath(folder, DEFAULT_FACT_FILE_NAME);
  for (;;) {
    if (await writeIfNew(target)) {
      output.info(`Created ${target.fsPath} from the template`);
      await vscode.window.showTextDocument(target);
      return;
    }
    const choice = await vscode.window.showWarningMessage(
      `${vscode.workspace.asRelativePath(target)} already exists. Op-Ed Facts never overwrites a fact file.`,
      { modal: true },
      OPEN_IT,
      ANOTHER_NAME,
    );
    if (choice === OPEN_IT) await vscode.window.showTextDocument(target);
    if (choice !== ANOTHER_NAME) return;
    const name = await askName(folder);
    if (!name) return;
    target = vscode.Uri.joinPath(folder, name);
  }
}

/** The active draft's folder, else the workspace folder (asking when there are several); only on disk. */
async function targetFolder(): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.uri.scheme === 'file' && document.languageId === 'markdown') return vscode.Uri.joinPath(document.uri, '..');
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  const owner = document ? vscode.workspace.getWorkspaceFolder(document.uri) : undefined;
  if (owner?.uri.scheme === 'file') return owner.uri;
  if (folders.length <= 1) return folders[0]?.uri;
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'The folder to create the fact file in' });
  return picked?.uri.scheme === 'file' ? picked.uri : undefined;
}

/** Writes the template unless the file exists; false when it does. */
async function writeIfNew(target: vscode.Uri): Promise<boolean> {
  try {
    await writeFile(target.fsPath, FACT_FILE_TEMPLATE, { encoding: 'utf8', flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Asks for a name drafts will find (SPEC section 1) that is not taken yet. */
async function askName(folder: vscode.Uri): Promise<string | undefined> {
  const draft = vscode.window.activeTextEditor?.document;
  const stem = draft?.languageId === 'markdown' ? basename(draft.uri.fsPath, extname(draft.uri.fsPath)) : 'more';
  return vscode.window.showInputBox({
    title: 'Name of the new fact file',
    prompt: 'facts.yaml, facts.yml or NAME.facts.yaml: every such file in the folder is merged, in the order of their names.',
    value: `${stem}.facts.yaml`,
    validateInput: (name) => {
      if (!YAML_FACT_FILE_NAME.test(name)) return 'Drafts find facts.yaml, facts.yml, NAME.facts.yaml or NAME.facts.yml.';
      return existsSync(vscode.Uri.joinPath(folder, name).fsPath) ? `${name} already exists.` : undefined;
    },
  });
}
