/**
 * The `oped-facts` command (SPEC section 6): argv in, exit code out. Every
 * draft goes through the same core calls as in the editor (STYLE rule 4):
 * factFilesForDraft, loadFacts, checkDraft. Exit 0 when no diagnostic is an
 * error, 1 when one is, 2 for bad usage or an unreadable input.
 */
import pkg from '../../../package.json';
import {
  checkDraft,
  factFilesForDraft,
  loadFacts,
  type CoreDiagnostic,
  type FactBase,
  type FactHost,
} from '../core';
import { expandInputs, parseArgs, USAGE, type CheckCommand } from './args';
import { formatJson } from './format/json';
import { formatSarif, type ToolInfo } from './format/sarif';
import { formatText } from './format/text';
import { createFsHost, isFile, toCorePath, whyUnreadable } from './fsHost';
import { displayPath, type Report, type ReportFile } from './report';

/** An output stream as the CLI uses it (process.stdout / process.stderr, or a test double). */
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutStream;
  stderr: OutStream;
  /** Where drafts and fact files are read from; node:fs when absent. */
  host?: FactHost;
}

/** Above this many drafts a terminal shows a progress line. */
const PROGRESS_THRESHOLD = 20;

function projectUri(): string {
  const repo = pkg.repository?.url ?? '';
  return repo.replace(/^git\+/, '').replace(/\.git$/, '');
}

const TOOL: ToolInfo = {
  name: 'oped-facts',
  version: pkg.version,
  informationUri: projectUri(),
  readmeUri: `${projectUri()}/blob/main/README.md`,
};

/** Runs the CLI and returns its exit code; writes only through `io`. */
export function run(argv: readonly string[], io: CliIo): number {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return 0;
    case 'version':
      io.stdout.write(`${TOOL.version}\n`);
      return 0;
    case 'usage-error':
      return fail(io, command.message);
    case 'check':
      return check(command, io);
  }
}

/** A one-line reason on stderr and exit 2 (SPEC section 6). */
function fail(io: CliIo, message: string): number {
  io.stderr.write(`oped-facts: ${message}\n`);
  return 2;
}

function check(command: CheckCommand, io: CliIo): number {
  const { cwd } = io;
  const expansion = expandInputs(command.inputs, cwd);
  if (!expansion.ok) {
    return expansion.reason === 'no drafts match'
      ? fail(io, `no drafts match '${expansion.input}'`)
      : fail(io, `cannot read ${expansion.input}: ${expansion.reason}`);
  }
  const givenFacts = command.facts.map((f) => toCorePath(f, cwd));
  for (const [i, path] of givenFacts.entries()) {
    if (!isFile(path)) return fail(io, `cannot read ${command.facts[i]}: ${whyUnreadable(path)}`);
  }

  const host = io.host ?? createFsHost({ cacheListings: true });
  const drafts = expansion.drafts;
  const progress = progressLine(io, command.quiet ? 0 : drafts.length);
  const found = checkAll(drafts, givenFacts, host, cwd, progress.update);
  progress.done();
  if (!found.ok) return fail(io, `cannot read ${displayPath(found.path, cwd)}: ${whyUnreadable(found.path)}`);

  const report = found.report;
  const hasError = report.files.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
  if (command.quiet) {
    for (const file of report.files) file.diagnostics = file.diagnostics.filter((d) => d.severity === 'error');
  }
  switch (command.format) {
    case 'json':
      io.stdout.write(formatJson(report));
      break;
    case 'sarif':
      io.stdout.write(formatSarif(report, TOOL));
      break;
    case 'text':
      io.stdout.write(formatText(report, { color: useColor(command, io), summary: !command.quiet }));
      break;
  }
  return hasError ? 1 : 0;
}

type CheckOutcome = { ok: true; report: Report } | { ok: false; path: string };

/**
 * Checks every draft. Drafts that use the same fact files share one
 * FactBase, and a fact file's diagnostics are listed once, under the fact
 * file, however many drafts use it (SPEC section 6).
 */
function checkAll(
  drafts: readonly string[],
  givenFacts: readonly string[],
  host: FactHost,
  cwd: string,
  onProgress: (done: number) => void,
): CheckOutcome {
  const texts = new Map<string, string>();
  const files = new Map<string, ReportFile>();
  const bases = new Map<string, FactBase>();
  const seen = new Set<string>();

  const fileFor = (path: string): ReportFile => {
    let file = files.get(path);
    if (!file) {
      file = { path, display: displayPath(path, cwd), facts: [], diagnostics: [] };
      files.set(path, file);
    }
    return file;
  };
  const add = (d: CoreDiagnostic): void => {
    const key = `${d.file}\u0000${d.start}\u0000${d.end}\u0000${d.code}\u0000${d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    fileFor(d.file).diagnostics.push(d);
  };

  for (const [i, path] of drafts.entries()) {
    const text = host.readFile(path);
    if (text === undefined) return { ok: false, path };
    const draft = { path, text };
    texts.set(path, text);
    const draftFile = fileFor(path);

    const discovery =
      givenFacts.length > 0 ? { paths: [...givenFacts], diagnostics: [] } : factFilesForDraft(draft, host);
    const key = discovery.paths.join('\n');
    let base = bases.get(key);
    if (!base) {
      base = loadFacts(discovery.paths, host);
      bases.set(key, base);
      for (const factFile of base.files) {
        if (!texts.has(factFile.path)) texts.set(factFile.path, factFile.text);
        fileFor(factFile.path);
      }
      for (const d of base.diagnostics) add(d);
    }
    draftFile.facts = discovery.paths;

    const result = checkDraft(draft, base);
    for (const d of discovery.diagnostics) add(d);
    for (const d of result.diagnostics) add(d);
    onProgress(i + 1);
  }

  for (const file of files.values()) {
    // Discovery's and the checks' diagnostics merge into one list in order of
    // position; the sort is stable, so the core's own order stands on ties.
    file.diagnostics.sort((a, b) => a.start - b.start);
  }
  const sorted = [...files.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { ok: true, report: { files: sorted, texts, cwd } };
}

/** Colour: asked for (no --no-color), allowed (no NO_COLOR) and a terminal, or FORCE_COLOR. */
function useColor(command: CheckCommand, io: CliIo): boolean {
  if (!command.color) return false;
  if (io.env['NO_COLOR']) return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}

/**
 * `checked 120/2000 drafts`, rewritten in place with \r, only on a terminal
 * and only for runs long enough to need it; nothing on stderr otherwise.
 */
function progressLine(io: CliIo, total: number): { update: (done: number) => void; done: () => void } {
  if (!io.stderr.isTTY || total <= PROGRESS_THRESHOLD) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(done: number): void {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      io.stderr.write(`\rchecked ${done}/${total} drafts`);
    },
    done(): void {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}

// Run when executed (dist/cli.js), not when imported.
if (require.main === module) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`oped-facts check | head`): stop quietly.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = run(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  } catch (error) {
    process.stderr.write(`oped-facts: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
