/**
 * Reading text files from disk, the one way the CLI and the language server
 * both do it (issue 12: the server called a 20 MB fact file missing while the
 * CLI read it for 13 s). Node-only, so not in the pure core.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';

/** The largest fact file read, in bytes; a larger one is reported as too large, in those words. */
export const MAX_FACT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The largest draft the language server reads from disk (for "Check all
 * drafts" and a look-up in a closed draft): far above any draft it checks
 * (opedFacts.maxDraftSizeKb), so it only spares reading a huge file to say it
 * is too large. The CLI reads a draft of any size.
 */
export const MAX_EDITOR_DRAFT_BYTES = 50 * 1024 * 1024;

/** A draft's text, or undefined when it cannot be read or is above `limit` bytes. */
export function readDraftFile(path: string, limit = Number.POSITIVE_INFINITY): string | undefined {
  try {
    return readTextFile(path, limit);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a text file. A UTF-16 file is recognised by its byte order mark and
 * decoded with the mark kept as U+FEFF, as a UTF-8 file keeps its own, so the
 * core handles a BOM the same way whatever the encoding. Anything else is
 * read as UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes);
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** A file too large to read, with a message in plain words (the core shows it after the file's name). */
export class TooLarge extends Error {}

/**
 * A regular file's text, or undefined when there is no regular file there.
 * Throws TooLarge above `limit` bytes, and the file system's own error when
 * it cannot be read.
 */
export function readTextFile(path: string, limit = MAX_FACT_FILE_BYTES): string | undefined {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    size = stat.size;
  } catch {
    return undefined;
  }
  if (size > limit) throw new TooLarge(`it is ${megabytes(size)}, more than the ${megabytes(limit)} a fact file may be`);
  return decodeText(readFileSync(path));
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Where a path really leads, symbolic links and ".." resolved; undefined when nothing is there. */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync.native(path).replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}
