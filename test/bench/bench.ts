/**
 * The benchmark (`npm run bench`): not a test, it asserts nothing and prints
 * medians and ratios from one run. Figures:
 *  - a full check of the example draft repeated 1x, 10x and 100x (about
 *    1,000 to 100,000 words) against a micromark parse of the same text;
 *  - loading a generated 10,000-entry fact file against a plain js-yaml load;
 *  - the language server's round trip, didChange to publishDiagnostics, for
 *    the 1x and 100x drafts (no debounce);
 *  - the CLI over trees of 64, 200 and 2,000 drafts, on one thread and with
 *    worker threads: wall time, drafts per second, peak RSS (cliTree.ts);
 *  - drafts with no newline: the CLI on 2 MB and 5 MB, and the server's
 *    hovers on another draft while a 2 MB one is checked (longLine.ts);
 *  - a soak of the language server: 10,000 random edits across 5 drafts,
 *    errors logged, memory before, at peak and after (lspSoak.ts).
 * The last line is the summary: `bench: ratio 1x R, 100x R; inventory +P% / +P%; facts-10k Tms (js-yaml Jms)`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { micromark } from 'micromark';
import { checkDraft, loadFacts, type FactHost } from '../../server/src/core';
import { TestClient } from '../lsp/lspClient';
import { benchCliTree } from './cliTree';
import { generateFactFile } from './factsBench';
import { benchLongLines } from './longLine';
import { benchLspSoak } from './lspSoak';

const ROOT = resolve(__dirname, '../..');
const DRAFT = readFileSync(join(ROOT, 'examples/drafts/ashgrove-dam.md'), 'utf8');
const FACTS = join(ROOT, 'examples/facts.yaml');

/** The example draft with its body repeated n times (front matter once). */
export function repeatedDraft(n: number): string {
  const body = DRAFT.replace(/^---[\s\S]*?---\n/, '');
  return DRAFT + `\n${body}`.repeat(n - 1);
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/**
 * Times `fn` after a few warm-up runs, as the editor and the CLI run it: warm
 * and without a forced full collection before each run (which makes V8 throw
 * away optimised code and measures that instead).
 */
function time(fn: () => void, runs: number): number[] {
  // Warm up for as many runs as are timed and at least 2 s: V8 needs about a
  // hundred runs of a small draft before its code settles.
  const warmUntil = performance.now() + 2000;
  for (let i = 0; i < runs || performance.now() < warmUntil; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Times two functions in alternation, after warming both, so that a ratio of
 * their medians compares runs made under the same load (timing one after the
 * other let a busy moment fall on one side only).
 */
function timePair(a: () => void, b: () => void, runs: number): [number[], number[]] {
  const warmUntil = performance.now() + 2000;
  for (let i = 0; i < runs || performance.now() < warmUntil; i++) {
    a();
    b();
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    a();
    as.push(performance.now() - start);
    start = performance.now();
    b();
    bs.push(performance.now() - start);
  }
  return [as, bs];
}

const diskHost: FactHost = {
  readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } },
  listDir: () => undefined,
};

function benchDrafts(): Map<number, number> {
  const facts = loadFacts([FACTS], diskHost);
  const ratios = new Map<number, number>();
  for (const n of [1, 10, 100]) {
    const text = repeatedDraft(n);
    const runs = n === 100 ? 7 : n === 10 ? 21 : 41;
    const [checks, parses] = timePair(() => checkDraft({ path: '/bench/draft.md', text }, facts), () => micromark(text), runs);
    const check = median(checks);
    const parse = median(parses);
    const words = text.split(/\s+/).filter(Boolean).length;
    ratios.set(n, check / parse);
    console.log(`draft ${String(n).padStart(3)}x (${words} words): check ${check.toFixed(1)} ms, micromark ${parse.toFixed(1)} ms, ratio ${(check / parse).toFixed(2)}, ${(check / (words / 1000)).toFixed(2)} ms per 1,000 words`);
  }
  return ratios;
}

/** What the claim inventory (issue 14) adds to a check: the check with it and without it, timed in alternation. */
function benchInventory(): Map<number, number> {
  const facts = loadFacts([FACTS], diskHost);
  const overheads = new Map<number, number>();
  for (const n of [1, 100]) {
    const text = repeatedDraft(n);
    const draft = { path: '/bench/draft.md', text };
    const [withIt, without] = timePair(() => checkDraft(draft, facts), () => checkDraft(draft, facts, { inventory: false }), n === 100 ? 7 : 41);
    const overhead = median(withIt) / median(without) - 1;
    overheads.set(n, overhead);
    console.log(`inventory ${String(n).padStart(3)}x: check with it ${median(withIt).toFixed(1)} ms, without ${median(without).toFixed(1)} ms, adds ${(overhead * 100).toFixed(1)}% (target at most 10%)`);
  }
  return overheads;
}

function benchFacts(): { facts: number; jsYaml: number } {
  const text = generateFactFile(10_000);
  const host: FactHost = { readFile: () => text, listDir: () => undefined };
  const facts = median(time(() => loadFacts(['/bench/facts.yaml'], host), 11));
  const jsYaml = median(time(() => load(text), 11));
  console.log(`facts 10,000 entries (${(text.length / 1e6).toFixed(1)} MB): loadFacts ${facts.toFixed(0)} ms, js-yaml load ${jsYaml.toFixed(0)} ms, ratio ${(facts / jsYaml).toFixed(2)}`);
  return { facts, jsYaml };
}

async function benchLsp(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'oped-bench-'));
  mkdirSync(join(workspace, 'drafts'));
  cpSync(FACTS, join(workspace, 'facts.yaml'));
  const client = new TestClient();
  try {
    await client.initialize(workspace);
    for (const n of [1, 100]) {
      const path = join(workspace, 'drafts', `draft-${n}x.md`);
      const text = repeatedDraft(n);
      writeFileSync(path, text);
      const uri = client.open(path, text);
      await client.diagnostics(uri, () => true, 60_000);
      const edits = n === 100 ? 21 : 101;
      const samples: number[] = [];
      for (let v = 2; v <= edits + 1; v++) {
        const edited = text.replace('twenty-five', v % 2 ? 'twenty-four' : 'twenty-five');
        const start = performance.now();
        client.change(uri, v, edited);
        await client.diagnostics(uri, (p) => p.version === v, 60_000);
        samples.push(performance.now() - start);
      }
      console.log(`lsp ${String(n).padStart(3)}x: didChange -> publishDiagnostics median ${median(samples).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms (${samples.length} edits)`);
    }
  } finally {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const ratios = benchDrafts();
  const inventory = benchInventory();
  const facts = benchFacts();
  await benchLsp();
  await benchLongLines();
  await benchCliTree();
  await benchLspSoak();
  console.log(`bench: ratio 1x ${ratios.get(1)!.toFixed(2)}, 100x ${ratios.get(100)!.toFixed(2)}; inventory +${(inventory.get(1)! * 100).toFixed(1)}% / +${(inventory.get(100)! * 100).toFixed(1)}%; facts-10k ${facts.facts.toFixed(0)}ms (js-yaml ${facts.jsYaml.toFixed(0)}ms)`);
}

void main();
