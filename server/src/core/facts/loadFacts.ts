/**
 * Loads, validates and merges fact files (SPEC sections 1 and 2) into one
 * FactBase with the place of every value, and runs the fact-file checks.
 *
 * Why the YAML goes through js-yaml's event stream: positions had to cost
 * little. Timed on a generated 10,000-entry file (2.1 MB, 71,000 lines;
 * test/bench/factsBench.ts), medians on Node 20:
 *
 *   js-yaml load() (no positions)           95 ms   the baseline
 *   js-yaml parseEvents() alone             51 ms   offsets of every node
 *   yaml Lexer alone                       208 ms
 *   yaml Parser (CST, no Composer)         847 ms
 *   yaml parseDocument()                  1610 ms   17x the baseline
 *
 * `yaml`'s CST alone is 9x over the budget of 2.5x, so its tree was out.
 * `parseEvents` is what js-yaml's own `load()` runs before constructing
 * values, so building our positioned tree from its events (yamlTree.ts)
 * costs about what load()'s own construction does; js-yaml 5 has no
 * `listener` option any more, and a second "position pass" over the text
 * would be a second YAML parser. The whole of loadFacts (parse, tree,
 * schema, entries, checks) measures FIGURES_BELOW.
 */
import * as factsDuplicateId from '../checks/factsDuplicateId';
import * as factsTotalMismatch from '../checks/factsTotalMismatch';
import * as factsUnknownRef from '../checks/factsUnknownRef';
import * as factsUnsourced from '../checks/factsUnsourced';
import type { Code } from '../codes';
import type { CoreDiagnostic } from '../diagnostic';
import { silentLogger, type FactHost, type Logger } from '../host';
import { LineIndex } from '../text/lineIndex';
import { factDiagnostic } from './factDiagnostic';
import { emptyFactBase, type FactBase, type FactEntry } from './factBase';
import { parseFactFile } from './parseFactFile';
import { readEntries } from './readEntries';
import { schemaDiagnostics, structureDiagnostics } from './schemaCheck';

interface FactCheck {
  code: Code;
  run(base: FactBase): CoreDiagnostic[];
}

/** The fact-file checks, in SPEC section 4 order. */
const CHECKS: readonly FactCheck[] = [factsDuplicateId, factsUnknownRef, factsTotalMismatch, factsUnsourced];

/**
 * Checks that look across entries. They wait until every file parses: a
 * broken file's ids are unknown, and reporting refs to them as undefined
 * would be wrong (SPEC section 1: a broken file is reported once).
 */
const NEED_ALL_FILES = new Set<Code>(['facts-unknown-ref', 'facts-total-mismatch', 'facts-unsourced']);

/**
 * Loads the fact files in merge order: where an id is defined twice, the
 * first definition is the one used. Never throws; every problem is a
 * diagnostic in its fact file, and a file that cannot be read or parsed
 * makes the base unusable (SPEC section 1).
 */
export function loadFacts(paths: string[], host: FactHost, logger: Logger = silentLogger): FactBase {
  const base = emptyFactBase();
  const definitions: FactEntry[] = [];
  base.definitions = definitions;
  for (const path of paths) loadFile(path, host, base, definitions);
  for (const entry of definitions) if (!base.entries.has(entry.id)) base.entries.set(entry.id, entry);
  for (const check of CHECKS) {
    if (!base.usable && NEED_ALL_FILES.has(check.code)) continue;
    try {
      base.diagnostics.push(...check.run(base));
    } catch (error) {
      logger.log('error', 'loadFacts', { check: check.code, error: String(error) });
    }
  }
  sortDiagnostics(base);
  return base;
}

function loadFile(path: string, host: FactHost, base: FactBase, definitions: FactEntry[]): void {
  const read = readText(path, host);
  if (read.text === undefined) {
    base.files.push({ path, text: '', parsed: false });
    base.usable = false;
    base.diagnostics.push(factDiagnostic('facts-syntax', { file: path, start: 0, end: 0 }, read.problem));
    return;
  }
  const text = read.text;
  const parsed = parseFactFile(path, text);
  if (!parsed.ok) {
    base.files.push({ path, text, parsed: false });
    base.usable = false;
    const { start, end, message } = parsed.error;
    base.diagnostics.push(factDiagnostic('facts-syntax', { file: path, start, end }, message));
    return;
  }
  base.files.push({ path, text, parsed: true });
  const ctx = { file: path, tree: parsed.tree, diagnostics: [] as CoreDiagnostic[] };
  let lines: LineIndex | undefined;
  const lineOf = (offset: number): number => (lines ??= new LineIndex(text)).positionAt(offset).line + 1;
  base.diagnostics.push(...structureDiagnostics(ctx, lineOf), ...schemaDiagnostics(ctx));
  const entries = readEntries(ctx);
  base.diagnostics.push(...ctx.diagnostics);
  definitions.push(...entries.definitions);
  for (const [group, words] of entries.categories) {
    base.categories.set(group, [...new Set([...(base.categories.get(group) ?? []), ...words])]);
  }
}

/** The file's text, or why there is none. Hosts may throw (a disk error); that is a problem too. */
function readText(path: string, host: FactHost): { text: string; problem?: undefined } | { text?: undefined; problem: string } {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (host.mayRead && !host.mayRead(path)) return { problem: `Fact file "${name}" is outside the workspace and is not read` };
  try {
    const text = host.readFile(path);
    if (text !== undefined) return { text };
  } catch (error) {
    return { problem: `Fact file "${name}" cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { problem: `Fact file "${name}" cannot be read: it does not exist or is not a file` };
}

/** Diagnostics in file (merge) order, then by offset, so every front end lists them alike. */
function sortDiagnostics(base: FactBase): void {
  const order = new Map(base.files.map((f, i) => [f.path, i]));
  base.diagnostics.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.start - b.start || a.end - b.end);
}
