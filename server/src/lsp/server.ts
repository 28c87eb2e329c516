import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Logger } from '../core';
import {
  CHECK_PROGRESS_NOTIFICATION, CLAIMS_REQUEST, MEMO_REQUEST, TOOL_NAME, type ClaimsParams, type ClaimsResult, type MemoParams, type MemoResult, CHECK_WORKSPACE_COMMAND, DRAFT_SUMMARY_NOTIFICATION, FACT_FILES_REQUEST, START_FACT_FILE_REQUEST, STATUS_NOTIFICATION,
  type CheckWorkspaceResult, type DraftSummaryParams, type FactFilesParams, type FactFilesResult, type InitializationOptions,
  type StartFactFileParams, type StartFactFileResult, type StatusParams,
} from '../protocol';
import { addToFactFile, type AddToFactFileArgs } from './addToFactFile';
import { Checker, type DraftState } from './checker';
import { ADD_TO_FACT_FILE_COMMAND, codeActions, FIX_ALL_KIND, type FixAll } from './codeActions';
import { completion } from './completion';
import { CheckThread } from './checkThread';
import { claimsOf, confirmationHints, memoOf } from './claims';
import { FactsCache } from './factsCache';
import { LspHost } from './host';
import { hover } from './hover';
import { definition, references } from './navigation';
import { isFactFilePath, pathOf, uriOf } from './paths';
import { SettingsCache } from './settings';
import { factFileSymbols } from './symbols';
import { draftsUnder } from './workspaceDrafts';
import { CodeActionKind } from 'vscode-languageserver';
import { countBySeverity } from './diagnostics';
import { FACT_FILE_GLOBS, fixDraft, LineIndex, planStartFactFile } from '../core';

