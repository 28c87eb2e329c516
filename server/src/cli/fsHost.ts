/**
 * The CLI's FactHost, backed by node:fs (STYLE rule 3). The core sees paths
 * that are absolute with forward slashes; text is handed over exactly as it is
 * in the file (a UTF-8 byte order mark stays as U+FEFF) so that the core's
 * offsets are offsets into what is on disk.
 */
import { lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FactHost } from '../core';
import { readDraftFile, readTextFile, TooLarge } from '../disk/textFiles';

/** An absolute path with forward slashes, as the core expects (SPEC: paths cross the boundary as data). */
export function toCorePath(path: string, cwd: string = process.cwd()): string {
  return resolve(cwd, path).replace(/\\/g, '/');
}

export { decodeText } from '../disk/textFiles';

/** Whether the path is a regular file (following symbolic links). */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether the path is a folder (following symbolic links). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Why a path cannot be read as a text file, in a few words for a one-line error. */
export function whyUnreadable(path: string): string {
  let isDir = false;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) isDir = true;
    else if (!stat.isFile()) return 'not a regular file';
  } catch (error) {
    return isSymbolicLink(path) && (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'broken symbolic link' : reason(error);
  }
  if (isDir) return 'is a folder';
  try {
    readFileSync(path);
    return 'unreadable';
  } catch (error) {
    return reason(error);
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'ENOTDIR':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'larger than 2 GiB';
    default:
      return code ? code.toLowerCase() : 'unreadable';
  }
}

export interface FsHostOptions {
  /**
   * Remember folder listings for the life of the host. The CLI is one short
   * run over files that do not change under it, and thousands of drafts walk
   * up through the same folders during discovery.
   */
  cacheListings?: boolean;
}

/** A FactHost over the real file system. */
export function createFsHost(options: FsHostOptions = {}): FactHost {
  const listings = new Map<string, string[] | undefined>();
  return {
    readFile(path: string): string | undefined {
      try {
        return readTextFile(path);
      } catch (error) {
        // Too large is said in the diagnostic; any other failure reads as no file.
        if (error instanceof TooLarge) throw error;
        return undefined;
      }
    },
    readDraft: (path) => readDraftFile(path),
    listDir(path: string): string[] | undefined {
      if (options.cacheListings && listings.has(path)) return listings.get(path);
      let names: string[] | undefined;
      try {
        names = readdirSync(path).sort();
      } catch {
        names = undefined;
      }
      if (options.cacheListings) listings.set(path, names);
      return names;
    },
  };
}
