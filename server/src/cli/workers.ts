/**
 * Checking on several threads. The drafts are cut into small batches, handed
 * out in order: to worker threads, each with its own DraftChecker (and so its
 * own fact-base cache), a new batch each time one returns one and two ahead
 * so that none waits; and to the main thread, which checks a batch itself
 * whenever it has nothing else to do. The results are put back in the drafts'
 * order before they reach the report, so the output is the single-thread
 * output, byte for byte, and only batches that arrived early are held.
 *
 * The bundle is its own worker script: dist/cli.js started as a worker
 * serves batches instead of reading argv (see the end of main.ts).
 */
import { setImmediate } from 'node:timers/promises';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DraftChecker, type CheckedDraft, type CheckSettings, type DraftOutcome } from './draftChecker';
import { createFsHost } from './fsHost';

const ROLE = 'oped-facts-check';

interface WorkerInit {
  role: typeof ROLE;
  settings: CheckSettings;
}

interface Batch {
  id: number;
  paths: string[];
}

interface BatchDone {
  id: number;
  outcomes: DraftOutcome[];
}

/** Batches a worker holds: the one it checks and the next, so it never waits for the main thread. */
const AHEAD = 2;

/**
 * Checks `paths` on this thread's `checker` and on `workers` worker threads
 * running `script`, passing each checked draft to `accept` in the order of
 * `paths`. Resolves with the first draft (in that order) that could not be
 * read, or undefined when every draft was read; rejects when a worker fails.
 */
export async function checkInParallel(
  paths: readonly string[],
  checker: DraftChecker,
  settings: CheckSettings,
  workers: { count: number; script: string },
  accept: (draft: CheckedDraft) => void,
): Promise<string | undefined> {
  const threads = workers.count + 1;
  const size = Math.max(1, Math.min(16, Math.floor(paths.length / (threads * 8))));
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += size) batches.push(paths.slice(i, i + size));

  const arrived = new Map<number, DraftOutcome[]>();
  let sent = 0;
  let merged = 0;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const woken = (): void => {
    wake?.();
    wake = undefined;
  };

  const send = (worker: Worker): void => {
    if (sent >= batches.length) return;
    const batch: Batch = { id: sent, paths: batches[sent]! };
    sent++;
    worker.postMessage(batch);
  };
  const pool: Worker[] = [];
  const init: WorkerInit = { role: ROLE, settings };
  for (let i = 0; i < workers.count; i++) {
    const worker = new Worker(workers.script, { workerData: init });
    pool.push(worker);
    worker.on('message', (done: BatchDone) => {
      arrived.set(done.id, done.outcomes);
      send(worker);
      woken();
    });
    const fail = (error: unknown): void => {
      failure ??= { error };
      woken();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a checking thread stopped (exit code ${code})`)));
    for (let k = 0; k < AHEAD; k++) send(worker);
  }

  try {
    for (;;) {
      for (let outcomes = arrived.get(merged); outcomes; outcomes = arrived.get(merged)) {
        arrived.delete(merged);
        merged++;
        for (const outcome of outcomes) {
          if (outcome.unreadable) return outcome.path;
          accept(outcome);
        }
      }
      if (merged === batches.length) return undefined;
      if (failure) throw failure.error;
      if (sent < batches.length) {
        // The main thread's share: the next batch, then a turn of the event loop for the workers' messages.
        const id = sent++;
        arrived.set(id, batches[id]!.map((path) => checker.check(path)));
        await setImmediate();
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    for (const worker of pool) worker.removeAllListeners('exit');
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

/** Whether this thread is one of checkInParallel's workers. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | undefined)?.role === ROLE;
}

/** A worker's life: check each batch it is sent, on its own checker, and send the outcomes back. */
export function serveChecks(): void {
  const { settings } = workerData as WorkerInit;
  const checker = new DraftChecker(createFsHost({ cacheListings: true }), settings);
  const port = parentPort!;
  port.on('message', (batch: Batch) => {
    const done: BatchDone = { id: batch.id, outcomes: batch.paths.map((path) => checker.check(path)) };
    port.postMessage(done);
  });
}
