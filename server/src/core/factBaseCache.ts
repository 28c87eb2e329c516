import type { FactBase } from './facts/factBase';
import { silentLogger, type FactHost, type Logger } from './host';
import { loadFacts } from './loadFacts';

/**
 * Loaded fact bases, one per list of fact files, so that every draft sharing
 * a fact file shares one load (the CLI over a tree, the server over a
 * workspace). A base is kept while each of its files is at the content
 * version it was loaded at (FactHost.versionOf: an open document's version,
 * a file's modification time); a host without versions keeps bases until
 * they are invalidated.
 */
export class FactBaseCache {
  private readonly bases = new Map<string, { versions: string; base: FactBase }>();

  constructor(private readonly host: FactHost, protected readonly logger: Logger = silentLogger) {}

  /** The base of these files, loaded now unless a current one is kept. */
  get(paths: readonly string[]): FactBase {
    return this.current(paths) ?? this.put(paths, loadFacts(paths, this.host, this.logger));
  }

  /** The kept base of these files if it is current; undefined otherwise. */
  current(paths: readonly string[]): FactBase | undefined {
    const kept = this.bases.get(paths.join('\n'));
    return kept && kept.versions === this.versions(paths) ? kept.base : undefined;
  }

  /** Keeps a base loaded elsewhere (the server loads large fact files on its worker thread). */
  put(paths: readonly string[], base: FactBase): FactBase {
    this.bases.set(paths.join('\n'), { versions: this.versions(paths), base });
    return base;
  }

  /** Drops every base that holds one of these files; true if any was dropped. */
  invalidate(paths: Iterable<string>): boolean {
    const changed = new Set(paths);
    let dropped = false;
    for (const [key, { base }] of this.bases) {
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

  /** Every kept base (for look-ups by id across a workspace). */
  all(): FactBase[] {
    return [...this.bases.values()].map((k) => k.base);
  }

  private versions(paths: readonly string[]): string {
    return this.host.versionOf ? paths.map((p) => this.host.versionOf!(p) ?? '').join('\n') : '';
  }
}
