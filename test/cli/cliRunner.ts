/**
 * Runs the built CLI (dist/cli.js) in throwaway folders, as a user or CI
 * would. The bundle is built once per mocha run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
export const CLI = join(REPO, 'dist/cli.js');

let built = false;

/** Builds dist/cli.js with the project's own esbuild script (once). */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, stdio: 'inherit' });
  built = true;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ARGS` in `cwd`, with colour settings from the caller's env only. */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && k !== 'NO_COLOR' && k !== 'FORCE_COLOR') base[k] = v;
  }
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary project folder holding `files` (path -> text or bytes); `remove()` deletes it. */
export class TempProject {
  readonly dir: string;

  constructor(files: Record<string, string | Uint8Array>) {
    this.dir = mkdtempSync(join(tmpdir(), 'oped-facts-cli-'));
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  run(args: readonly string[], env: Record<string, string> = {}): CliResult {
    return runCli(args, this.dir, env);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The JSON report of SPEC section 6, as the tests read it. */
export interface JsonDiag {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'information';
  code: string;
  message: string;
  expected?: string;
  factId?: string;
}
export interface JsonOut {
  version: number;
  files: { path: string; facts: string[]; diagnostics: JsonDiag[] }[];
  summary: { error: number; warning: number; information: number };
}

/** Runs `check --format json` and parses stdout. */
export function runJson(project: TempProject, args: readonly string[] = []): { status: number | null; out: JsonOut; stderr: string } {
  const r = project.run(['check', '--format', 'json', ...args]);
  let out: JsonOut;
  try {
    out = JSON.parse(r.stdout) as JsonOut;
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.status}):\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
  return { status: r.status, out, stderr: r.stderr };
}

/** 1-based line number of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`'${needle}' not in text`);
  return index + 1;
}

// Fact files and drafts the tests share. Prose with no number, date or
// name makes no claim, so it stays free of diagnostics once every check runs.

/** A valid fact file with every entry sourced: no diagnostic. */
export const CLEAN_FACTS = `version: 1
sources:
  ispr-2025-09-02:
    title: Press release on the Bannu attack
    publisher: ISPR
    url: https://example.org/press/2025-09-02
    date: 2025-09-02
events:
  bannu-fc-attack:
    name: Attack on the Federal Constabulary Headquarters, Bannu
    date: 2025-09-02
    place: Bannu
    killed: {soldiers: 6}
    sources: [ispr-2025-09-02]
`;

/** An event with no sources (facts-unsourced, information) and a total naming an undefined id (facts-unknown-ref, error). */
export const BROKEN_FACTS = `version: 1
events:
  bannu-fc-attack:
    name: Attack on the Federal Constabulary Headquarters, Bannu
    date: 2025-09-02
    place: Bannu
    killed: {soldiers: 6}
totals:
  sept-2025-soldiers:
    name: Soldiers killed in September 2025
    killed: {soldiers: 6}
    of: [bannu-fc-attack, no-such-event]
`;

/** An event with no sources: a facts-unsourced information, nothing else. */
export const UNSOURCED_FACTS = `version: 1
events:
  bannu-fc-attack:
    name: Attack on the Federal Constabulary Headquarters, Bannu
    date: 2025-09-02
    place: Bannu
    killed: {soldiers: 6}
`;

export const CLAIMLESS_DRAFT = `# A quiet week

The council met again and talked for a long while about the budget.
Nobody said anything that could be checked.
`;
