import * as vscode from 'vscode';
import { DRAFT_SUMMARY_NOTIFICATION, STATUS_NOTIFICATION, type DraftSummaryParams, type StatusParams } from '../../server/src/protocol';
import { affectsClientSettings, readClientSettings } from './config';
import type { Output } from './output';
import { FACT_FILE_GLOBS, type ServerClient, type ServerState } from './serverClient';

const OPEN_PROBLEMS = 'workbench.actions.view.problems';

/** The two status items: the active draft's counts, and the server's state (STYLE rule 13). */
export function registerStatus(server: ServerClient, output: Output): vscode.Disposable {
  return vscode.Disposable.from(new DraftCounts(server), new ServerStatus(server, output));
}

/**
 * `✓ 11 ✗ 1 ? 1` for the active Markdown draft: its claims confirmed,
 * contradicted and unsourced (issue 14: coverage at a glance, so a writer
 * sees the checker at work before anything is wrong), with the summary line
 * and the counts the CLI gives for it in the tooltip (issue 11: one count
 * everywhere); "not checked" when nothing was; a warning when its fact file
 * does not parse. Hidden elsewhere.
 */
class DraftCounts implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('opedFacts.counts', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];
  private readonly summaries = new Map<string, DraftSummaryParams>();

  constructor(server: ServerClient) {
    this.item.name = 'Op-Ed Facts problems';
    this.item.command = { command: OPEN_PROBLEMS, title: 'Open Problems' };
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      server.onNotification<DraftSummaryParams>(DRAFT_SUMMARY_NOTIFICATION, (summary) => {
        this.summaries.set(summary.uri, summary);
        if (summary.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.summaries.delete(doc.uri.toString())),
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
    const view = describeSummary(this.summaries.get(document.uri.toString()));
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.warn ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}

/** What the status item says for a draft's summary. */
export function describeSummary(summary: DraftSummaryParams | undefined): { text: string; tooltip: string; warn: boolean } {
  if (!summary) return { text: '$(sync~spin) Op-Ed Facts', tooltip: 'Op-Ed Facts: checking this draft…', warn: false };
  if (!summary.checked) return { text: '$(circle-slash) Op-Ed Facts: not checked', tooltip: `Op-Ed Facts did not check this draft: ${summary.reason ?? 'see the Problems panel'}.`, warn: true };
  const c = summary.coverage;
  const counts = c ? `✓ ${c.confirmed} ✗ ${c.contradicted} ? ${c.unsourced}` : `✗ ${summary.errors} ⚠ ${summary.warnings}`;
  const coverage = summary.coverageLine ? `${summary.coverageLine}. ` : '';
  const said = `${coverage}${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} and ${summary.information} information in this draft and its fact files (what \`oped-facts check\` reports for it). Click to open the Problems panel.`;
  if (summary.brokenFactFile) {
    return { text: `$(warning) ${counts}: ${summary.brokenFactFile} does not parse`, tooltip: `Op-Ed Facts: ${summary.brokenFactFile} does not parse, so this draft is not checked against its facts until it is mended. ${said}`, warn: true };
  }
  if (summary.withoutFacts) return { text: `${counts} (no fact file)`, tooltip: `Op-Ed Facts: this draft has no fact file, so only weekdays, its own consistency and unsourced claims are checked. "Op-Ed Facts: Start a fact file from this draft" writes one. ${said}`, warn: false };
  return { text: counts, tooltip: `Op-Ed Facts: ${said}`, warn: false };
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
