import * as vscode from 'vscode';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/protocol';
import { affectsClientSettings, readClientSettings } from './config';
import type { Output } from './output';
import { FACT_FILE_GLOBS, type ServerClient, type ServerState } from './serverClient';

/** The `source` the server gives its diagnostics; other linters' are not ours to count. */
export const DIAGNOSTIC_SOURCE = 'oped-facts';

const OPEN_PROBLEMS = 'workbench.actions.view.problems';

/** The two status items: the active draft's counts, and the server's state (STYLE rule 13). */
export function registerStatus(server: ServerClient, output: Output): vscode.Disposable {
  return vscode.Disposable.from(new DraftCounts(), new ServerStatus(server, output));
}

/** `✗ N ⚠ M` for the active Markdown editor: our errors and warnings in it. Hidden elsewhere. */
class DraftCounts implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('opedFacts.counts', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = 'Op-Ed Facts problems';
    this.item.command = { command: OPEN_PROBLEMS, title: 'Open Problems' };
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((changed) => changed.toString() === uri)) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsClientSettings(event)) this.update();
      }),
    ];
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown' || !readClientSettings(document.uri).enable) {
      this.item.hide();
      return;
    }
    const { errors, warnings } = countOurs(vscode.languages.getDiagnostics(document.uri));
    this.item.text = `✗ ${errors} ⚠ ${warnings}`;
    this.item.tooltip = `Op-Ed Facts: ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in this draft. Click to open the Problems panel.`;
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}

function countOurs(diagnostics: readonly vscode.Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
  }
  return { errors, warnings };
}

/** "1 error", "2 warnings", "0 drafts". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The language status item: is the server up, what went wrong, when did it last check a draft. */
class ServerStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[];
  private last: StatusParams = { state: 'ok' };
  private lastCheckAt: Date | undefined;

  constructor(
    private readonly server: ServerClient,
    private readonly output: Output,
  ) {
    const selector = [{ language: 'markdown' }, ...FACT_FILE_GLOBS.map((pattern) => ({ pattern }))];
    this.item = vscode.languages.createLanguageStatusItem('opedFacts.server', selector);
    this.item.name = 'Op-Ed Facts';
    this.subscriptions = [
      server.onDidChangeState(() => this.render()),
      server.onNotification<StatusParams>(STATUS_NOTIFICATION, (params) => this.onStatus(params)),
    ];
    this.render();
  }

  private onStatus(params: StatusParams): void {
    // Log a change of state once, not every check that repeats it.
    if (params.state !== this.last.state || params.message !== this.last.message) {
      const line = `Server status: ${params.state}${params.message ? ` (${params.message})` : ''}`;
      if (params.state === 'error') this.output.error(line);
      else if (params.state === 'warning') this.output.warn(line);
    }
    this.last = params;
    if (params.lastCheckMs !== undefined) this.lastCheckAt = new Date();
    this.render();
  }

  private render(): void {
    const view = describeState(this.server.state, this.last, this.lastCheckAt);
    this.item.text = view.text;
    this.item.detail = view.detail;
    this.item.severity = view.severity;
    this.item.busy = this.server.state === 'starting';
    this.item.command = this.server.state === 'stopped'
      ? { command: 'opedFacts.restartServer', title: 'Restart' }
      : { command: 'opedFacts.showOutput', title: 'Show Output' };
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}

function describeState(state: ServerState, last: StatusParams, lastCheckAt: Date | undefined) {
  const { Information, Warning, Error } = vscode.LanguageStatusSeverity;
  if (state === 'starting') return { text: 'Op-Ed Facts: starting', detail: 'starting the language server', severity: Information };
  if (state === 'stopped') return { text: '$(error) Op-Ed Facts: stopped', detail: 'the language server is not running', severity: Error };
  const checked = lastCheckAt && last.lastCheckMs !== undefined
    ? `last check ${Math.round(last.lastCheckMs)} ms, at ${lastCheckAt.toLocaleTimeString()}`
    : 'no draft checked yet';
  if (last.state === 'ok') return { text: '$(check) Op-Ed Facts', detail: checked, severity: Information };
  const detail = `${last.message ?? 'see the output channel'}; ${checked}`;
  return last.state === 'warning'
    ? { text: '$(warning) Op-Ed Facts', detail, severity: Warning }
    : { text: '$(error) Op-Ed Facts', detail, severity: Error };
}
