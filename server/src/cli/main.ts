/**
 * The `oped-facts` command (SPEC section 6): argv in, exit code out. Every
 * draft goes through the same core calls as in the editor (STYLE rule 4), in
 * DraftChecker; many drafts are split across worker threads (workers.ts).
 * Exit 0 when no diagnostic is an error, 1 when one is, 2 for bad usage or an
 * unreadable input.
 */
import { availableParallelism, loadavg } from 'node:os';
import pkg from '../../../package.json';
import { summaryLine, type FactHost } from '../core';
import { TOOL_NAME } from '../protocol';
import { parseArgs, USAGE, type CheckCommand, type ClaimsCommand, type MemoCommand } from './args';
import { hasError, inventoriesOf, renderClaims, memoOf, writeMemo, type DraftClaims } from './claims';
import { fixDrafts } from './fix';
import { initFactFile } from './init';
import { expandInputs } from './inputs';
import { DraftChecker, type CheckedDraft, type CheckSettings } from './draftChecker';
import type { ToolInfo } from './format/sarif';
import { createFsHost, isFile, toCorePath, whyUnreadable } from './fsHost';
import { displayPath } from './report';
import { TreeReport } from './treeReport';
import { checkInParallel, isCheckWorker, serveChecks } from './workers';

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
  /** Where drafts and fact files are read from; node:fs when absent. Given, every draft is checked on this thread. */
  host?: FactHost;
  /**
   * The script a worker thread runs to check drafts: dist/cli.js itself.
   * Without it every draft is checked on this thread.
   */
  workerScript?: string;
}

/** Above this many drafts a terminal shows a progress line. */
const PROGRESS_THRESHOLD = 20;

/**
 * Each thread checks at least this many drafts, so worker threads start from
 * twice as many on (and at most MAX_THREADS run). A worker costs its start-up
 * and warm-up (about 0.6 s of CPU) and adds about a quarter to the CPU time
 * of each draft (a second heap, and the cores' time shared with V8's own helper
 * threads); on 2 idle cores two threads only beat one from about 400 drafts
 * of 1,000 words on (`npm run bench`: 0.99x at 200, 1.05x at 400, 1.21x at 2,000).
 */
const DRAFTS_PER_THREAD = 200;
const MAX_THREADS = 8;

/**
 * Hidden, for tests and benchmarks: `OPED_FACTS_WORKERS=N` checks on N
 * worker threads beside the main one however few the drafts, `0` on the
 * main thread only.
 */
const WORKERS_ENV = 'OPED_FACTS_WORKERS';

/** The project's web address from package.json `repository`, when it has one (SARIF links only to real addresses). */
function projectUri(): string | undefined {
  const repo = (pkg as { repository?: { url?: string } }).repository?.url;
  return repo ? repo.replace(/^git\+/, '').replace(/\.git$/, '') : undefined;
}

const TOOL: ToolInfo = {
  name: TOOL_NAME,
  version: pkg.version,
  ...(projectUri() ? { informationUri: projectUri()!, readmeUri: `${projectUri()}/blob/main/README.md` } : {}),
};

/** Runs the CLI and resolves with its exit code; writes only through `io`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
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
    case 'claims':
      return claims(command, io);
    case 'memo':
      return memo(command, io);
    case 'init': {
      const outcome = initFactFile(command.draft, command.output, io.host ?? createFsHost(), io.cwd);
      if (!outcome.ok) return fail(io, outcome.reason);
      io.stdout.write(outcome.message);
      return 0;
    }
  }
}

/** `claims`: every claim of the drafts with its status (SPEC section 8); exit status as for check. */
async function claims(command: ClaimsCommand, io: CliIo): Promise<number> {
  const inputs = draftsOf(command.inputs, command.facts, io);
  if (typeof inputs === 'number') return inputs;
  const found = inventoriesOf(inputs.drafts, io.host ?? createFsHost({ cacheListings: true }), inputs.givenFacts);
  const unreadable = found.find((d) => 'unreadable' in d);
  if (unreadable) return fail(io, `cannot read ${displayPath(unreadable.path, io.cwd)}: ${whyUnreadable(unreadable.path)}`);
  const read = found as DraftClaims[];
  io.stdout.write(renderClaims(read, command.format, io.cwd));
  return hasError(read) ? 1 : 0;
}

/** `memo`: one draft's fact-check memo, on standard output or in `--output`. */
async function memo(command: MemoCommand, io: CliIo): Promise<number> {
  const inputs = draftsOf([command.draft], command.facts, io);
  if (typeof inputs === 'number') return inputs;
  if (inputs.drafts.length !== 1) return fail(io, `memo takes one draft; '${command.draft}' names ${inputs.drafts.length}`);
  const [found] = inventoriesOf(inputs.drafts, io.host ?? createFsHost(), inputs.givenFacts);
  if (!found || 'unreadable' in found) return fail(io, `cannot read ${command.draft}: ${whyUnreadable(inputs.drafts[0]!)}`);
  const text = memoOf(found, command.format, io.cwd);
  if (text === undefined) return fail(io, `${command.draft} was not checked: ${found.checked.notChecked?.message ?? 'no claims were read'}`);
  if (command.output === undefined) io.stdout.write(text);
  else {
    writeMemo(toCorePath(command.output, io.cwd), text);
    io.stdout.write(`Wrote ${command.output}: ${summaryLine(found.checked.result.inventory!.summary)}.\n`);
  }
  return 0;
}

