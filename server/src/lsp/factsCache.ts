import { loadFacts, type FactBase, type FactHost, type Logger } from '../core';

/**
 * Loaded fact bases, one per list of fact files, so that every draft sharing
 * a fact file shares one load. A change to any of a base's files drops it.
 */
export class FactsCache {
  private readonly bases = new Map<string, FactBase>();

  constructor(private readonly host: FactHost, private readonly logger: Logger) {}

  get(paths: readonly string[]): FactBase {
    const key = paths.join('\n');
    let base = this.bases.get(key);
    if (!base) {
      base = loadFacts([...paths], this.host, this.logger);
      this.bases.set(key, base);
    }
    return base;
  }

  /** Drops every base that holds one of these files; true if any was dropped. */
  invalidate(paths: Iterable<string>): boolean {
    const changed = new Set(paths);
    let dropped = false;
    for (const [key, base] of this.bases) {
      if (base.files.some((f) => changed.has(f.path)) || key.split('\n').some((p) => changed.has(p))) {
        this.bases.delete(key);
        dropped = true;
      }
    }
    return dropped;
  }

  clear(): void {
    this.bases.clear();
  }

  /** Every loaded base (for look-ups by id across the workspace). */
  all(): FactBase[] {
    return [...this.bases.values()];
  }
}
