import * as vscode from 'vscode';

/** The output channel's name, also quoted in messages that point to it. */
export const OUTPUT_NAME = 'Op-Ed Facts';

/**
 * The one log of the extension (STYLE rule 11): the client's own lines and
 * the server's, which vscode-languageclient writes into the same channel.
 * Shown by itself once, at the first error, so a failure is seen without the
 * channel jumping forward on every later one.
 */
export class Output implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;
  private revealed = false;

  constructor() {
    this.channel = vscode.window.createOutputChannel(OUTPUT_NAME, { log: true });
  }

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  /** Logs an error and, the first time only, brings the channel forward (keeping the editor's focus). */
  error(message: string, error?: unknown): void {
    this.channel.error(error === undefined ? message : `${message}: ${describe(error)}`);
    if (this.revealed) return;
    this.revealed = true;
    this.channel.show(true);
  }

  show(): void {
    this.channel.show();
  }

  dispose(): void {
    this.channel.dispose();
  }
}

/** An error as one line: its message, not `[object Object]`. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
