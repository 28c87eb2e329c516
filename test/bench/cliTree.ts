/**
 * The CLI over a tree of drafts, as a user runs it: `node dist/cli.js check
 * drafts --format json` in a temporary folder of 200, 400 and 2,000 variants of
 * the example draft under the example's fact file. Each size runs three times
 * on one thread (OPED_FACTS_WORKERS=0) and three times on every core (the
 * main thread and OPED_FACTS_WORKERS=cores-1 workers, forced: by default the
 * CLI starts workers only from 400 drafts on, and only on idle cores),
 * alternating, so that a change in the machine's load falls on both.
 * Reported: median wall time, drafts per second, the child's CPU time and
 * peak RSS (GNU time's %U + %S and %M when /usr/bin/time exists; else RSS
 * from /proc/PID/status VmHWM polled every 20 ms, and no CPU time), and
 * whether both ways printed the same bytes.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const DRAFT = readFileSync(join(ROOT, 'examples/drafts/ashgrove-dam.md'), 'utf8');
const GNU_TIME = '/usr/bin/time';
const RUNS = 3;
/** No single run may take longer than this (the 2,000-draft run takes seconds, not minutes). */
const RUN_TIMEOUT_MS = 180_000;

const COUNTS = ['twenty-five', 'twenty-three', 'twenty', 'thirty-one', '23', '25', 'nineteen'];
const WEEKDAYS = ['Wednesday', 'Tuesday', 'Monday', 'Friday'];

/** Draft n: the example with its killed count, weekday and injured count varied. */
function variant(n: number): string {
  return DRAFT.replace('twenty-five', COUNTS[n % COUNTS.length]!)
    .replace('Wednesday', WEEKDAYS[n % WEEKDAYS.length]!)
    .replace('Another 41', `Another ${35 + (n % 11)}`);
}

export interface CliRun {
  ms: number;
  /** User and system CPU time of the child (NaN without GNU time). */
  cpuMs: number;
  rssMb: number;
  status: number | null;
  /** sha1 of stdout, to compare the two ways of running. */
  digest: string;
  bytes: number;
}

function readHwmKb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the built CLI once in `cwd` and measures it. */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string>): Promise<CliRun> {
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const argv = useTime ? ['-f', 'oped-bench-maxrss %M cpu %U %S', process.execPath, CLI, ...args] : [CLI, ...args];
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const hash = createHash('sha1');
    let bytes = 0;
    let stderr = '';
    let polledKb = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = useTime
      ? undefined
      : setInterval(() => {
          polledKb = Math.max(polledKb, readHwmKb(child.pid!) ?? 0);
        }, 20);
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const reported = /oped-bench-maxrss (\d+) cpu ([\d.]+) ([\d.]+)/.exec(stderr);
      const kb = reported ? Number(reported[1]) : polledKb;
      const cpuMs = reported ? (Number(reported[2]) + Number(reported[3])) * 1000 : NaN;
      resolveRun({ ms, cpuMs, rssMb: kb / 1024, status, digest: hash.digest('hex'), bytes });
    });
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export interface RunFigures {
  ms: number;
  cpuMs: number;
  rssMb: number;
  perSecond: number;
}

export interface TreeFigures {
  drafts: number;
  /** Medians of wall ms, CPU ms, peak RSS MB, and drafts per second: on one thread and on every core. */
  single: RunFigures;
  parallel: RunFigures;
  speedup: number;
  identical: boolean;
  status: number | null;
}

/** A folder holding `n` drafts and the example's fact file. */
function makeTree(base: string, n: number): string {
  const dir = join(base, `tree-${n}`);
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  cpSync(join(ROOT, 'examples/facts.yaml'), join(dir, 'facts.yaml'));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, 'drafts', `${String(i).padStart(4, '0')}.md`), variant(i));
  return dir;
}

async function benchTree(base: string, n: number, workers: number): Promise<TreeFigures> {
  const dir = makeTree(base, n);
  const single: CliRun[] = [];
  const parallel: CliRun[] = [];
  const args = ['check', 'drafts', '--format', 'json'];
  for (let i = 0; i < RUNS; i++) {
    single.push(await runCli(args, dir, { OPED_FACTS_WORKERS: '0' }));
    parallel.push(await runCli(args, dir, { OPED_FACTS_WORKERS: String(workers) }));
  }
  const figures = (runs: CliRun[]): RunFigures => {
    const ms = median(runs.map((r) => r.ms));
    return { ms, cpuMs: median(runs.map((r) => r.cpuMs)), rssMb: median(runs.map((r) => r.rssMb)), perSecond: n / (ms / 1000) };
  };
  const all = [...single, ...parallel];
  return {
    drafts: n,
    single: figures(single),
    parallel: figures(parallel),
    speedup: figures(single).ms / figures(parallel).ms,
    identical: all.every((r) => r.digest === all[0]!.digest && r.status === all[0]!.status),
    status: all[0]!.status,
  };
}

/** Runs the tree benchmark and prints one line per size, then the memory line; returns the figures. */
export async function benchCliTree(): Promise<TreeFigures[]> {
  const base = mkdtempSync(join(tmpdir(), 'oped-bench-tree-'));
  const workers = Math.max(1, availableParallelism() - 1);
  console.log(
    `cli tree: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the start; ` +
      `1 thread against main + ${workers} worker${workers === 1 ? '' : 's'}; median of ${RUNS} runs each, peak RSS by ${existsSync(GNU_TIME) ? 'GNU time %M' : 'polling VmHWM'}`,
  );
  const results: TreeFigures[] = [];
  try {
    for (const n of [200, 400, 2000]) {
      const f = await benchTree(base, n, workers);
      results.push(f);
      const show = (r: RunFigures) =>
        `${(r.ms / 1000).toFixed(2)} s (${r.perSecond.toFixed(0)} drafts/s, CPU ${(r.cpuMs / 1000).toFixed(1)} s, peak RSS ${r.rssMb.toFixed(0)} MB)`;
      console.log(
        `cli ${String(n).padStart(4)} drafts: 1 thread ${show(f.single)}; ${workers + 1} threads ${show(f.parallel)}; ` +
          `speed-up ${f.speedup.toFixed(2)}x; exit ${f.status}; output ${f.identical ? 'identical' : 'DIFFERS'}; load average ${loadavg()[0]!.toFixed(1)}`,
      );
    }
    const small = results.find((r) => r.drafts === 200)!;
    const large = results.find((r) => r.drafts === 2000)!;
    console.log(
      `cli memory, 1 thread: peak RSS ${small.single.rssMb.toFixed(0)} MB for 200 drafts, ${large.single.rssMb.toFixed(0)} MB for 2,000 ` +
        `(ratio ${(large.single.rssMb / small.single.rssMb).toFixed(2)} for 10x the drafts)`,
    );
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return results;
}
