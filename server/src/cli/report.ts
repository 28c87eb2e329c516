/**
 * What one CLI run found, as plain data for the formatters (STYLE rule 2):
 * every checked draft and every fact file they used, each with its core
 * diagnostics (offsets), plus the texts the formatters turn offsets into
 * lines and columns with, through the one LineIndex.
 */
import { relative } from 'node:path';
import { LineIndex, type CoreDiagnostic, type Severity } from '../core';

export interface ReportFile {
  /** Absolute path with forward slashes, as the core knows it. */
  path: string;
  /** Path relative to the working directory, forward slashes (what is printed). */
  display: string;
  /** For a draft: the fact files it was checked against (absolute). Empty for a fact file. */
  facts: string[];
  /** The file's diagnostics in order of position. */
  diagnostics: CoreDiagnostic[];
}

export interface Report {
  /** Drafts and fact files, sorted by their printed path. */
  files: ReportFile[];
  /** The text of each file by absolute path (for line and column conversion). */
  texts: ReadonlyMap<string, string>;
  cwd: string;
}

/** A range as every output format prints it: 1-based lines and columns, columns in UTF-16 code units. */
export interface LineRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A path relative to the working directory with forward slashes ("drafts/a.md", "facts.yaml"). */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path).replace(/\\/g, '/');
  return rel === '' ? '.' : rel;
}

/**
 * Offsets to 1-based lines and columns, one LineIndex per file, built on
 * first use: the formatters' only way to place a diagnostic.
 */
export class Positions {
  private readonly indexes = new Map<string, LineIndex>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  range(file: string, start: number, end: number): LineRange {
    let index = this.indexes.get(file);
    if (!index) {
      index = new LineIndex(this.texts.get(file) ?? '');
      this.indexes.set(file, index);
    }
    const from = index.positionAt(start);
    const to = index.positionAt(Math.max(start, end));
    return { line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
  }
}

export type SeverityCounts = Record<Severity, number>;

/** How many diagnostics of each severity the report holds. */
export function countSeverities(report: Report): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0 };
  for (const file of report.files) for (const d of file.diagnostics) counts[d.severity]++;
  return counts;
}
