/**
 * The CLI's output, one file at a time: a checked draft is printed as soon as
 * it is checked, while its text is at hand (on whichever thread checked it),
 * and only that printed part is kept, as UTF-8 bytes; the parts are put in
 * order and written out, piece by piece, at the end (`assemble`).
 */
import type { Format } from './args';
import { jsonDocument, jsonPart } from './format/json';
import { sarifDocument, sarifPart, type ToolInfo } from './format/sarif';
import { textPart, textSummary, textWithoutFacts } from './format/text';
import { countSeverities, type Positions, type ReportFile, type SeverityCounts } from './report';

export interface OutputOptions {
  format: Format;
  /** ANSI colour in text output (the caller decides: a terminal, no --no-color, no NO_COLOR). */
  color: boolean;
  /** `--quiet`: error-severity diagnostics only, and no summary line. */
  quiet: boolean;
  /** Paths are printed relative to this folder. */
  cwd: string;
}

/** One file of the report, printed. */
export interface RenderedFile {
  /** The printed path (the files are sorted by it). */
  display: string;
  /** The file's part of the output, in the format's own terms. */
  part: string;
  /** The diagnostics printed, by severity. */
  counts: SeverityCounts;
  /** Whether the file has an error-severity diagnostic (printed or not: --quiet drops nothing that counts). */
  hasError: boolean;
  /** A draft that found no fact file: only the checks that need none ran on it (the text output says so). */
  withoutFacts?: boolean;
}

/**
 * A printed file waiting for the end of the run. UTF-8 bytes take a
 * quarter of what the printed string does on the heap (measured: 3.4 MB
 * of JSON for 1,000 drafts held 17 MB as strings).
 */
export interface KeptFile extends Omit<RenderedFile, 'part'> {
  part: Buffer;
}

/** Prints one file's diagnostics (sorted by position) in the chosen format. */
export function renderFile(file: ReportFile, positions: Positions, options: OutputOptions): RenderedFile {
  const hasError = file.diagnostics.some((d) => d.severity === 'error');
  const shown = options.quiet ? { ...file, diagnostics: file.diagnostics.filter((d) => d.severity === 'error') } : file;
  const counts = countSeverities([shown]);
  let part: string;
  switch (options.format) {
    case 'text':
      part = textPart(shown, positions, options.color);
      break;
    case 'json':
      part = jsonPart(shown, positions, options.cwd);
      break;
    case 'sarif':
      part = sarifPart(shown, positions, options.cwd);
      break;
  }
  return { display: shown.display, part, counts, hasError };
}

/** A printed file as it waits for the end of the run. */
export function keep(file: RenderedFile): KeptFile {
  return { ...file, part: Buffer.from(file.part, 'utf8') };
}

/** The whole output, in pieces: the files sorted by printed path, then the format's summary. */
export function* assemble(files: readonly KeptFile[], options: OutputOptions, tool: ToolInfo): Generator<string> {
  const sorted = [...files].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  const parts = (function* () {
    for (const file of sorted) yield file.part.toString('utf8');
  })();
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0 };
  for (const file of files) {
    counts.error += file.counts.error;
    counts.warning += file.counts.warning;
    counts.information += file.counts.information;
  }
  switch (options.format) {
    case 'text':
      yield* parts;
      if (!options.quiet) {
        yield textSummary(counts, files.length, options.color);
        const unchecked = sorted.filter((f) => f.withoutFacts).map((f) => f.display);
        if (unchecked.length) yield textWithoutFacts(unchecked);
      }
      return;
    case 'json':
      yield* jsonDocument(parts, counts);
      return;
    case 'sarif':
      yield* sarifDocument(parts, tool, options.cwd);
      return;
  }
}
