/**
 * An in-memory FactHost for tests (STYLE rule 3): files by absolute path,
 * folders implied by the paths. `outside` lists folders the host refuses to
 * read, as an untrusted workspace refuses paths outside it.
 */
import type { FactHost } from '../../../server/src/core/host';

export interface MemoryHostOptions {
  /** Folders (and everything under them) that mayRead refuses. */
  outside?: string[];
}

export function memoryHost(files: Record<string, string>, options: MemoryHostOptions = {}): FactHost & { reads: string[] } {
  const reads: string[] = [];
  const host: FactHost & { reads: string[] } = {
    reads,
    readFile(path) {
      reads.push(path);
      return Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined;
    },
    listDir(path) {
      const prefix = path.endsWith('/') ? path : `${path}/`;
      const names = new Set<string>();
      for (const file of Object.keys(files)) {
        if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0]!);
      }
      return names.size > 0 ? [...names] : undefined;
    },
  };
  if (options.outside) {
    const refused = options.outside;
    host.mayRead = (path) => !refused.some((folder) => path === folder || path.startsWith(`${folder}/`));
  }
  return host;
}
