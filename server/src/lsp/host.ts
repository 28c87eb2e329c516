import { readdirSync, statSync } from 'node:fs';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FactHost } from '../core';
import { MAX_EDITOR_DRAFT_BYTES, readDraftFile, readTextFile, realPath, TooLarge } from '../disk/textFiles';
import { isInside, pathOf } from './paths';

/**
 * The server's FactHost (STYLE rule 3): open documents first, so an unsaved
 * facts.yaml counts, then the disk, read as the CLI reads it (one size rule).
 * In an untrusted workspace nothing outside the workspace folders is read,
 * however it is reached: a path is judged by where it really leads, so a
 * symbolic link or ".." out of the folder is refused (issue 12).
 */
export class LspHost implements FactHost {
  trusted = true;
  folders: string[] = [];

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  private openDocument(path: string): TextDocument | undefined {
    return this.documents.all().find((doc) => pathOf(doc.uri) === path);
  }

  private openText(path: string): string | undefined {
    return this.openDocument(path)?.getText();
  }

  /** An open document's version, or the file's modification time and size on disk. */
  versionOf(path: string): string | undefined {
    const open = this.openDocument(path);
    if (open) return `open ${open.version}`;
    try {
      const stat = statSync(path);
      return `disk ${stat.mtimeMs} ${stat.size}`;
    } catch {
      return undefined;
    }
  }

  readFile(path: string): string | undefined {
    if (!this.mayRead(path)) return undefined;
    const open = this.openText(path);
    if (open !== undefined) return open;
    try {
      return readTextFile(path);
    } catch (error) {
      if (error instanceof TooLarge) throw error;
      return undefined;
    }
  }

  /** A draft's text: the open document's, or the file's, read and decoded as the CLI reads it. */
  readDraft(path: string): string | undefined {
    if (!this.mayRead(path)) return undefined;
    return this.openText(path) ?? readDraftFile(path, MAX_EDITOR_DRAFT_BYTES);
  }

  listDir(path: string): string[] | undefined {
    if (!this.mayRead(path)) return undefined;
    try {
      return readdirSync(path);
    } catch {
      return undefined;
    }
  }

  mayRead(path: string): boolean {
    if (this.trusted) return true;
    if (!this.folders.some((f) => isInside(path, f))) return false;
    // Inside by name; it must be inside where it really leads too (a link to /etc/passwd is not).
    const real = realPath(path);
    return real === undefined || this.folders.some((f) => isInside(real, realPath(f) ?? f));
  }
}
