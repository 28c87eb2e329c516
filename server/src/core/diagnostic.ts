import type { Code, Severity } from './codes';

/** A replacement of `[start, end)` (UTF-16 offsets) in one file's text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A quick fix, made by the check that knows the right value (STYLE rule 7). */
export interface Fix {
  title: string;
  /** Path of the file the edits apply to (normally the diagnostic's own file). */
  file: string;
  edits: TextEdit[];
}

/** A place in another file that explains a diagnostic (the fact behind it). */
export interface RelatedLocation {
  file: string;
  start: number;
  end: number;
  message: string;
}

/**
 * The plain data every front end receives (STYLE rule 2): string offsets, not
 * lines and columns; only the adapters convert, through `lineIndex`.
 */
export interface CoreDiagnostic {
  /** Path of the file the diagnostic sits in: the draft, or a fact file. */
  file: string;
  code: Code;
  severity: Severity;
  /** UTF-16 offsets into that file's text. */
  start: number;
  end: number;
  message: string;
  /** The value a quick fix puts in, in the draft's own style. */
  expected?: string;
  /** The entry the claim is tied to. */
  factId?: string;
  /**
   * How sure the tie behind a mismatch is (SPEC section 3): a mismatch on an
   * inferred tie (a paragraph candidate or a total) is a warning.
   */
  tie?: 'named' | 'directive' | 'inferred';
  fix?: Fix;
  related?: RelatedLocation[];
}