/** The drafts the inputs name and the fact files given, or the exit status of a one-line failure. */
function draftsOf(inputs: readonly string[], facts: readonly string[], io: CliIo): { drafts: string[]; givenFacts: string[] } | number {
  const expansion = expandInputs([...inputs], io.cwd);
  if (!expansion.ok) {
    return expansion.reason === 'no drafts match' ? fail(io, `no drafts match '${expansion.input}'`) : fail(io, `cannot read ${expansion.input}: ${expansion.reason}`);
  }
  const givenFacts = facts.map((f) => toCorePath(f, io.cwd));
  for (const [i, path] of givenFacts.entries()) {
    if (!isFile(path)) return fail(io, `cannot read ${facts[i]}: ${whyUnreadable(path)}`);
  }
  return { drafts: [...expansion.drafts], givenFacts };
}

/** A one-line reason on stderr and exit 2 (SPEC section 6). */
function fail(io: CliIo, message: string): number {
  io.stderr.write(`oped-facts: ${message}\n`);
  return 2;
}

/**
 * Checks every draft and prints the report once all are checked: nothing is
 * printed when a draft turns out unreadable (exit 2), and the fact files,
 * found along the way, sort in among the drafts.
 */
async function check(command: CheckCommand, io: CliIo): Promise<number> {
  const { cwd } = io;
  const inputs = draftsOf(command.inputs, command.facts, io);
  if (typeof inputs === 'number') return inputs;
  const { drafts, givenFacts } = inputs;
  const settings: CheckSettings = { format: command.format, color: useColor(command, io), quiet: command.quiet, cwd, givenFacts };
  if (command.fix) {
    // The changes on stdout before a text report; on stderr beside JSON or SARIF, which must stay one document.
    const fixed = fixDrafts(drafts, io.host ?? createFsHost(), givenFacts, cwd);
    const out = command.format === 'text' ? io.stdout : io.stderr;
    for (const line of fixed.lines) out.write(`fixed ${line}\n`);
    out.write(`${fixed.changes} ${fixed.changes === 1 ? 'fix' : 'fixes'} put in, in ${fixed.drafts} ${fixed.drafts === 1 ? 'draft' : 'drafts'}; what is left:\n`);
  }
  const report = new TreeReport(settings);
  const progress = progressLine(io, command.quiet ? 0 : drafts.length);
  const accept = (draft: CheckedDraft): void => {
    report.add(draft);
    progress.update(report.size);
  };
  const checker = new DraftChecker(io.host ?? createFsHost({ cacheListings: true }), settings);
  const workers = workerCount(drafts.length, io);
  let unreadable: string | undefined;
  try {
    unreadable =
      workers > 0 && io.workerScript
        ? await checkInParallel(drafts, checker, settings, { count: workers, script: io.workerScript }, accept)
        : checkHere(drafts, checker, accept);
  } finally {
    progress.done();
  }
  if (unreadable !== undefined) return fail(io, `cannot read ${displayPath(unreadable, cwd)}: ${whyUnreadable(unreadable)}`);

  const { output, hasError } = report.finish(TOOL);
  write(io.stdout, output);
  return hasError ? 1 : 0;
}

/** Writes the pieces in chunks of about 64 KB: few writes, and never the whole report in one string. */
function write(stream: OutStream, pieces: Iterable<string>): void {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= 65_536) {
      stream.write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') stream.write(chunk);
}

/** Checks the drafts in order on this thread; the first that cannot be read stops it (its path). */
function checkHere(drafts: readonly string[], checker: DraftChecker, accept: (draft: CheckedDraft) => void): string | undefined {
  for (const path of drafts) {
    const outcome = checker.check(path);
    if (outcome.unreadable) return path;
    accept(outcome);
  }
  return undefined;
}

/** How many worker threads check drafts beside this one; 0 for none. */
function workerCount(drafts: number, io: CliIo): number {
  // An injected host is an object on this thread: workers could not read through it.
  if (!io.workerScript || io.host) return 0;
  const forced = io.env[WORKERS_ENV];
  if (forced !== undefined && forced.trim() !== '') {
    const n = Number(forced);
    return Number.isInteger(n) && n > 0 ? Math.min(n, drafts) : 0;
  }
  const threads = Math.min(idleCores(), MAX_THREADS, Math.floor(drafts / DRAFTS_PER_THREAD));
  return Math.max(0, threads - 1);
}

/**
 * The cores not already busy, by the 1-minute load average (as `make -l`
 * judges it), at least one. A worker adds about a quarter to the CPU time a
 * run takes (its own start-up, warm-up and heap; `npm run bench`), which
 * idle cores repay and busy ones do not: on 2 cores kept busy by other work
 * (load 4 to 8), 2,000 drafts took as long or longer with a worker as
 * without. The load average is 0 where the system has none (Windows):
 * every core then counts as idle.
 */
function idleCores(): number {
  const cores = availableParallelism();
  return Math.max(1, Math.min(cores, Math.round(cores - loadavg()[0]!)));
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

// A worker thread of a parallel run checks batches (the bundle is its own
// worker script); run as a command (dist/cli.js), it reads argv; imported, nothing.
if (isCheckWorker()) {
  serveChecks();
} else if (require.main === module) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`oped-facts check | head`): stop quietly.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    workerScript: __filename,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`oped-facts: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
