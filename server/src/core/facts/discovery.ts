/**
 * Which fact files a draft uses (SPEC section 1): the files its front matter
 * names under `facts:`, or else every fact file in the nearest folder, from
 * the draft's own folder up to the workspace root (the CLI: the filesystem
 * root), in the order of their file names.
 */
import { posix } from 'node:path';
import { CODES } from '../codes';
import type { CoreDiagnostic } from '../diagnostic';
import { readFrontMatter, type FrontMatter } from '../draft/frontMatter';
import type { FactHost } from '../host';
import { FACT_FILE_NAME } from './factFileNames';

export interface DiscoveryOptions {
  /** Where the walk up stops (the workspace folder); the filesystem root when absent. */
  root?: string;
  /** Fact files added after the discovered ones (the CLI's `--facts`, a setting). */
  extraFacts?: string[];
}

export interface FactDiscovery {
  /** Absolute paths, in merge order. */
  paths: string[];
  /** Problems with front matter `facts:`, in the draft. */
  diagnostics: CoreDiagnostic[];
}


/**
 * The fact files a draft uses, in merge order, and any problem with the
 * ones its front matter names (as diagnostics in the draft, code
 * facts-syntax). Never throws.
 */
export function factFilesForDraft(draft: { path: string; text: string }, host: FactHost, options: DiscoveryOptions = {}): FactDiscovery {
  const frontMatter = readFrontMatter(draft.text);
  const found =
    frontMatter?.facts && frontMatter.facts.length > 0
      ? namedInFrontMatter(draft, frontMatter, host)
      : { paths: nearestFactFolder(posix.dirname(draft.path), host, options.root), diagnostics: [] };
  const paths = [...new Set([...found.paths, ...(options.extraFacts ?? [])])];
  return { paths, diagnostics: found.diagnostics };
}

/** The files front matter names, relative to the draft; each one missing is a diagnostic in the draft. */
function namedInFrontMatter(draft: { path: string; text: string }, frontMatter: FrontMatter, host: FactHost): FactDiscovery {
  const folder = posix.dirname(draft.path);
  const out: FactDiscovery = { paths: [], diagnostics: [] };
  for (const written of frontMatter.facts ?? []) {
    const path = isAbsolute(written) ? posix.normalize(written) : posix.join(folder, written);
    const problem = whyNotReadable(path, host);
    if (!problem) out.paths.push(path);
    else out.diagnostics.push(inDraft(draft, frontMatter, written, `Fact file "${written}" named in front matter ${problem}`));
  }
  return out;
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

function whyNotReadable(path: string, host: FactHost): string | undefined {
  if (host.mayRead && !host.mayRead(path)) return 'is outside the workspace and is not read';
  try {
    if (host.readFile(path) !== undefined) return undefined;
    return host.listDir(path) !== undefined ? 'is a folder, not a file' : 'does not exist';
  } catch (error) {
    return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * A diagnostic on the path as written in front matter, or on the `facts:`
 * line when the path cannot be found there (e.g. written with quotes escaped).
 */
function inDraft(draft: { path: string; text: string }, frontMatter: FrontMatter, written: string, message: string): CoreDiagnostic {
  const line = frontMatter.factsAt ?? { start: frontMatter.start, end: frontMatter.start };
  const at = written ? draft.text.indexOf(written, line.start) : -1;
  const onPath = at >= 0 && at + written.length <= frontMatter.end;
  const start = onPath ? at : line.start;
  const end = onPath ? at + written.length : line.end;
  return { file: draft.path, code: 'facts-syntax', severity: CODES['facts-syntax'].severity, start, end, message };
}

/** Every fact file of the first folder that has any, walking up from `folder` to `root`. */
function nearestFactFolder(folder: string, host: FactHost, root: string | undefined): string[] {
  const stop = root === undefined ? undefined : trimSlash(root);
  for (let dir: string | undefined = trimSlash(folder); dir !== undefined; dir = parentOf(dir)) {
    if (!host.mayRead || host.mayRead(dir)) {
      const names = listed(host, dir).filter((n) => FACT_FILE_NAME.test(n));
      // Plain code-unit order: the same on every platform and locale.
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (names.length > 0) return names.map((n) => joinName(dir!, n));
    }
    if (dir === stop) break;
  }
  return [];
}

/** A folder's entries; none when it is no folder or the host fails to list it. */
function listed(host: FactHost, dir: string): string[] {
  try {
    return host.listDir(dir) ?? [];
  } catch {
    return [];
  }
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') && !/^[A-Za-z]:\/$/.test(path) ? path.slice(0, -1) : path;
}

/** The folder above, or undefined at a filesystem root ("/" or "C:/"). */
function parentOf(dir: string): string | undefined {
  if (dir === '/' || /^[A-Za-z]:\/?$/.test(dir)) return undefined;
  const cut = dir.lastIndexOf('/');
  if (cut < 0) return undefined;
  if (cut === 0) return '/';
  const parent = dir.slice(0, cut);
  return /^[A-Za-z]:$/.test(parent) ? `${parent}/` : parent;
}

function joinName(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}
