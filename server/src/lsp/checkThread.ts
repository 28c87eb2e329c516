/**
 * Large work runs off the language server's event loop (issue 12): a 2 MB
 * paragraph takes seconds to read, and an 18 MB fact file seconds to load,
 * and in one piece on the main thread either kept every hover and edit
 * waiting that long. A draft above LARGE_DRAFT characters is checked, and
 * fact files above LARGE_FACTS characters are loaded, on a worker thread,
 * with the texts the server sees (so an unsaved fact file counts there as it
 * does here); the server answers everything else meanwhile. A check has a
 * budget: past CHECK_BUDGET_MS it stops, and the result says where, so the
 * writer is told what was not checked.
 *
 * The server bundle is its own worker script (see main.ts).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkDraftFile, FactBaseCache, type Code, type DraftCheckResult, type FactBase, type FactEntry, type FactHost, type InventoryClaim, type InventorySummary, type NotCheckedNotice } from '../core';

/** Drafts longer than this (in UTF-16 units, about 200 KB) are checked on the worker thread. */
export const LARGE_DRAFT = 200_000;
/** Fact files longer than this together (about 1 MB) are loaded on the worker thread. */
export const LARGE_FACTS = 1_000_000;
/** How long a check of a draft may read it for claims before it stops. */
export const CHECK_BUDGET_MS = 10_000;

const ROLE = 'oped-facts-lsp-check';

/** Fact files with the texts the server sees. */
export type FactTexts = { path: string; text: string }[];

export interface ThreadCheck {
  path: string;
  text: string;
  /** The fact files the draft uses, with their current texts (open documents included). */
  factFiles: FactTexts;
  disabled: Code[];
}

type Job = { job: 'check'; check: ThreadCheck } | { job: 'load'; factFiles: FactTexts };

type Request = Job & { id: number };

/** The server asks for the next slice only once it has taken in the last, so slices never queue up in its event loop. */
interface More {
  more: number;
}

/**
 * What the thread sends back: a result's long lists in slices of SLICE
 * items, then the rest. Each message is taken in by the server's event loop
 * in one piece, so slices keep every pause short (issue 12: one 17,000-
 * diagnostic message held hovers back for over a second).
 */
interface Reply {
  id: number;
  slice?: { list: string; items: unknown[] };
  done?: Record<string, unknown>;
  error?: string;
}

const SLICE = 2_000;

/** A job that a newer one for the same draft replaced before it started. */
export class Superseded extends Error {}

type Lists = Record<string, unknown[]>;

interface Waiting {
  request: Request;
  resolve: (r: Record<string, unknown>) => void;
  reject: (e: Error) => void;
}

/** The worker thread, started on first use; one job at a time, the newest request per key kept. */
export class CheckThread {
  private worker: Worker | undefined;
  private nextId = 1;
  private running: (Waiting & { got: Lists }) | undefined;
  private readonly queued = new Map<string, Waiting>();

  constructor(private readonly script: string) {}

  async check(check: ThreadCheck): Promise<{ result: DraftCheckResult; notChecked?: NotCheckedNotice }> {
    const { notChecked, inventoryClaims, inventorySummary, ...got } = await this.run(`check ${check.path}`, { job: 'check', check });
    const inventory = inventorySummary ? { inventory: { claims: (inventoryClaims ?? []) as InventoryClaim[], summary: inventorySummary as InventorySummary } } : {};
    const result = { diagnostics: [], claims: [], sentences: [], cancelled: false, ...got, ...inventory } as DraftCheckResult;
    return { result, ...(notChecked ? { notChecked: notChecked as NotCheckedNotice } : {}) };
  }

