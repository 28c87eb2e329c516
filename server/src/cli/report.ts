/**
 * What one CLI run found, as plain data for the formatters (STYLE rule 2):
 * every checked draft and every fact file they used, each with its core
 * diagnostics (offsets), plus the texts the formatters turn offsets into
 * lines and columns with, through the one LineIndex.
 */
import { relative } from 'node:path';
import { LineIndex, type Code, type CoreDiagnostic, type NOT_CHECKED, type Severity } from '../core';

/**
 * The one code the CLI reports itself, outside the core's table (SPEC section
 * 4): a draft it did not check (binary content), with the core's reason.
 */
export type CliCode = typeof NOT_CHECKED;

/** A diagnostic as the CLI prints it: the core's, or one of the CLI's own. */
export interface ReportDiagnostic extends Omit<CoreDiagnostic, 'code'> {
  code: Code | CliCode;
}

export interface ReportFile {
  /** Absolute path with forward slashes, as the core knows it. */
  path: string;
  /** Path relative to the working directory, forward slashes (what is printed). */
  display: string;
  /** For a draft: the fact files it was checked against (absolute). Empty for a fact file. */
  facts: string[];
  /** The file's diagnostics in order of position. */
  diagnostics: ReportDiagnostic[];
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

  /** Whether the file's text is known (a related location or a fix elsewhere is dropped otherwise). */
  has(file: string): boolean {
    return this.texts.has(file);
  }

  /** Drops the file's LineIndex, once its text is gone from the map (a checked draft). */
  forget(file: string): void {
    this.indexes.delete(file);
  }

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

/** What makes two diagnostics the same one (listed once). */
export function diagnosticKey(d: ReportDiagnostic): string {
  return `${d.file}\u0000${d.start}\u0000${d.end}\u0000${d.code}\u0000${d.message}`;
}

/** How many diagnostics of each severity these files hold. */
export function countSeverities(files: readonly ReportFile[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0 };
  for (const file of files) for (const d of file.diagnostics) counts[d.severity]++;
  return counts;
}

/**
 * A value as `JSON.stringify(value, null, 2)` prints it `depth` levels deep
 * in a larger document: the parts of a report are printed one file at a time
 * and joined, and come out exactly as the whole document printed at once.
 */
export function jsonAt(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  // JSON escapes line breaks inside strings, so every \n here starts a line.
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}