/**
 * Wires the language server: documents, checks, and one handler per LSP
 * feature. Every handler catches its errors, logs them, answers empty and
 * tells the client (STYLE rule 10); the work lives in the feature files.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const logger: Logger = {
    log: (level, where, data) => {
      const line = `[${level}] ${where}${data ? ` ${JSON.stringify(data)}` : ''}`;
      if (level === 'error') connection.console.error(line);
      else if (level === 'warn') connection.console.warn(line);
      else if (level === 'info') connection.console.info(line);
      else connection.console.log(line);
    },
  };
  const host = new LspHost(documents);
  // Large drafts and fact files are worked on here, off the event loop; the server bundle is its own worker script.
  const thread = new CheckThread(__filename);
  const facts = new FactsCache(host, logger, thread);
  let canAskConfiguration = false;
  let hoverShowsDiagnostics = false;
  const settings = new SettingsCache(connection, () => canAskConfiguration);
  const checker = new Checker(connection, documents, host, facts, settings, logger, thread);
  const status = (params: StatusParams): void => void connection.sendNotification(STATUS_NOTIFICATION, params);
  checker.onChecked = (ms) => status({ state: 'ok', lastCheckMs: ms });

  /** Runs a handler; a failure is logged, reported as status and answered with `fallback`. */
  const guard = <P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>) => async (params: P): Promise<R> => {
    try {
      return await handler(params);
    } catch (error) {
      logger.log('error', name, { error: String(error instanceof Error ? error.stack : error) });
      status({ state: 'warning', message: `${name} failed: ${error instanceof Error ? error.message : String(error)}` });
      return fallback;
    }
  };

  let watchRegistration = false;
  let canRefreshHints = false;
  // A draft's ✓ hints follow its check, which ends after the editor asked for them: it is asked again.
  const refreshHints = (): void => {
    if (canRefreshHints) void connection.languages.inlayHint.refresh();
  };
  checker.onPublished = refreshHints;
  let foldersChange = false;
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    canRefreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // Asking for folder changes from a client that cannot send them is an error on its side.
    foldersChange = params.capabilities.workspace?.workspaceFolders === true;
    const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)) ?? (params.rootUri ? [pathOf(params.rootUri)] : []);
    host.folders = folders;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (options.trusted === false) host.trusted = false;
    hoverShowsDiagnostics = options.hoverShowsDiagnostics === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [CHECK_WORKSPACE_COMMAND, ADD_TO_FACT_FILE_COMMAND] },
        inlayHintProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: TOOL_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [...FACT_FILE_GLOBS.map((globPattern) => ({ globPattern })), { globPattern: '**/*.md' }],
      });
    }
    if (foldersChange) connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => pathOf(f.uri)));
      host.folders = [...host.folders.filter((f) => !removed.has(f)), ...event.added.map((f) => pathOf(f.uri))];
      facts.clear();
      checker.recheckAll();
    });
  });

  documents.onDidOpen((e) => checker.schedule(e.document));
  documents.onDidChangeContent((e) => {
    if (isFactFilePath(pathOf(e.document.uri))) checker.factFilesChanged([pathOf(e.document.uri)]);
    else checker.schedule(e.document);
  });
  documents.onDidClose((e) => {
    checker.closed(e.document.uri);
    settings.forget(e.document.uri);
    // A fact file closed unsaved: drafts go back to what is on disk.
    if (isFactFilePath(pathOf(e.document.uri))) checker.factFilesChanged([pathOf(e.document.uri)]);
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    refreshHints();
    facts.clear();
    checker.recheckAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changed = params.changes.map((c) => pathOf(c.uri)).filter(isFactFilePath);
    const created = params.changes.some((c) => c.type !== FileChangeType.Changed && isFactFilePath(pathOf(c.uri)));
    if (created) facts.clear();
    if (changed.length) checker.factFilesChanged(changed);
  });

  connection.onHover(guard('hover', null, (p) => hover(p, documents, checker, facts, hoverShowsDiagnostics)));
  connection.onDefinition(guard('definition', null, (p) => definition(p, documents, checker, facts)));
  connection.onReferences(guard('references', [], (p) => references(p, documents, checker, facts, host.folders)));
  connection.onCompletion(guard('completion', [], (p) => completion(p, documents, checker, facts)));
  connection.onDocumentSymbol(guard('documentSymbol', [], (p) => {
    const path = pathOf(p.textDocument.uri);
    return isFactFilePath(path) ? factFileSymbols(facts.get(checker.factFilesOfFolder(path)), path) : [];
  }));
  connection.onCodeAction(guard('codeAction', [], (p) => {
    const state = checker.drafts.get(p.textDocument.uri);
    const doc = documents.get(p.textDocument.uri);
    const current = state && doc && state.version === doc.version ? state : undefined;
    const wantsFixAll = !p.context.only || p.context.only.some((k) => FIX_ALL_KIND.startsWith(k));
    return codeActions(p, current && wantsFixAll ? fixAllOf(current) : undefined);
  }));
  connection.onRequest(START_FACT_FILE_REQUEST, guard('startFactFile', { ok: false, reason: 'the server could not read the draft' } as StartFactFileResult, async (p: StartFactFileParams) => startFactFileFor(p.uri)));
  connection.onRequest(CLAIMS_REQUEST, guard('claims', null as ClaimsResult | null, async (p: ClaimsParams) => {
    const state = await checker.stateOf(p.uri);
    return state ? claimsOf(state) : null;
  }));
  connection.onRequest(MEMO_REQUEST, guard('memo', { ok: false, reason: 'the server could not make the memo' } as MemoResult, async (p: MemoParams) => {
    const state = await checker.stateOf(p.uri);
    return state ? memoOf(state, p.format, host.folders) : { ok: false, reason: 'the draft could not be read' };
  }));
  connection.languages.inlayHint.on(guard('inlayHint', [], (p) => confirmationHints(p, checker, async (uri) => (await settings.get(uri)).confirmationHints)));
  connection.onRequest(FACT_FILES_REQUEST, guard('factFiles', { uris: [] } as FactFilesResult, async (p: FactFilesParams) => {
    const state = await checker.stateOf(p.uri);
    return { uris: (state?.factPaths ?? []).map(uriOf) };
  }));
  connection.onExecuteCommand(guard('executeCommand', null as unknown, async (p) => {
    if (p.command === ADD_TO_FACT_FILE_COMMAND) return addToFactFile(connection, checker, p.arguments?.[0] as AddToFactFileArgs);
    if (p.command === CHECK_WORKSPACE_COMMAND) return checkWorkspace();
    return null;
  }));

  /**
   * "Fix all" for a draft's checked version: the core's fixDraft puts in the
   * fixes in rounds (names first, then dates, then weekdays, then the rest, checking again
   * after each), so a fix whose reason another fix removes is never applied
   * (issue 12); the result is one edit over the stretch that changed.
   */
  function fixAllOf(state: DraftState): FixAll | undefined {
    if (!state.result.diagnostics.some((d) => d.fix)) return undefined;
    const fixed = fixDraft({ path: pathOf(state.uri), text: state.text }, state.facts);
    if (!fixed.applied.length || fixed.text === state.text) return undefined;
    const before = state.text;
    let start = 0;
    while (start < before.length && start < fixed.text.length && before[start] === fixed.text[start]) start++;
    let end = 0;
    while (end < before.length - start && end < fixed.text.length - start && before[before.length - 1 - end] === fixed.text[fixed.text.length - 1 - end]) end++;
    const index = new LineIndex(before);
    return {
      fixes: fixed.applied.length,
      edit: { range: { start: index.positionAt(start), end: index.positionAt(before.length - end) }, newText: fixed.text.slice(start, fixed.text.length - end) },
    };
  }

  /** A fact file started from a draft (the core's plan, as `oped-facts init` makes it); the client writes it. */
  async function startFactFileFor(uri: string): Promise<StartFactFileResult> {
    const state = await checker.stateOf(uri);
    if (!state) return { ok: false, reason: 'the draft could not be read' };
    const path = pathOf(uri);
    const root = host.folders.find((f) => path.startsWith(`${f}/`));
    const show = (p: string): string => (root && p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p.slice(p.lastIndexOf('/') + 1));
    const plan = planStartFactFile({ path, text: state.text }, { usesFacts: state.factPaths, exists: (p) => host.readFile(p) !== undefined || host.listDir(p) !== undefined, show });
    if (!plan.ok) return { ok: false, reason: plan.reason };
    return { ok: true, uri: uriOf(plan.target), text: plan.started.text, ...plan.started.counts };
  }

  /** Checks every draft of the workspace, open or not, and publishes the results. */
  async function checkWorkspace(): Promise<CheckWorkspaceResult> {
    const paths = host.folders.flatMap((f) => draftsUnder(f));
    const result: CheckWorkspaceResult = { drafts: 0, errors: 0, warnings: 0, information: 0, notChecked: 0 };
    // Counted as the CLI counts: each draft's own diagnostics, and each fact file's once, however many drafts use it.
    const factFiles = new Map<string, DraftSummaryParams>();
    for (const path of paths) {
      const uri = uriOf(path);
      const state = await checker.stateOf(uri);
      result.drafts++;
      if (state) {
        if (!state.summary.checked) result.notChecked++;
        const own = countBySeverity([state.diagnostics]);
        result.errors += own.errors;
        result.warnings += own.warnings;
        result.information += own.information;
        for (const file of state.facts.files) factFiles.set(file.path, checker.factFileCounts(file.path));
        await connection.sendDiagnostics({ uri, ...(state.version !== undefined ? { version: state.version } : {}), diagnostics: state.diagnostics });
        void connection.sendNotification(DRAFT_SUMMARY_NOTIFICATION, state.summary);
      }
      if (result.drafts % 10 === 0 || result.drafts === paths.length) void connection.sendNotification(CHECK_PROGRESS_NOTIFICATION, { done: result.drafts, total: paths.length });
      // Let edits and other requests through between drafts.
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const counts of factFiles.values()) {
      result.errors += counts.errors;
      result.warnings += counts.warnings;
      result.information += counts.information;
    }
    return result;
  }

  documents.listen(connection);
  connection.listen();
}

declare const __VERSION__: string | undefined;
const SERVER_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';
