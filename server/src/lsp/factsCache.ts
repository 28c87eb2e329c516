import { emptyFactBase, loadFacts, type FactBase, type FactHost, type Logger } from '../core';
import { TooLarge } from '../disk/textFiles';
import { LARGE_FACTS, type CheckThread, type FactTexts } from './checkThread';

/**
 * Loaded fact bases, one per list of fact files, so that every draft sharing
 * a fact file shares one load. A change to any of a base's files drops it.
 * Large fact files are loaded on the check thread (issue 12: an 18 MB file
 * took 8 s to load, every request waiting meanwhile); until such a base is
 * there, get() answers with an empty base that checks nothing.
 */
export class FactsCache {
  private readonly bases = new Map<string, FactBase>();
  private readonly loading = new Map<string, { paths: readonly string[]; base: Promise<FactBase> }>();

  constructor(private readonly host: FactHost, private readonly logger: Logger, private readonly thread?: CheckThread) {}

  get(paths: readonly string[]): FactBase {
    const key = paths.join('\n');
    let base = this.bases.get(key);
    if (!base && this.loading.has(key)) return { ...emptyFactBase(), usable: false };
    if (!base) {
      base = loadFacts([...paths], this.host, this.logger);
      this.bases.set(key, base);
    }
    return base;
  }

  /** The base of these files, loaded on the check thread when they are large. */
  async ready(paths: readonly string[]): Promise<FactBase> {
    const key = paths.join('\n');
    const have = this.bases.get(key) ?? this.loading.get(key)?.base;
    if (have) return have;
    const texts = this.thread ? this.largeTexts(paths) : undefined;
    if (!this.thread || !texts) return this.get(paths);
    const began = Date.now();
    const loading = { paths, base: this.thread.load(texts) };
    this.loading.set(key, loading);
    const settle = (): void => {
      if (this.loading.get(key) === loading) this.loading.delete(key);
    };
    loading.base.then((base) => {
      if (this.loading.get(key) === loading) this.bases.set(key, base);
      settle();
      this.logger.log('debug', 'large fact files', { paths, loadMs: Date.now() - began });
    }, settle);
    return loading.base;
  }

  /** The files' texts when every one reads and together they are large; else undefined (loaded here, as usual). */
  private largeTexts(paths: readonly string[]): FactTexts | undefined {
    const texts: FactTexts = [];
    let size = 0;
    for (const path of paths) {
      let text: string | undefined;
      try {
        text = this.host.mayRead?.(path) === false ? undefined : this.host.readFile(path);
      } catch (error) {
        if (error instanceof TooLarge) return undefined;
        throw error;
      }
      if (text === undefined) return undefined;
      texts.push({ path, text });
      size += text.length;
    }
    return size > LARGE_FACTS ? texts : undefined;
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
    for (const [key, loading] of this.loading) {
      if (loading.paths.some((p) => changed.has(p))) {
        this.loading.delete(key);
        dropped = true;
      }
    }
    return dropped;
  }

  clear(): void {
    this.bases.clear();
    this.loading.clear();
  }

  /** Every loaded base (for look-ups by id across the workspace). */
  all(): FactBase[] {
    return [...this.bases.values()];
  }
}
