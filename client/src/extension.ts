import * as vscode from 'vscode';
import { ClaimsView } from './claimsView';
import { registerCommands } from './commands';
import { registerDocs } from './docs';
import { Output } from './output';
import { ServerClient } from './serverClient';
import { registerStatus } from './status';

let server: ServerClient | undefined;

/** Creates the client, the commands and the status items, then starts the server (STYLE rule 13). */
export function activate(context: vscode.ExtensionContext): void {
  const output = new Output();
  server = new ServerClient(context, output);
  context.subscriptions.push(output, server, registerCommands({ server, output }), registerStatus(server, output), registerDocs(context), new ClaimsView(server));
  // Not awaited: activation need not wait for the server, and every command answers while it is down.
  void server.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
