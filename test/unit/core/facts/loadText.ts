/**
 * Test helpers for the fact-file tests: load fact texts from an in-memory
 * host and describe diagnostics as "line:code" and by the text they cover,
 * so that assertions read like the fact file itself.
 */
import type { CoreDiagnostic } from '../../../../server/src/core/diagnostic';
import type { FactBase } from '../../../../server/src/core/facts/factBase';
import { loadFacts } from '../../../../server/src/core/loadFacts';
import { LineIndex } from '../../../../server/src/core/text/lineIndex';
import { memoryHost } from '../../helpers/memoryHost';

export const DIR = '/news/desk';

/** Loads one or more fact files, given as name -> text, in the order given. */
export function loadTexts(files: Record<string, string>): FactBase {
  const paths = Object.keys(files).map((name) => `${DIR}/${name}`);
  const host = memoryHost(Object.fromEntries(Object.entries(files).map(([name, text]) => [`${DIR}/${name}`, text])));
  return loadFacts(paths, host);
}

/** Loads one fact file called facts.yaml (or the name given). */
export function loadText(text: string, name = 'facts.yaml'): FactBase {
  return loadTexts({ [name]: text });
}

/** "13:facts-syntax": where a diagnostic sits (1-based line) and its code. */
export function lineAndCode(base: FactBase, d: CoreDiagnostic): string {
  const file = base.files.find((f) => f.path === d.file);
  const line = file ? new LineIndex(file.text).positionAt(d.start).line + 1 : 0;
  return `${line}:${d.code}`;
}

/** Every diagnostic as "line:code", in order. */
export function summary(base: FactBase): string[] {
  return base.diagnostics.map((d) => lineAndCode(base, d));
}

/** The text a diagnostic (or any located value) covers. */
export function covered(base: FactBase, at: { file: string; start: number; end: number }): string {
  const file = base.files.find((f) => f.path === at.file);
  return file ? file.text.slice(at.start, at.end) : '';
}

/** Joins lines into a fact-file text, so that tests can show line numbers plainly. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
