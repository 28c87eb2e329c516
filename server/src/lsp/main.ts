import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isCheckThread, serveCheckThread } from './checkThread';
import { startServer } from './server';

/**
 * The language server's entry (dist/server.js). The transport comes from the
 * command line: `--stdio`, `--node-ipc` or `--socket=N`. Over stdio, stdout
 * carries the protocol, so console output goes to the client's log instead
 * (STYLE rule 11). Started as a worker thread, the bundle is the server's
 * check thread for large drafts instead (checkThread.ts).
 */
if (isCheckThread()) serveCheckThread();
else serve();

function serve(): void {
  const connection = createConnection(ProposedFeatures.all);
  console.log = connection.console.log.bind(connection.console);
  console.info = connection.console.info.bind(connection.console);
  console.warn = connection.console.warn.bind(connection.console);
  console.error = connection.console.error.bind(connection.console);
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason instanceof Error ? reason.stack : reason)}`));
  process.on('uncaughtException', (error) => connection.console.error(`uncaught exception: ${String(error.stack ?? error)}`));
  startServer(connection);
}
