import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Logger } from '../core';
import {
  CHECK_PROGRESS_NOTIFICATION, CHECK_WORKSPACE_COMMAND, FACT_FILES_REQUEST, STATUS_NOTIFICATION,
  type CheckWorkspaceResult, type FactFilesParams, type FactFilesResult, type InitializationOptions, type StatusParams,
} from '../protocol';
import { addToFactFile, type AddToFactFileArgs } from './addToFactFile';
import { Checker } from './checker';
import { ADD_TO_FACT_FILE_COMMAND, codeActions, FIX_ALL_KIND } from './codeActions';
import { completion } from './completion';
import { FactsCache } from './factsCache';
import { LspHost } from './host';
import { hover } from './hover';
import { definition, references } from './navigation';
import { isFactFilePath, pathOf, uriOf } from './paths';
import { SettingsCache } from './settings';
import { factFileSymbols } from './symbols';
import { draftsUnder } from './workspaceDrafts';
import { CodeActionKind } from 'vscode-languageserver';

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
  const facts = new FactsCache(host, logger);
  let canAskConfiguration = false;
  const settings = new SettingsCache(connection, () => canAskConfiguration);
  const checker = new Checker(connection, documents, host, facts, settings, logger);
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
  let foldersChange = false;
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // Asking for folder changes from a client that cannot send them is an error on its side.
    foldersChange = params.capabilities.workspace?.workspaceFolders === true;
    const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)) ?? (params.rootUri ? [pathOf(params.rootUri)] : []);
    host.folders = folders;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (options.trusted === false) host.trusted = false;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, `${CodeActionKind.Source}.opedFacts.fixMismatches`], resolveProvider: false },
        executeCommandProvider: { commands: [CHECK_WORKSPACE_COMMAND, ADD_TO_FACT_FILE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'oped-facts', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/{facts,*.facts}.{yaml,yml,json}' }, { globPattern: '**/*.md' }],
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
    facts.clear();
    checker.recheckAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changed = params.changes.map((c) => pathOf(c.uri)).filter(isFactFilePath);
    const created = params.changes.some((c) => c.type !== FileChangeType.Changed && isFactFilePath(pathOf(c.uri)));
    if (created) facts.clear();
    if (changed.length) checker.factFilesChanged(changed);
  });

  connection.onHover(guard('hover', null, (p) => hover(p, documents, checker, facts)));
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
    const current = state && doc && state.version === doc.version ? state.diagnostics : undefined;
    return codeActions(p, current);
  }));
  connection.onRequest(FACT_FILES_REQUEST, guard('factFiles', { uris: [] } as FactFilesResult, async (p: FactFilesParams) => {
    const state = await checker.stateOf(p.uri);
    return { uris: (state?.factPaths ?? []).map(uriOf) };
  }));
  connection.onExecuteCommand(guard('executeCommand', null as unknown, async (p) => {
    if (p.command === ADD_TO_FACT_FILE_COMMAND) return addToFactFile(connection, checker, p.arguments?.[0] as AddToFactFileArgs);
    if (p.command === CHECK_WORKSPACE_COMMAND) return checkWorkspace();
    return null;
  }));

  /** Checks every draft of the workspace, open or not, and publishes the results. */
  async function checkWorkspace(): Promise<CheckWorkspaceResult> {
    const paths = host.folders.flatMap((f) => draftsUnder(f));
    const result: CheckWorkspaceResult = { drafts: 0, errors: 0, warnings: 0 };
    for (const path of paths) {
      const uri = uriOf(path);
      const state = await checker.stateOf(uri);
      result.drafts++;
      if (state) {
        for (const d of state.diagnostics) {
          if (d.severity === 1) result.errors++;
          else if (d.severity === 2) result.warnings++;
        }
        await connection.sendDiagnostics({ uri, ...(state.version !== undefined ? { version: state.version } : {}), diagnostics: state.diagnostics });
      }
      if (result.drafts % 10 === 0 || result.drafts === paths.length) void connection.sendNotification(CHECK_PROGRESS_NOTIFICATION, { done: result.drafts, total: paths.length });
      // Let edits and other requests through between drafts.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return result;
  }

  documents.listen(connection);
  connection.listen();
}

declare const __VERSION__: string | undefined;
const SERVER_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';
