import { writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, ResponseError } from 'vscode-languageclient/node';
import {
  CHECK_PROGRESS_NOTIFICATION,
  CHECK_WORKSPACE_COMMAND,
  FACT_FILES_REQUEST,
  type CheckProgressParams,
  type CheckWorkspaceResult,
  type FactFilesParams,
  type FactFilesResult,
  START_FACT_FILE_REQUEST,
  type StartFactFileParams,
  type StartFactFileResult,
} from '../../server/src/protocol';
import { ALL_CODES, CODES } from '../../server/src/core/codes';
import { showDocs } from './docs';
import { createFactFile } from './createFactFile';
import { exportMemo } from './memoExport';
import { describe, type Output } from './output';
import { ServerNotRunningError, type ServerClient } from './serverClient';
import { plural } from './status';

/** What every command is given. */
export interface CommandContext {
  server: ServerClient;
  output: Output;
}

interface Command {
  /** As in package.json `contributes.commands` (a test keeps the two equal). */
  title: string;
  run(context: CommandContext, ...args: unknown[]): Promise<void>;
}

/**
 * Every command of the extension, in one table (STYLE rule 13). Each one
 * works, or says plainly why it cannot, while the server is down.
 */
export const COMMANDS = {
  'opedFacts.checkWorkspace': { title: 'Check all drafts in the workspace', run: checkWorkspace },
  'opedFacts.openFactFile': { title: "Open the draft's fact file", run: openFactFile },
  'opedFacts.startFactFile': { title: 'Start a fact file from this draft', run: startFactFile },
  'opedFacts.createFactFile': { title: 'Create a fact file from a template', run: ({ output }) => createFactFile(output) },
  'opedFacts.exportMemo': { title: 'Export fact-check memo', run: ({ server }) => exportMemo(server) },
  'opedFacts.showDocs': { title: 'Explain a check', run: (_context, code) => explainCheck(code) },
  'opedFacts.restartServer': { title: 'Restart the language server', run: restartServer },
  'opedFacts.showOutput': { title: 'Show the output channel', run: async ({ output }) => output.show() },
} satisfies Record<string, Command>;

export type CommandId = keyof typeof COMMANDS;

export function registerCommands(context: CommandContext): vscode.Disposable {
  const entries = Object.entries(COMMANDS) as [CommandId, Command][];
  return vscode.Disposable.from(...entries.map(([id, command]) => vscode.commands.registerCommand(id, (...args: unknown[]) => runCommand(command, context, args))));
}

/** Runs a command so that no failure is silent: a down server gets its own message, anything else is logged and shown. */
async function runCommand(command: Command, context: CommandContext, args: unknown[] = []): Promise<void> {
  try {
    await command.run(context, ...args);
  } catch (error) {
    if (isServerDown(error)) return explainServerDown(context, `"${command.title}" could not run`);
    context.output.error(`"${command.title}" failed`, error);
    const choice = await vscode.window.showErrorMessage(`Op-Ed Facts: "${command.title}" failed: ${describe(error)}`, 'Show Output');
    if (choice) context.output.show();
  }
}

function isServerDown(error: unknown): boolean {
  // -32099 is vscode-jsonrpc's ConnectionInactive: the client refused because it is not running.
  return error instanceof ServerNotRunningError || (error instanceof ResponseError && error.code === -32099);
}

async function explainServerDown({ server, output }: CommandContext, consequence: string): Promise<void> {
  const choice = await vscode.window.showWarningMessage(
    `Op-Ed Facts: the language server is not running, so ${consequence}.`,
    'Restart Server',
    'Show Output',
  );
  if (choice === 'Restart Server') await server.restart();
  if (choice === 'Show Output') output.show();
}

