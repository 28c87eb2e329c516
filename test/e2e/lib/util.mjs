// Small helpers shared by the end-to-end suites: paths, child processes with deadlines,
// the throw-away workspace made from examples/, and the CLI's answer for it, which is
// the reference every editor is compared with.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const RESULTS = join(ROOT, 'test-results', 'e2e');
export const SERVER_JS = join(ROOT, 'dist', 'server.js');
export const CLI_JS = join(ROOT, 'dist', 'cli.js');

/** Milliseconds since `start`, as "12.3 s". */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs a program to its end with a deadline; resolves with its exit code and output.
 * It gets its own process group, so a hung editor and whatever it started (the
 * language server) are ended together when the deadline passes.
 */
export function run(command, args, { cwd = ROOT, env = process.env, timeoutMs = 120_000, input } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdin.end(input ?? '');
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => { stderr += String(error); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: timedOut ? 'timeout' : code ?? signal, stdout, stderr });
    });
  });
}

/** Signals a whole process group; a group that is already gone is fine. */
export function killGroup(pid, signal = 'SIGTERM') {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

/**
 * A fresh copy of examples/ (drafts/ashgrove-dam.md, facts.yaml) plus a second draft,
 * drafts/tessel-ford.md, that the VS Code scenario never opens. Every editor works on
 * its own copy: the suites edit files, and examples/ must never change.
 */
export function makeWorkspace(label) {
  const tmp = mkdtempSync(join(tmpdir(), `oped-facts-e2e-${label}-`));
  const workspace = join(tmp, 'workspace');
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  cpSync(join(ROOT, 'test', 'e2e', 'fixtures', 'tessel-ford.md'), join(workspace, 'drafts', 'tessel-ford.md'));
  mkdirSync(join(tmp, 'home'));
  return { tmp, workspace, draft: join(workspace, 'drafts', 'ashgrove-dam.md'), second: join(workspace, 'drafts', 'tessel-ford.md'), facts: join(workspace, 'facts.yaml') };
}

/** `oped-facts check --format json` on files of a workspace: SPEC section 6's object. */
export function cliCheck(workspace, paths) {
  let out;
  try {
    out = execFileSync(process.execPath, [CLI_JS, 'check', ...paths, '--format', 'json'], { cwd: workspace, encoding: 'utf8' });
  } catch (error) {
    if (error.status !== 1) throw error; // 1 = some error-severity diagnostic, which the example has
    out = error.stdout;
  }
  return JSON.parse(out);
}

/** The CLI's diagnostics for one file of a check (path relative to the workspace). */
export function cliDiagnostics(report, relativePath) {
  const file = report.files.find((f) => f.path === relativePath);
  if (!file) throw new Error(`the CLI reported nothing for ${relativePath}`);
  return file.diagnostics;
}

/**
 * What the scenarios look for in the example, read from the files rather than written
 * down twice: the casualty-mismatch on "twenty-five" (line 21 when this was written),
 * the line of "Another 41 residents", the quick fix's title, and the fact card's text.
 */
export function exampleTargets(ws) {
  const report = cliCheck(ws.workspace, ['drafts/ashgrove-dam.md']);
  const diagnostics = cliDiagnostics(report, 'drafts/ashgrove-dam.md');
  const lines = readFileSync(ws.draft, 'utf8').split('\n');
  const wrong = diagnostics.find((d) => d.code === 'casualty-mismatch' && lines[d.line - 1].slice(d.column - 1, d.endColumn - 1) === 'twenty-five');
  if (!wrong) throw new Error('the example draft no longer has the casualty-mismatch on "twenty-five" these tests are written around');
  const woundedLine = lines.findIndex((l) => /\b41 residents\b/.test(l)) + 1;
  if (!woundedLine) throw new Error('the example draft no longer says "41 residents"');
  return {
    diagnostics,
    wrong,
    fixTitle: `Change to "${wrong.expected}"`,
    fixed: wrong.expected, // "twenty-three"
    woundedLine,
    // the fact card of the entry the figure is tied to (examples/facts.yaml)
    card: ['Failure of the Ashgrove dam', '23 residents', 'Statement on the failure of the Ashgrove dam', 'Teller County Coroner'],
  };
}

/** A check's outcome, as the runner prints and counts it. */
export function outcome(name, ok, detail = '') {
  return { name, ok: Boolean(ok), detail };
}

/** Compares two lists of strings as sets; the difference as text, '' when equal. */
export function setDifference(expected, actual) {
  const missing = expected.filter((e) => !actual.includes(e));
  const extra = actual.filter((a) => !expected.includes(a));
  return [...missing.map((m) => `missing: ${m}`), ...extra.map((x) => `unexpected: ${x}`)].join('\n');
}
