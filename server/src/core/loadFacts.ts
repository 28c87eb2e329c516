/**
 * Loads fact files: reads and merges them (facts/readFactFiles.ts), then
 * runs every fact-file check of the registry (checks/index.ts) over each
 * file and over the merged base, as checkDraft.ts runs the draft checks.
 */
import { FACT_CHECKS } from './checks';
import type { CoreDiagnostic } from './diagnostic';
import type { FactBase } from './facts/factBase';
import { readFactFiles } from './facts/readFactFiles';
import { silentLogger, type FactHost, type Logger } from './host';

/**
 * The fact base of these files in merge order, with every facts-* diagnostic.
 * Never throws: a check that fails is logged and the others still run.
 */
export function loadFacts(paths: readonly string[], host: FactHost, logger: Logger = silentLogger): FactBase {
  const { base, reads } = readFactFiles(paths, host);
  for (const file of reads) {
    for (const check of FACT_CHECKS) if (check.scope === 'file') guarded(check.code, logger, base.diagnostics, () => check.run(file));
  }
  for (const check of FACT_CHECKS) {
    if (check.scope !== 'base' || (!base.usable && check.needsAllFiles)) continue;
    guarded(check.code, logger, base.diagnostics, () => check.run(base));
  }
  sortDiagnostics(base);
  return base;
}

function guarded(code: string, logger: Logger, into: CoreDiagnostic[], run: () => CoreDiagnostic[]): void {
  try {
    // A loop, not push(...): a big file's many diagnostics would overflow the stack.
    for (const d of run()) into.push(d);
  } catch (error) {
    logger.log('error', 'loadFacts', { check: code, error: String(error) });
  }
}

/** Diagnostics in file (merge) order, then by offset, so every front end lists them alike. */
function sortDiagnostics(base: FactBase): void {
  const order = new Map(base.files.map((f, i) => [f.path, i]));
  base.diagnostics.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.start - b.start || a.end - b.end);
}
