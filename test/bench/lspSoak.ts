/**
 * A soak of the bundled language server over LSP (stdio, through the tests'
 * TestClient): 10,000 random edits across 5 open drafts (insertions of
 * claims, numbers, dates, odd Unicode and markup, deletions and replacements,
 * at random offsets, sent as full text or as incremental changes), in bursts
 * on one draft at a time as a writer types, each burst followed by a hover
 * and a wait for the diagnostics of the draft's latest version. Then the
 * drafts are closed. Reported: whether the server is alive and answers a
 * final request, how many "unhandled rejection" / "uncaught exception" /
 * other error log messages it sent (all must be 0), whether its last
 * diagnostics agree with a direct core check of the same text, the time
 * taken, and the server's RSS at the start, its peak, after closing, and
 * after a full GC (forced through a preloaded SIGUSR2 handler, since the
 * server has no GC hook of its own).
 *
 * Every loop is bounded in count (EDITS) and in time (DEADLINE_MS, and a
 * timeout on every wait).
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { checkDraft, factFilesForDraft, loadFacts, type FactHost } from '../../server/src/core';
import { TestClient } from '../lsp/lspClient';

const ROOT = resolve(__dirname, '../..');
const DRAFT = readFileSync(join(ROOT, 'examples/drafts/ashgrove-dam.md'), 'utf8');

const EDITS = 10_000;
const DOCUMENTS = 5;
/** The edits stop here even if fewer than EDITS were made (reported). */
const DEADLINE_MS = 240_000;
const WAIT_MS = 30_000;
const SEED = 20_241_008;

/** A small seeded generator (mulberry32), so that a run can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLAIMS = [
  'The flood killed twenty-three residents.',
  'In Millbrook alone, 14 residents died.',
  'At least 41 residents were injured, according to the county.',
  'More than 30 residents were killed when the dam failed.',
  'Inspector Hana Lindqvist died there aged 58.',
  'Governor Oren Castelane opened the inquiry on 14 October 2024.',
  'On Tuesday, 8 October 2024, the spillway gave way.',
  'The budget was cut by 37 percent since 2019.',
  'Nearly two dozen residents are still missing.',
  'Between 11 and 13 October, 6 residents died.',
];
const NUMBERS = ['6', 'six', 'twenty-five', '1,000', '3.5', '560,000', '9/11', '2024', '07:30', '-4', '1e9', '99%'];
const DATES = ['8 October 2024', 'October 8, 2024', '2024-10-08', 'Wednesday, 8 October 2024', '10-13 September', 'September 2025', '31 February 2024'];
const UNICODE = ['😀', '🇵🇰', 'e\u0301', '\u200b', '\u202e', '\u00a0', '\ufeff', 'ﬁ', '\ud800', '\udc00', 'آشگرو', '二十五', '\t', '\r\n', '\n\n'];
const MARKUP = [
  '**', '_', '`', '```\n', '\n```\n', '# ', '\n## Heading\n', '> ', '- ', '1. ', '[link](https://example.org/x "t")', '![alt 7](i.png)',
  '<!-- fact: ashgrove-failure -->', '<!-- fact: no-such-id -->', '<!-- facts-ignore -->', '<!-- facts-ignore casualty-mismatch -->',
  '<!-- facts-disable -->', '<!-- facts-enable -->', '<!--', '-->', '[^1]', '\n[^1]: A note, 12 killed.\n', '| a | 3 |\n|---|---|\n', '---\n', '<b>', '\\',
];

/** What TestClient keeps private but the soak needs: the server's process id, found as our child running dist/server.js. */
function serverPid(): number | undefined {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('dist/server.js')) return Number(name);
    } catch {
      // The process went away while we looked.
    }
  }
  return undefined;
}

function memoryMb(pid: number | undefined): { rss: number; hwm: number } {
  if (pid === undefined) return { rss: NaN, hwm: NaN };
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}

/**
 * Preloaded into the server (NODE_OPTIONS --require): a full GC on SIGUSR2,
 * the bench's only way to force one, then a line on stderr to say it ran.
 */
const GC_ON_SIGNAL = `const v8 = require('node:v8');
v8.setFlagsFromString('--expose-gc');
const gc = require('node:vm').runInNewContext('gc');
process.on('SIGUSR2', () => { gc(); gc(); process.stderr.write('oped-bench: gc done, heap used ' + process.memoryUsage().heapUsed + '\\n'); });
`;

/**
 * Signals the server to collect garbage, waits (at most 10 s) for it to say
 * so, and returns its RSS then and the heap it still uses (MB).
 */
