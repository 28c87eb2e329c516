import type { Code } from '../codes';
import type { CoreDiagnostic } from '../diagnostic';
import type { FactBase } from '../facts/factBase';
import type { FactFileRead } from '../facts/readFactFiles';

/** A check of each fact file as read (facts-syntax, facts-schema). */
export interface FactFileCheck {
  code: Code;
  scope: 'file';
  run(file: FactFileRead): CoreDiagnostic[];
}

/** A check across the merged fact files (ids, references, totals, sources). */
export interface FactBaseCheck {
  code: Code;
  scope: 'base';
  /**
   * Waits until every file parses: a broken file's ids are unknown, and
   * reporting references to them as undefined would be wrong (SPEC section
   * 1: a broken file is reported once).
   */
  needsAllFiles: boolean;
  run(base: FactBase): CoreDiagnostic[];
}

/** A check of the fact files: one per facts-* code (STYLE rule 5), as a draft check is one per draft code. */
export type FactCheck = FactFileCheck | FactBaseCheck;