/** Checks every draft in the workspace on the server, with its progress, then sums up. */
async function checkWorkspace(context: CommandContext): Promise<void> {
  const { server, output } = context;
  if (!(await server.ready())) return explainServerDown(context, 'the drafts cannot be checked');
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Op-Ed Facts: checking drafts', cancellable: false },
    async (progress) => {
      let reported = 0;
      const listening = server.onNotification<CheckProgressParams>(CHECK_PROGRESS_NOTIFICATION, ({ done, total }) => {
        const percent = total > 0 ? Math.min(100, (100 * done) / total) : 100;
        progress.report({ message: `${done} of ${plural(total, 'draft')}`, increment: percent - reported });
        reported = percent;
      });
      try {
        return await server.sendRequest<CheckWorkspaceResult | null>(ExecuteCommandRequest.method, { command: CHECK_WORKSPACE_COMMAND, arguments: [] });
      } finally {
        listening.dispose();
      }
    },
  );
  if (!result) throw new Error('the server returned no result for the workspace check');
  // The counts the CLI gives for the same drafts: their diagnostics and their fact files', each file once.
  const notChecked = result.notChecked ? `; ${result.notChecked} not checked (too large or not text)` : '';
  const summary = `Checked ${plural(result.drafts - result.notChecked, 'draft')}: ${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}, ${result.information} information${notChecked}`;
  output.info(summary);
  const show = result.errors > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  if ((await show(summary, 'Open Problems')) === 'Open Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** Opens the fact file the server says the active draft uses; offers to create one when there is none. */
async function openFactFile(context: CommandContext): Promise<void> {
  const draft = vscode.window.activeTextEditor?.document;
  if (draft?.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Op-Ed Facts: open a Markdown draft first; this command opens the fact file that draft is checked against.');
    return;
  }
  if (!(await context.server.ready())) return explainServerDown(context, "the draft's fact file cannot be looked up");
  const params: FactFilesParams = { uri: draft.uri.toString() };
  const { uris } = await context.server.sendRequest<FactFilesResult>(FACT_FILES_REQUEST, params);
  if (uris.length === 0) {
    const name = vscode.workspace.asRelativePath(draft.uri);
    const choice = await vscode.window.showInformationMessage(
      `Op-Ed Facts: ${name} has no fact file: its front matter names none, and no folder above it holds facts.yaml, facts.yml, facts.json or NAME.facts.yaml.`,
      'Create Fact File',
    );
    if (choice) await createFactFile(context.output);
    return;
  }
  const uri = uris.length === 1 ? uris[0] : await pickFactFile(uris);
  if (uri) await vscode.window.showTextDocument(vscode.Uri.parse(uri));
}

async function pickFactFile(uris: string[]): Promise<string | undefined> {
  const items = uris.map((uri) => ({ label: vscode.workspace.asRelativePath(vscode.Uri.parse(uri)), uri }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'This draft merges several fact files, in this order. Which one to open?' });
  return picked?.uri;
}

async function restartServer({ server }: CommandContext): Promise<void> {
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Restarting the Op-Ed Facts language server' },
    () => server.restart(),
  );
  if (server.state === 'running') void vscode.window.showInformationMessage('Op-Ed Facts: the language server has restarted.');
}

/**
 * "Start a fact file from this draft": the server plans it (as `oped-facts
 * init` does: the draft's own values, no sources, never over an existing
 * file), the client writes it to disk with a write that refuses to
 * overwrite, and opens it.
 */
async function startFactFile(context: CommandContext): Promise<void> {
  const draft = vscode.window.activeTextEditor?.document;
  if (draft?.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Op-Ed Facts: open a Markdown draft first; this command starts a fact file from the draft you have open.');
    return;
  }
  if (!(await context.server.ready())) return explainServerDown(context, 'no fact file can be started');
  const params: StartFactFileParams = { uri: draft.uri.toString() };
  const result = await context.server.sendRequest<StartFactFileResult>(START_FACT_FILE_REQUEST, params);
  if (!result.ok) {
    void vscode.window.showWarningMessage(`Op-Ed Facts did not start a fact file: ${result.reason}.`);
    return;
  }
  const target = vscode.Uri.parse(result.uri);
  try {
    // "wx": the write itself refuses a file that appeared since the server looked, so nothing is ever overwritten.
    await writeFile(target.fsPath, result.text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    void vscode.window.showWarningMessage(`Op-Ed Facts did not write ${vscode.workspace.asRelativePath(target)}: ${describe(error)}.`);
    return;
  }
  await vscode.window.showTextDocument(target);
  const what = [plural(result.events, 'event'), result.people === 1 ? '1 person' : `${result.people} people`, plural(result.figures, 'figure')].join(', ');
  context.output.info(`Started ${target.fsPath}: ${what}`);
  void vscode.window.showInformationMessage(`Op-Ed Facts started ${vscode.workspace.asRelativePath(target)} with ${what}, holding the values as the draft states them. Add a source to each entry to confirm it.`);
}

/** "Explain a check": its section of the README, for the code given (a diagnostic's link) or one picked. */
async function explainCheck(code: unknown): Promise<void> {
  const chosen = typeof code === 'string' ? code : (await vscode.window.showQuickPick(ALL_CODES.map((c) => ({ label: c, description: CODES[c].summary })), { placeHolder: 'Which check?' }))?.label;
  if (chosen) await showDocs(chosen);
}
