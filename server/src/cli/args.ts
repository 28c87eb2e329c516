/**
 * Command-line parsing (SPEC section 6):
 * `oped-facts check [PATH|GLOB ...] [--facts FILE]... [--format text|json|sarif]
 * [--no-color] [--quiet]`, plus `--help` and `--version`. Parsing is a pure
 * function of argv; expanding paths and globs against the disk is
 * `expandInputs`.
 */
import { readdirSync, realpathSync } from 'node:fs';
import { isFile, isFolder, toCorePath, whyUnreadable } from './fsHost';
import { displayPath } from './report';
// A require, not an import: the bundle is CommonJS, and tinyglobby's (and
// fdir's) ESM build reads import.meta.url, which a CommonJS bundle lacks.
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

export type Format = 'text' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

export interface CheckCommand {
  kind: 'check';
  /** Paths, folders and globs as given; empty means the current folder. */
  inputs: string[];
  /** `--facts FILE`, repeatable: these fact files replace discovery for every draft. */
  facts: string[];
  format: Format;
  /** False with `--no-color`; colour also needs a terminal and no NO_COLOR. */
  color: boolean;
  /** `--quiet`: report error-severity diagnostics only, no summary line, no progress. */
  quiet: boolean;
}

export type Command =
  | CheckCommand
  | { kind: 'help' }
  | { kind: 'version' }
  /** Bad usage: `message` is the one-line reason; the CLI exits 2. */
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: oped-facts check [PATH|GLOB ...] [options]

Checks Markdown op-ed drafts against their fact files. Folders are searched
for *.md (node_modules and dot-folders skipped); with no PATH, the current
folder is checked. Each draft's fact files come from its front matter
\`facts:\` or the nearest folder, walking up, that holds facts.yaml,
facts.yml, facts.json or *.facts.yaml|yml|json.

Options:
  --facts FILE           use FILE as the fact file for every draft instead of
                         discovery (repeat to merge several files)
  --format FORMAT        text (default), json or sarif
  --no-color             no colour in text output (also: NO_COLOR=1)
  --quiet                report errors only, without the summary line
  -h, --help             show this help
  --version              show the version

A file with binary content (NUL bytes) is not checked; one information
diagnostic, not-checked, says so. From 400 drafts on, idle cores check them
in parallel.

Exit status: 0 no error, 1 at least one error-severity diagnostic,
2 bad usage or an unreadable input (a *.md found in a folder that is a
broken symbolic link or a pipe is one).
`;

/** Parses argv (without node and the script). Never throws. */
export function parseArgs(argv: readonly string[]): Command {
  let command: string | undefined;
  const inputs: string[] = [];
  const facts: string[] = [];
  let format: Format = 'text';
  let color = true;
  let quiet = false;
  let help = false;
  let version = false;
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      if (command === undefined) command = arg;
      else inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };
    const noValue = (): Command | undefined =>
      inline !== undefined ? usageError(`option ${name} takes no value`) : undefined;

    switch (name) {
      case '--facts': {
        const value = takeValue();
        if (!value) return usageError('option --facts needs a file');
        facts.push(value);
        break;
      }
      case '--format': {
        const value = takeValue();
        if (!value) return usageError(`option --format needs one of ${FORMATS.join(', ')}`);
        if (!(FORMATS as readonly string[]).includes(value)) {
          return usageError(`unknown format '${value}' (expected ${FORMATS.join(', ')})`);
        }
        format = value as Format;
        break;
      }
      case '--no-color':
      case '--no-colour': {
        const bad = noValue();
        if (bad) return bad;
        color = false;
        break;
      }
      case '--quiet':
      case '-q': {
        const bad = noValue();
        if (bad) return bad;
        quiet = true;
        break;
      }
      case '--help':
      case '-h': {
        const bad = noValue();
        if (bad) return bad;
        help = true;
        break;
      }
      case '--version': {
        const bad = noValue();
        if (bad) return bad;
        version = true;
        break;
      }
      default:
        return usageError(`unknown option '${name}'`);
    }
  }

  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  if (command === undefined) return usageError("missing command (try 'oped-facts check' or 'oped-facts --help')");
  if (command === 'help') return { kind: 'help' };
  if (command !== 'check') return usageError(`unknown command '${command}' (try 'oped-facts check')`);
  return { kind: 'check', inputs, facts, format, color, quiet };
}

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}

/**
 * What the inputs expand to: drafts (absolute, forward slashes, sorted), or
 * the first input that failed (as given, or the path of an unreadable draft
 * found in it, relative to the working directory) and why.
 */
export type Expansion =
  | { ok: true; drafts: string[] }
  | { ok: false; input: string; reason: string };

/** Folders never searched: dependencies and dot-folders (.git, .vscode ...). */
function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function isDraftName(name: string): boolean {
  return name.toLowerCase().endsWith('.md');
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Every `*.md` under a folder, recursively, skipping node_modules and
 * dot-folders, or the first `*.md` that is neither a folder nor a regular file
 * (a broken symbolic link, a pipe): an unreadable input, never opened.
 */
export function draftsInFolder(folder: string): { drafts: string[]; unreadable?: string } {
  const found: string[] = [];
  const seen = new Set<string>();
  let unreadable: string | undefined;
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (unreadable !== undefined) return;
      const path = dir.endsWith('/') ? dir + name : `${dir}/${name}`;
      if (isFolder(path)) {
        if (skipFolder(name)) continue;
        // A symbolic link back up the tree would otherwise be walked forever.
        const real = realPath(path);
        if (seen.has(real)) continue;
        seen.add(real);
        walk(path);
      } else if (isDraftName(name)) {
        if (isFile(path)) found.push(path);
        else unreadable = path;
      }
    }
  };
  seen.add(realPath(folder));
  walk(folder);
  return unreadable === undefined ? { drafts: found } : { drafts: found, unreadable };
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
      ignore: ['**/node_modules/**'],
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
