import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../../server/src/protocol';
import { diagnosticsMiddleware } from './diagnosticsView';
import { OUTPUT_NAME, describe, type Output } from './output';
import { MAX_RESTARTS, RestartPolicy } from './restartPolicy';

/** The fact files a draft may use (SPEC section 1); the server hears of their changes on disk. */
export { FACT_FILE_GLOBS } from '../../server/src/core/facts/factFileNames';
import { FACT_FILE_GLOBS } from '../../server/src/core/facts/factFileNames';

/** What the status items show of the server. */
export type ServerState = 'starting' | 'running' | 'stopped';

/** Thrown by `sendRequest` while there is no server to answer, so commands can say so plainly. */
export class ServerNotRunningError extends Error {
  constructor() {
    super('The Op-Ed Facts language server is not running.');
  }
}

type Listener = (params: unknown) => void;

/**
 * The language server as the rest of the client sees it: one object that
 * outlives any one `LanguageClient`. A client whose start failed cannot be
 * started again (vscode-languageclient keeps its rejected start promise), so
 * a restart by hand makes a new one; listeners and state events carry over.
 */
export class ServerClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private current: ServerState = 'stopped';
  private readonly policy = new RestartPolicy();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  private readonly watchers: vscode.FileSystemWatcher[];
  private readonly trustGranted: vscode.Disposable;

  /** Fires when the server starts, runs or stops (including a crash). */
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: Output,
  ) {
    this.watchers = FACT_FILE_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
    // The server learns of trust only when it starts, so granting trust restarts it.
    this.trustGranted = vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart());
  }

  get state(): ServerState {
    return this.current;
  }

  /** Starts the server unless it is already up; never throws (a failure is logged and shown). */
  async start(): Promise<void> {
    if (this.client) return;
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    if (!existsSync(serverModule)) {
      this.fail(`The language server is missing from the extension (${serverModule}). Reinstall Op-Ed Facts.`);
      return;
    }
    const client = this.create(serverModule);
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      if (this.client !== client) return;
      this.client = undefined;
      await client.dispose().catch(() => undefined);
      // vscode-languageclient has already shown an error for this, with a way to the output; a second would be noise.
      this.output.error('The Op-Ed Facts language server did not start; "Op-Ed Facts: Restart the language server" tries again', error);
      this.setState('stopped');
    }
  }

  /** Stops the server if it runs and starts a fresh one, with the crash count cleared. */
  async restart(): Promise<void> {
    this.policy.reset();
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.setState('stopped');
    if (!client) return;
    // vscode-languageclient cannot stop a client while it starts (it throws and the server lives on), so let it come up first.
    if (client.state === State.Starting) await client.start().catch(() => undefined);
    // A client that never came up throws here too; it is gone either way.
    await client.dispose().catch((error: unknown) => this.output.info(`Stopping the server: ${describe(error)}`));
  }

  /** Whether the server can answer: waits for one that is starting, so a command run right after activation is not turned away. */
  async ready(): Promise<boolean> {
    if (this.current === 'starting') await this.client?.start().catch(() => undefined);
    return this.current === 'running';
  }

  /** Sends a request to the running server; throws ServerNotRunningError when there is none. */
  sendRequest<R>(method: string, params: unknown): Promise<R> {
    if (!this.client || this.current !== 'running') return Promise.reject(new ServerNotRunningError());
    return this.client.sendRequest<R>(method, params);
  }

  /** Listens to a server notification, across restarts. */
  onNotification<P>(method: string, listener: (params: P) => void): vscode.Disposable {
    let set = this.listeners.get(method);
    if (!set) {
      set = new Set();
      this.listeners.set(method, set);
      this.client?.onNotification(method, (params: unknown) => this.dispatch(method, params));
    }
    const entry = listener as Listener;
    set.add(entry);
    return new vscode.Disposable(() => set.delete(entry));
  }

  async dispose(): Promise<void> {
    await this.stop();
    for (const watcher of this.watchers) watcher.dispose();
    this.trustGranted.dispose();
    this.stateEmitter.dispose();
  }

  private create(serverModule: string): LanguageClient {
    const run = { module: serverModule, transport: TransportKind.ipc };
    const serverOptions: ServerOptions = { run, debug: { ...run, options: { execArgv: ['--nolazy', '--inspect=6009'] } } };
    // The id is the settings section, so the client reads `opedFacts.trace.server` by itself.
    const client = new LanguageClient(SETTINGS_SECTION, 'Op-Ed Facts', serverOptions, this.clientOptions());
    client.onDidChangeState((event) => {
      if (this.client === client) this.setState(publicState(event.newState));
    });
    for (const method of this.listeners.keys()) client.onNotification(method, (params: unknown) => this.dispatch(method, params));
    return client;
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'markdown' },
        ...FACT_FILE_GLOBS.map((pattern) => ({ scheme: 'file', pattern })),
      ],
      synchronize: { fileEvents: this.watchers },
      // Untrusted, the server reads no file outside the workspace folders (server/src/lsp/host.ts).
      initializationOptions: { trusted: vscode.workspace.isTrusted, hoverShowsDiagnostics: true },
      outputChannel: this.output.channel,
      // Output.error reveals the channel once; the client's own reveal would do it on every error.
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: this.errorHandler(),
      // Each diagnostic's code links to its section of the README shipped with the extension.
      middleware: diagnosticsMiddleware,
    };
  }

  /** Restarts after a crash up to MAX_RESTARTS times in three minutes, saying so each time. */
  private errorHandler(): ErrorHandler {
    return {
      error: (error, _message, count): ErrorHandlerResult => {
        this.output.error('The connection to the Op-Ed Facts language server failed', error);
        // A few bad messages are survivable; a stream of them means the connection is gone.
        return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
      },
      closed: (): CloseHandlerResult => {
        const decision = this.policy.onCrash(Date.now());
        if (decision.restart) {
          const message = `The Op-Ed Facts language server stopped unexpectedly and is being restarted (${decision.restarts} of ${MAX_RESTARTS} restarts allowed in 3 minutes). Details are in the "${OUTPUT_NAME}" output channel.`;
          this.output.error(message);
          void this.offerOutput(vscode.window.showWarningMessage(message, 'Show Output'));
          return { action: CloseAction.Restart, handled: true };
        }
        const message = `The Op-Ed Facts language server crashed ${decision.crashes} times in 3 minutes and will not be restarted. Details are in the "${OUTPUT_NAME}" output channel; "Op-Ed Facts: Restart the language server" tries again.`;
        this.fail(message);
        return { action: CloseAction.DoNotRestart, message, handled: true };
      },
    };
  }

  /** Logs, marks the server stopped and shows an error with the way out. */
  private fail(message: string, error?: unknown): void {
    this.output.error(message, error);
    this.setState('stopped');
    void vscode.window.showErrorMessage(message, 'Show Output', 'Restart').then((choice) => {
      if (choice === 'Show Output') this.output.show();
      if (choice === 'Restart') void this.restart();
    });
  }

  private async offerOutput(answer: Thenable<string | undefined>): Promise<void> {
    if ((await answer) === 'Show Output') this.output.show();
  }

  private dispatch(method: string, params: unknown): void {
    for (const listener of this.listeners.get(method) ?? []) {
      try {
        listener(params);
      } catch (error) {
        this.output.error(`Handling ${method}`, error);
      }
    }
  }

  private setState(state: ServerState): void {
    if (state === this.current) return;
    this.current = state;
    this.stateEmitter.fire(state);
  }
}

function publicState(state: State): ServerState {
  if (state === State.Running) return 'running';
  return state === State.Starting ? 'starting' : 'stopped';
}
