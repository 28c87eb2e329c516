/**
 * Finding the Markdown drafts under a folder: the one walk behind both
 * `oped-facts check FOLDER` and the language server's "Check all drafts in
 * the workspace" (and its Find All References). Node-only, so not in the
 * pure core.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { realPath } from './textFiles';
// A require, not an import: the bundles are CommonJS, and tinyglobby's (and
// fdir's) ESM build reads import.meta.url, which a CommonJS bundle lacks.
import tinyglobby = require('tinyglobby');

/** A draft is a `*.md` file, in any case of the extension, whose name does not start with a dot. */
const DRAFT_PATTERN = '**/*.[mM][dD]';
/** DRAFT_PATTERN for one name, for entries the walk sees but does not return. */
const DRAFT_NAME = /^[^.].*\.md$/i;

/**
 * Folders never searched: dependencies. Dot-folders (.git, .vscode ...) are
 * left out as well, by tinyglobby's `dot: false`, as dot-files are.
 */
export const NEVER_SEARCHED: readonly string[] = ['**/node_modules/**'];

export interface WalkOptions {
  /**
   * Follow symbolic links to drafts and folders, as a shell's `**` does, each
   * real folder searched once however many links lead to it. The CLI follows
   * them; the editor does not, as a link can lead out of the workspace.
   */
  followSymlinks?: boolean;
}

export interface MarkdownFiles {
  /** The drafts: regular files, absolute paths with forward slashes, sorted. */
  files: string[];
  /**
   * Entries named like drafts that are neither a folder nor a regular file
   * (a broken symbolic link, a pipe), sorted. tinyglobby leaves these out
   * without a word; a caller that must not skip a draft silently (the CLI,
   * exit 2) finds them here, without opening them: a pipe would never answer.
   */
  notFiles: string[];
}

/** The drafts under `folder`, recursively, and the entries named like drafts that are not files. */
export function markdownFilesUnder(folder: string, options: WalkOptions = {}): MarkdownFiles {
  const follow = options.followSymlinks === true;
  const oddNames = new Set<string>();
  const found = tinyglobby.globSync([DRAFT_PATTERN], {
    cwd: folder,
    absolute: true,
    dot: false,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: follow,
    ignore: [...NEVER_SEARCHED],
    fs: { readdirSync: noting(oddNames) as typeof readdirSync },
  });
  const files = found.map((path) => path.replace(/\\/g, '/')).sort();
  const notFiles = [...oddNames].filter((path) => !isFileOrFolder(path)).sort();
  if (!follow) return { files, notFiles };
  const keep = oncePerRealFolder([...files, ...notFiles], folder);
  return { files: files.filter(keep), notFiles: notFiles.filter(keep) };
}

/**
 * readdirSync as the walk calls it (with file types), noting each entry
 * named like a draft that is listed as neither a file nor a folder: a link,
 * a pipe, a socket. Only folders the walk enters are listed, so skipped
 * folders stay skipped.
 */
function noting(odd: Set<string>): (path: string, options: { withFileTypes: true }) => Dirent[] {
  return (path, options) => {
    const entries = readdirSync(path, options);
    const folder = path.replace(/\\/g, '/').replace(/\/?$/, '/');
    for (const entry of entries) {
      if (!entry.isFile() && !entry.isDirectory() && DRAFT_NAME.test(entry.name)) odd.add(folder + entry.name);
    }
    return entries;
  };
}

/** Whether a path, its links followed, is a folder or a regular file. */
function isFileOrFolder(path: string): boolean {
  try {
    const stat = statSync(path);
    return stat.isFile() || stat.isDirectory();
  } catch {
    return false;
  }
}

/**
 * Each real folder's entries under one path only: the shortest that reaches
 * it (the folder itself, where it is in the tree, rather than a link's way
 * round to it), under `root` before outside it, then in sorted order. fdir stops a loop of links (a
 * link to a parent) only after going round it once, and two links to one
 * folder list its drafts twice: each would be checked twice. fdir also lists
 * a linked folder by where it leads, so an odd entry there may be named
 * outside `root`.
 */
function oncePerRealFolder(paths: readonly string[], root: string): (path: string) => boolean {
  const inside = root.replace(/\\/g, '/').replace(/\/?$/, '/');
  const rank = (folder: string): [number, number, string] => [`${folder}/`.startsWith(inside) ? 0 : 1, folder.split('/').length, folder];
  const folders = [...new Set(paths.map(folderOf))].map(rank).sort(byRank).map(([, , folder]) => folder);
  const owners = new Map<string, string>();
  const kept = new Set<string>();
  for (const folder of folders) {
    const real = realPath(folder) ?? folder;
    if (!owners.has(real)) {
      owners.set(real, folder);
      kept.add(folder);
    }
  }
  return (path) => kept.has(folderOf(path));
}

function byRank(a: [number, number, string], b: [number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}
