import { emptyFactBase, FactBaseCache, loadFacts, type FactBase, type FactHost, type Logger } from '../core';
import { TooLarge } from '../disk/textFiles';
import { LARGE_FACTS, type CheckThread, type FactTexts } from './checkThread';

/**
 * The core's cache of loaded fact bases, plus one thing only the server
 * needs: large fact files are loaded on the check thread (issue 12: an 18 MB
 * file took 8 s to load, every request waiting meanwhile). Until such a base
 * is there, get() answers with an empty base that checks nothing.
 */
export class FactsCache extends FactBaseCache {
  private readonly loading = new Map<string, { paths: readonly string[]; base: Promise<FactBase> }>();

  constructor(private readonly files: FactHost, logger: Logger, private readonly thread?: CheckThread) {
    super(files, logger);
  }

  override get(paths: readonly string[]): FactBase {
    if (!this.current(paths) && this.loading.has(paths.join('\n'))) return { ...emptyFactBase(), usable: false };
    return super.get(paths);
  }

  /** The base of these files, loaded on the check thread when they are large. */
  async ready(paths: readonly string[]): Promise<FactBase> {
    const key = paths.join('\n');
    const have = this.current(paths) ?? this.loading.get(key)?.base;
    if (have) return have;
    const texts = this.thread ? this.readAll(paths) : undefined;
    if (!this.thread || !texts) return this.get(paths);
    if (texts.reduce((size, f) => size + f.text.length, 0) <= LARGE_FACTS) {
      // Small: loaded here, from the texts just read rather than reading every file again.
      const read = new Map(texts.map((f) => [f.path, f.text]));
      return this.put(paths, loadFacts(paths, { readFile: (p) => read.get(p), listDir: () => undefined }, this.logger));
    }
    const began = Date.now();
    const loading = { paths, base: this.thread.load(texts) };
    this.loading.set(key, loading);
    const settle = (): void => {
      if (this.loading.get(key) === loading) this.loading.delete(key);
    };
    loading.base.then((base) => {
      if (this.loading.get(key) === loading) this.put(paths, base);
      settle();
      this.logger.log('debug', 'large fact files', { paths, loadMs: Date.now() - began });
    }, settle);
    return loading.base;
  }

  /** Every file's text, or undefined when one does not read (it is then loaded as usual, and its diagnostic says why). */
  private readAll(paths: readonly string[]): FactTexts | undefined {
    const texts: FactTexts = [];
    for (const path of paths) {
      let text: string | undefined;
      try {
        text = this.files.mayRead?.(path) === false ? undefined : this.files.readFile(path);
      } catch (error) {
        if (error instanceof TooLarge) return undefined;
        throw error;
      }
      if (text === undefined) return undefined;
      texts.push({ path, text });
    }
    return texts;
  }

  override invalidate(paths: Iterable<string>): boolean {
    const changed = new Set(paths);
    let dropped = super.invalidate(changed);
    for (const [key, loading] of this.loading) {
      if (loading.paths.some((p) => changed.has(p))) {
        this.loading.delete(key);
        dropped = true;
      }
    }
    return dropped;
  }

  override clear(): void {
    super.clear();
    this.loading.clear();
  }
}