  /** The fact base of these files, loaded on the thread and handed back in slices. */
  async load(factFiles: FactTexts): Promise<FactBase> {
    const got = await this.run(`load ${factFiles.map((f) => f.path).join('\n')}`, { job: 'load', factFiles });
    // An empty list sends no slice, so it is absent here.
    return {
      files: (got['files'] ?? []) as FactBase['files'],
      entries: new Map((got['entries'] ?? []) as [string, FactEntry][]),
      categories: new Map((got['categories'] ?? []) as [string, string[]][]),
      diagnostics: (got['diagnostics'] ?? []) as FactBase['diagnostics'],
      usable: got['usable'] as boolean,
    };
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private run(key: string, job: Job): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const older = this.queued.get(key);
      if (older) older.reject(new Superseded('a newer request for the same file is waiting'));
      this.queued.set(key, { request: { ...job, id: this.nextId++ }, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running) return;
    const [key, next] = this.queued.entries().next().value ?? [];
    if (!key || !next) return;
    this.queued.delete(key);
    this.running = { ...next, got: {} };
    this.thread().postMessage(next.request);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { role: ROLE } });
    worker.on('message', (reply: Reply) => {
      const running = this.running;
      if (!running || running.request.id !== reply.id) return;
      if (reply.slice) {
        (running.got[reply.slice.list] ??= []).push(...reply.slice.items);
        setImmediate(() => worker.postMessage({ more: reply.id } satisfies More));
        return;
      }
      this.running = undefined;
      if (reply.done) running.resolve({ ...running.got, ...reply.done });
      else running.reject(new Error(reply.error ?? 'the check thread failed'));
      this.pump();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => this.fail(new Error('the check thread stopped')));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** The thread died: the running job fails, and the next request starts a new thread. */
  private fail(error: Error): void {
    this.worker = undefined;
    const running = this.running;
    this.running = undefined;
    running?.reject(error);
    this.pump();
  }
}

/** Whether this thread is the server's check thread. */
export function isCheckThread(): boolean {
  return !isMainThread && (workerData as { role?: string } | undefined)?.role === ROLE;
}

/** A result as replies: every list in slices, then the rest. */
function replies(id: number, lists: Lists, rest: Record<string, unknown>): Reply[] {
  const out: Reply[] = [];
  for (const [list, items] of Object.entries(lists)) {
    for (let i = 0; i < items.length; i += SLICE) out.push({ id, slice: { list, items: items.slice(i, i + SLICE) } });
  }
  out.push({ id, done: rest });
  return out;
}

/** The check thread's life: each job it is sent, answered in slices. */
export function serveCheckThread(): void {
  const port = parentPort!;
  let pending: { id: number; replies: Reply[] } | undefined;
  // The fact files' texts as last sent; a text's own content is its version, so a cache keeps a base while they are unchanged.
  const texts = new Map<string, string>();
  const host: FactHost = { readFile: (p) => texts.get(p), listDir: () => undefined, versionOf: (p) => texts.get(p) };
  const cache = new FactBaseCache(host);
  const factsOf = (factFiles: FactTexts): readonly string[] => {
    texts.clear();
    for (const f of factFiles) texts.set(f.path, f.text);
    return factFiles.map((f) => f.path);
  };
  const answer = (request: Request): Reply[] => {
    if (request.job === 'load') {
      const { files, entries, categories, diagnostics, usable } = cache.get(factsOf(request.factFiles));
      return replies(request.id, { files, entries: [...entries], categories: [...categories], diagnostics }, { usable });
    }
    const { check } = request;
    const began = Date.now();
    const outOfTime = (): boolean => Date.now() - began > CHECK_BUDGET_MS;
    const checked = checkDraftFile(check.path, host, cache, { text: check.text, givenFacts: factsOf(check.factFiles), disabled: check.disabled, outOfTime });
    const { diagnostics, claims, sentences, inventory, ...rest } = checked.result;
    // The inventory's claims are as many as the claims: in slices too, its summary with the rest.
    const lists = { diagnostics, claims, sentences, inventoryClaims: inventory?.claims ?? [] };
    return replies(request.id, lists, { ...rest, ...(inventory ? { inventorySummary: inventory.summary } : {}), ...(checked.notChecked ? { notChecked: checked.notChecked } : {}) });
  };
  port.on('message', (message: Request | More) => {
    if ('more' in message) {
      const next = pending?.id === message.more ? pending.replies.shift() : undefined;
      if (next) port.postMessage(next);
      return;
    }
    try {
      pending = { id: message.id, replies: answer(message) };
      port.postMessage(pending.replies.shift()!);
    } catch (error) {
      port.postMessage({ id: message.id, error: String(error instanceof Error ? error.stack : error) } satisfies Reply);
    }
  });
}
