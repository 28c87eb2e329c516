import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FactHost } from '../core';
import { isInside, pathOf } from './paths';

/** Fact files above this size are not read (a diagnostic says so). */
export const MAX_FACT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The server's FactHost (STYLE rule 3): open documents first, so an unsaved
 * facts.yaml counts, then the disk. In an untrusted workspace nothing outside
 * the workspace folders is read.
 */
export class LspHost implements FactHost {
  trusted = true;
  folders: string[] = [];

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  private openText(path: string): string | undefined {
    for (const doc of this.documents.all()) if (pathOf(doc.uri) === path) return doc.getText();
    return undefined;
  }

  readFile(path: string): string | undefined {
    if (!this.mayRead(path)) return undefined;
    const open = this.openText(path);
    if (open !== undefined) return open;
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > MAX_FACT_FILE_BYTES) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
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
    return this.trusted || this.folders.some((f) => isInside(path, f));
  }
}
