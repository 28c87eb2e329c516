/**
 * Loads, validates and merges fact files (SPEC sections 1 and 2) into one
 * FactBase with the place of every value, and runs the fact-file checks.
 *
 * How positions are had cheaply. Timed on the generated 10,000-entry file
 * (2.1 MB, 71,000 lines; test/bench/factsBench.ts), Node 20, medians:
 *
 *   js-yaml load(), no positions                 95 ms   the baseline
 *   js-yaml parseEvents() alone                  51 ms   every node's offsets
 *   yaml Lexer alone                            208 ms   2.2x
 *   yaml Parser, CST without the Composer       847 ms   8.9x
 *   yaml parseDocument()                       1610 ms   17x
 *
 * `yaml` was out: its CST alone is 9x the baseline, over the 2.5x budget.
 * js-yaml 5 has no `listener` option any more, and a separate position pass
 * over the text would be a second YAML parser. `parseEvents` is the first
 * half of js-yaml's own load(); building the positioned tree from its events
 * (parseYaml.ts into yamlTree.ts's flat arrays) costs about what load()'s
 * second half does. All of loadFacts (parse, tree, schema, entries, checks)
 * then measures 1.5x to 1.7x load() with runs interleaved (136-165 ms
 * against 91-94 ms), and 1.8x to 2.1x with a full collection before each run
 * as test/bench/bench.ts does (180-225 ms against 97-115 ms), on a quiet
 * machine. The second is the harder case: after a full collection V8 drops
 * optimised code and re-optimises on background threads, which a busy
 * machine starves, so there the ratio can come near the budget.
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
 * makes the base unusable (SPEC section 1). An empty file, or one of
 * comments only, is an empty fact base with no diagnostic: a file just
 * created, or emptied while being rewritten, is not an error.
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
      append(base.diagnostics, check.run(base));
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
  append(base.diagnostics, structureDiagnostics(ctx, lineOf));
  append(base.diagnostics, schemaDiagnostics(ctx));
  const entries = readEntries(ctx);
  append(base.diagnostics, ctx.diagnostics);
  append(definitions, entries.definitions);
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

/** push(...items) without the spread: a big file's many diagnostics would overflow the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Diagnostics in file (merge) order, then by offset, so every front end lists them alike. */
function sortDiagnostics(base: FactBase): void {
  const order = new Map(base.files.map((f, i) => [f.path, i]));
  base.diagnostics.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.start - b.start || a.end - b.end);
}
