/**
 * Making facts-* diagnostics, and naming places in fact files in their
 * messages, the same way for the loader and every fact-file check.
 */
import { posix } from 'node:path';
import { CODES, type Code } from '../codes';
import type { CoreDiagnostic } from '../diagnostic';
import { LineIndex } from '../text/lineIndex';
import type { FactBase, FactFile, Located } from './factBase';

/** Line indexes of fact files, made once per file text however many messages need one. */
const lineIndexes = new WeakMap<FactFile, LineIndex>();

/** A facts-* diagnostic at a place in a fact file, with the code's default severity. */
export function factDiagnostic(code: Code, at: Located, message: string): CoreDiagnostic {
  return { file: at.file, code, severity: CODES[code].severity, start: at.start, end: at.end, message };
}

/**
 * "facts.yaml:12": where the other side of a problem sits, as a message
 * names it (SPEC section 4: messages say where the other side is). The path
 * is relative to the folder of the file the message is shown in.
 */
export function placeName(base: FactBase, at: Located, shownIn: string): string {
  const file = base.files.find((f) => f.path === at.file);
  const line = file ? lineIndexOf(file).positionAt(at.start).line + 1 : undefined;
  const name = at.file === shownIn ? posix.basename(at.file) : posix.relative(posix.dirname(shownIn), at.file) || posix.basename(at.file);
  return line === undefined ? name : `${name}:${line}`;
}

function lineIndexOf(file: FactFile): LineIndex {
  let index = lineIndexes.get(file);
  if (!index) {
    index = new LineIndex(file.text);
    lineIndexes.set(file, index);
  }
  return index;
}
