/**
 * What the core needs from the world, injected (STYLE rule 3): the CLI backs
 * it with node:fs, the server with open documents first, tests with a map.
 * Paths are absolute and use forward slashes.
 */
export interface FactHost {
  /** The file's text, or undefined when it does not exist or is not a readable file. */
  readFile(path: string): string | undefined;
  /** Names (not paths) of the entries in a folder, or undefined when it is not a folder. */
  listDir(path: string): string[] | undefined;
  /** Whether the path may be read at all (untrusted workspaces refuse paths outside the workspace). */
  mayRead?(path: string): boolean;
  /**
   * A draft's text, where drafts are read by other rules than fact files
   * (the CLI reads a draft of any size, a fact file only up to its cap);
   * readFile when absent.
   */
  readDraft?(path: string): string | undefined;
  /**
   * The file's content version (an open document's version, a file's
   * modification time and size), so a cache knows a loaded fact file is
   * still current; absent where files do not change under the host.
   */
  versionOf?(path: string): string | undefined;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, where: string, data?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { log: () => undefined };

/** Shaped like LSP's CancellationToken so the server can pass its own through. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationToken = { isCancellationRequested: false };
