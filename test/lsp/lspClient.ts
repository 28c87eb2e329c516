import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type Diagnostic, type PublishDiagnosticsParams, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

const SERVER = resolve(__dirname, '../../dist/server.js');

/**
 * A language client for tests: starts the bundled server as a child process
 * and speaks LSP to it over stdio, as an editor would.
 */
export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  settings: Record<string, unknown> = {};
  readonly stderr: string[] = [];
  /** Requests the server made of the editor (applyEdit, showDocument). */
  readonly requests: { method: string; params: unknown }[] = [];
  /** Every other notification from the server (log messages, status, progress). */
  readonly notifications: { method: string; params: unknown }[] = [];

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/applyEdit', (p: unknown) => {
      this.requests.push({ method: 'workspace/applyEdit', params: p });
      return { applied: true };
    });
    this.connection.onRequest('window/showDocument', (p: unknown) => {
      this.requests.push({ method: 'window/showDocument', params: p });
      return { success: true };
    });
    for (const method of ['window/logMessage', 'window/showMessage', 'opedFacts/status', 'opedFacts/checkProgress', 'opedFacts/draftSummary']) {
      this.connection.onNotification(method, (params: unknown) => {
        this.notifications.push({ method, params });
        for (const w of this.waiters.splice(0)) w();
      });
    }
    this.connection.listen();
  }

  async initialize(folder: string, initializationOptions: Record<string, unknown> = {}, folders: string[] = [folder]): Promise<void> {
    await this.connection.sendRequest('initialize', {
      initializationOptions,
      processId: process.pid,
      rootUri: URI.file(folder).toString(),
      workspaceFolders: folders.map((f, i) => ({ uri: URI.file(f).toString(), name: `folder-${i}` })),
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  open(path: string, text: string, languageId = 'markdown', version = 1): string {
    const uri = URI.file(path).toString();
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return uri;
  }

  change(uri: string, version: number, text: string): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Waits (event-driven, no sleeps) until a publishDiagnostics matches. */
  async diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (let seen = 0; ;) {
      for (; seen < this.published.length; seen++) {
        const p = this.published[seen]!;
        if (p.uri === uri && accept(p)) return p;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolveWait) => {
        const timer = setTimeout(resolveWait, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolveWait();
        });
      });
    }
  }

  /** Waits (event-driven) until a notification of `method` matches. */
  async notification<T>(method: string, accept: (params: T) => boolean, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (let seen = 0; ;) {
      for (; seen < this.notifications.length; seen++) {
        const n = this.notifications[seen]!;
        if (n.method === method && accept(n.params as T)) return n.params as T;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching ${method} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolveWait) => {
        const timer = setTimeout(resolveWait, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolveWait();
        });
      });
    }
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    this.child.kill();
  }
}

/**
 * Hovers on `beside` every 25 ms until `uri`'s diagnostics are published;
 * those diagnostics, and how long each hover waited in milliseconds, sorted
 * (issue 12: the server must answer while a large draft is checked).
 */
export async function hoverWhileChecked(client: TestClient, uri: string, beside: string, timeoutMs = 120_000): Promise<{ diagnostics: Diagnostic[]; waits: number[] }> {
  let published = false;
  const done = client.diagnostics(uri, () => true, timeoutMs).then((p) => {
    published = true;
    return p;
  });
  const waits: number[] = [];
  while (!published) {
    const started = performance.now();
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: beside }, position: { line: 0, character: 11 } });
    waits.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 25));
  }
  return { diagnostics: (await done).diagnostics, waits: waits.sort((a, b) => a - b) };
}