async function forceGc(client: TestClient, pid: number | undefined): Promise<{ rss: number; heapUsed: number }> {
  if (pid === undefined) return { rss: NaN, heapUsed: NaN };
  const reports = () => [...client.stderr.join('').matchAll(/oped-bench: gc done, heap used (\d+)/g)];
  const before = reports().length;
  process.kill(pid, 'SIGUSR2');
  for (const until = Date.now() + 10_000; Date.now() < until && reports().length === before; ) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 20));
  }
  const last = reports()[before];
  return { rss: memoryMb(pid).rss, heapUsed: last ? Number(last[1]) / 1e6 : NaN };
}

export interface SoakFigures {
  edits: number;
  seconds: number;
  alive: boolean;
  unhandledRejections: number;
  uncaughtExceptions: number;
  errorLogs: number;
  failedRequests: number;
  agree: number;
  /** MB, each after a forced full GC. */
  rss: { start: number; peak: number; closed: number; afterGc: number };
  heapUsed: { start: number; end: number };
}

export async function benchLspSoak(): Promise<SoakFigures> {
  const workspace = mkdtempSync(join(tmpdir(), 'oped-soak-'));
  mkdirSync(join(workspace, 'drafts'));
  cpSync(join(ROOT, 'examples/facts.yaml'), join(workspace, 'facts.yaml'));
  writeFileSync(join(workspace, 'gcOnSignal.cjs'), GC_ON_SIGNAL);
  const rand = random(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

  const savedOptions = process.env['NODE_OPTIONS'];
  process.env['NODE_OPTIONS'] = `${savedOptions ?? ''} --require ${join(workspace, 'gcOnSignal.cjs')}`.trim();
  const client = new TestClient();
  if (savedOptions === undefined) delete process.env['NODE_OPTIONS'];
  else process.env['NODE_OPTIONS'] = savedOptions;

  let failedRequests = 0;
  /** Sends a request; true when it was answered (an error response or no answer in WAIT_MS counts as a failure). */
  const request = async (method: string, params: unknown): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.connection.sendRequest(method, params),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${method}: no answer in ${WAIT_MS} ms`)), WAIT_MS))),
      ]);
      return true;
    } catch {
      failedRequests++;
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  try {
    await client.initialize(workspace);
    const pid = serverPid();
    const docs: TextDocument[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const path = join(workspace, 'drafts', `soak-${i}.md`);
      const text = DRAFT.replace('twenty-five', ['twenty-five', 'twenty-three', '23', 'thirty', 'seven'][i]!);
      writeFileSync(path, text);
      const uri = client.open(path, text);
      docs.push(TextDocument.create(uri, 'markdown', 1, text));
    }
    for (const doc of docs) await client.diagnostics(doc.uri, (p) => p.version === 1, WAIT_MS);
    const start = await forceGc(client, pid);
    const logsBefore = client.notifications.length;

    const began = performance.now();
    let edits = 0;
    let stalls = 0;
    while (edits < EDITS && performance.now() - began < DEADLINE_MS) {
      const index = Math.floor(rand() * DOCUMENTS);
      const burst = Math.min(EDITS - edits, 1 + Math.floor(rand() * 40));
      for (let k = 0; k < burst; k++) {
        const doc = docs[index]!;
        const text = doc.getText();
        const at = Math.floor(rand() * (text.length + 1));
        const roll = rand();
        let remove = 0;
        let insert = '';
        if (roll < 0.3) insert = ` ${pick(CLAIMS)} `;
        else if (roll < 0.42) insert = pick(NUMBERS);
        else if (roll < 0.52) insert = pick(DATES);
        else if (roll < 0.64) insert = pick(UNICODE);
        else if (roll < 0.76) insert = pick(MARKUP);
        else if (roll < 0.92) remove = Math.min(text.length - at, 1 + Math.floor(rand() * 120));
        else {
          remove = Math.min(text.length - at, 1 + Math.floor(rand() * 12));
          insert = pick([...NUMBERS, ...DATES]);
        }
        // Keep each draft near its size: past three times its start, cut a stretch instead.
        if (text.length > DRAFT.length * 3) {
          insert = '';
          remove = Math.min(text.length - at, 2_000);
        }
        const change: TextDocumentContentChangeEvent = { range: { start: doc.positionAt(at), end: doc.positionAt(at + remove) }, text: insert };
        const version = doc.version + 1;
        const updated = TextDocument.update(doc, [change], version);
        docs[index] = updated;
        const contentChanges = rand() < 0.5 ? [{ text: updated.getText() }] : [change];
        void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges });
        edits++;
      }
      const doc = docs[index]!;
      void request('textDocument/hover', { textDocument: { uri: doc.uri }, position: doc.positionAt(Math.floor(rand() * doc.getText().length)) });
      try {
        await client.diagnostics(doc.uri, (p) => p.version === doc.version, WAIT_MS);
      } catch {
        stalls++;
      }
    }
    const seconds = (performance.now() - began) / 1000;
    const peak = memoryMb(pid).hwm;

    // The last diagnostics of each draft against a direct check of the text the client holds.
    const disk: FactHost = {
      readFile: (p) => {
        try {
          return readFileSync(p, 'utf8');
        } catch {
          return undefined;
        }
      },
      listDir: (p) => {
        try {
          return readdirSync(p).sort();
        } catch {
          return undefined;
        }
      },
    };
    let agree = 0;
    for (const doc of docs) {
      const last = await client.diagnostics(doc.uri, (p) => p.version === doc.version, WAIT_MS).catch(() => undefined);
      const path = URI.parse(doc.uri).fsPath;
      const draft = { path, text: doc.getText() };
      const discovery = factFilesForDraft(draft, disk, { root: workspace });
      const direct = checkDraft(draft, loadFacts(discovery.paths, disk));
      const expected = direct.skipped ? 1 : discovery.diagnostics.length + direct.diagnostics.length;
      if (last && last.diagnostics.length === expected) agree++;
    }

    for (const doc of docs) void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
    for (const doc of docs) await client.diagnostics(doc.uri, (p) => p.diagnostics.length === 0 && p.version === undefined, WAIT_MS).catch(() => undefined);
    const closed = memoryMb(pid).rss;
    const afterGc = await forceGc(client, pid);
    const probe = client.open(join(workspace, 'drafts', 'final.md'), 'Seven soldiers were killed in Bannu on 2 September 2025.\n');
    const alive = await request('textDocument/hover', { textDocument: { uri: probe }, position: { line: 0, character: 1 } });
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: probe } });

    const logOf = (n: { method: string; params: unknown }[]) =>
      n.filter((m) => m.method === 'window/logMessage').map((m) => m.params as { type: number; message: string });
    const allLogs = logOf(client.notifications);
    const logs = logOf(client.notifications.slice(logsBefore));
    const startLogs = logOf(client.notifications.slice(0, logsBefore)).filter((l) => l.type === 1);
    const figures: SoakFigures = {
      edits,
      seconds,
      alive,
      unhandledRejections: allLogs.filter((l) => l.message.includes('unhandled rejection')).length,
      uncaughtExceptions: allLogs.filter((l) => l.message.includes('uncaught exception')).length,
      errorLogs: logs.filter((l) => l.type === 1).length,
      failedRequests,
      agree,
      rss: { start: start.rss, peak, closed, afterGc: afterGc.rss },
      heapUsed: { start: start.heapUsed, end: afterGc.heapUsed },
    };
    console.log(
      `lsp soak: ${edits} edits across ${DOCUMENTS} drafts in ${seconds.toFixed(1)} s (${(edits / seconds).toFixed(0)} edits/s, seed ${SEED}, ${stalls} waits timed out); ` +
        `server ${figures.alive ? 'alive, answered a final hover' : 'NOT ANSWERING'}; ` +
        `unhandled rejections ${figures.unhandledRejections}, uncaught exceptions ${figures.uncaughtExceptions}, error logs ${figures.errorLogs}, failed requests ${failedRequests}; ` +
        `last diagnostics agree with a direct check in ${agree}/${DOCUMENTS} drafts`,
    );
    for (const log of logs.filter((l) => l.type === 1).slice(0, 3)) console.log(`lsp soak error log: ${log.message.replace(/\s+/g, ' ').slice(0, 300)}`);
    for (const log of startLogs.slice(0, 3)) console.log(`lsp soak error log before the edits (not counted): ${log.message.replace(/\s+/g, ' ').slice(0, 300)}`);
    const r = figures.rss;
    const h = figures.heapUsed;
    console.log(
      `lsp soak memory: server RSS ${r.start.toFixed(0)} MB at start (after a full GC), peak ${r.peak.toFixed(0)} MB, ${r.closed.toFixed(0)} MB after closing, ` +
        `${r.afterGc.toFixed(0)} MB after a full GC (ratio to start ${(r.afterGc / r.start).toFixed(2)}); ` +
        `heap used after a full GC ${h.start.toFixed(1)} MB at start, ${h.end.toFixed(1)} MB at the end (ratio ${(h.end / h.start).toFixed(2)})`,
    );
    return figures;
  } finally {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
}
