/**
 * Turning the CLI's PATH|GLOB arguments into drafts on disk: folders are
 * searched for `*.md` by the walk the language server uses too, globs
 * expanded with tinyglobby.
 */
import { markdownFilesUnder, NEVER_SEARCHED } from '../disk/draftFiles';
import { isFile, isFolder, toCorePath, whyUnreadable } from './fsHost';
import { displayPath } from './report';
// A require, not an import: the bundle is CommonJS, and tinyglobby's (and
// fdir's) ESM build reads import.meta.url, which a CommonJS bundle lacks.
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

/**
 * What the inputs expand to: drafts (absolute, forward slashes, sorted), or
 * the first input that failed (as given, or the path of an unreadable draft
 * found in it, relative to the working directory) and why.
 */
export type Expansion =
  | { ok: true; drafts: string[] }
  | { ok: false; input: string; reason: string };

function isDraftName(name: string): boolean {
  return name.toLowerCase().endsWith('.md');
}

/**
 * Every draft under a folder, symbolic links followed as a shell would, or
 * the first `*.md` there that is neither a folder nor a regular file (a
 * broken symbolic link, a pipe): an unreadable input, never opened.
 */
function draftsInFolder(folder: string): { drafts: string[]; unreadable?: string } {
  const { files, notFiles } = markdownFilesUnder(folder, { followSymlinks: true });
  return notFiles.length > 0 ? { drafts: files, unreadable: notFiles[0]! } : { drafts: files };
}

/**
 * Turns PATH|GLOB arguments into drafts. A path that exists is taken as it
 * is (a file is a draft whatever its name; a folder is searched); otherwise
 * a glob pattern is expanded (matched folders are searched, matched files
 * kept when they are `.md`). A plain path that does not exist, a pattern
 * that matches no draft, and a `*.md` found in a folder or by a pattern that
 * is neither a folder nor a regular file (a broken symbolic link, a pipe),
 * are unreadable inputs.
 */
export function expandInputs(inputs: readonly string[], cwd: string): Expansion {
  const drafts = new Set<string>();
  const given = inputs.length > 0 ? inputs : ['.'];
  for (const input of given) {
    const path = toCorePath(input, cwd);
    if (isFolder(path)) {
      const inFolder = draftsInFolder(path);
      if (inFolder.unreadable !== undefined) return unreadableDraft(inFolder.unreadable, cwd);
      for (const draft of inFolder.drafts) drafts.add(draft);
      continue;
    }
    if (isFile(path)) {
      drafts.add(path);
      continue;
    }
    const pattern = input.replace(/\\/g, '/');
    if (!isDynamicPattern(pattern)) return { ok: false, input, reason: whyUnreadable(path) };
    const matches = globSync([pattern], {
      cwd,
      absolute: true,
      dot: false,
      onlyFiles: false,
      expandDirectories: false,
      ignore: [...NEVER_SEARCHED],
    });
    const matched: string[] = [];
    for (const match of matches.sort()) {
      const abs = toCorePath(match.replace(/\/$/, ''), cwd);
      if (isFolder(abs)) {
        const inFolder = draftsInFolder(abs);
        if (inFolder.unreadable !== undefined) return unreadableDraft(inFolder.unreadable, cwd);
        matched.push(...inFolder.drafts);
      } else if (isDraftName(abs)) {
        if (!isFile(abs)) return unreadableDraft(abs, cwd);
        matched.push(abs);
      }
    }
    if (matched.length === 0) return { ok: false, input, reason: 'no drafts match' };
    for (const draft of matched) drafts.add(draft);
  }
  return { ok: true, drafts: [...drafts].sort() };
}

function unreadableDraft(path: string, cwd: string): Expansion {
  return { ok: false, input: displayPath(path, cwd), reason: whyUnreadable(path) };
}
