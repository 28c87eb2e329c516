/**
 * Reads and merges fact files (SPEC sections 1 and 2) into one FactBase with
 * the place of every value, and keeps what checks/facts*.ts need to report
 * on each file: why it could not be read or parsed, its tree, the values it
 * could not use. Making diagnostics is theirs (core/loadFacts.ts runs them).
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
import type { FactHost } from '../host';
import { LineIndex } from '../text/lineIndex';
import { emptyFactBase, type FactBase, type FactEntry, type Located } from './factBase';
import type { FactProblem } from './factValues';
import { parseFactFile } from './parseFactFile';
import { readEntries } from './readEntries';
import type { YamlTree } from './yamlTree';

/** One fact file as read: what the fact-file checks look at. */
export interface FactFileRead {
  path: string;
  text: string;
  /** Why the file could not be read or parsed, and where; the file is then not used (SPEC section 1). */
  unreadable?: Located & { message: string };
  /** The parsed file; absent when it is unreadable. */
  tree?: YamlTree;
  /** Values the reader could not use (a date that does not exist, a range that runs backwards). */
  problems: FactProblem[];
  /** 1-based line of an offset, for messages. */
  lineOf(offset: number): number;
}

/**
 * Reads the fact files in merge order: where an id is defined twice, the
 * first definition is the one used. Never throws; a file that cannot be read
 * or parsed makes the base unusable (SPEC section 1). An empty file, or one
 * of comments only, is an empty fact base: a file just created, or emptied
 * while being rewritten, is not an error.
 */
export function readFactFiles(paths: readonly string[], host: FactHost): { base: FactBase; reads: FactFileRead[] } {
  const base = emptyFactBase();
  const definitions: FactEntry[] = [];
  base.definitions = definitions;
  const reads = paths.map((path) => readFile(path, host, base, definitions));
  for (const entry of definitions) if (!base.entries.has(entry.id)) base.entries.set(entry.id, entry);
  return { base, reads };
}

function readFile(path: string, host: FactHost, base: FactBase, definitions: FactEntry[]): FactFileRead {
  const read = readText(path, host);
  const text = read.text ?? '';
  let lines: LineIndex | undefined;
  const file: FactFileRead = { path, text, problems: [], lineOf: (offset) => (lines ??= new LineIndex(text)).positionAt(offset).line + 1 };
  if (read.text === undefined) {
    base.files.push({ path, text, parsed: false });
    base.usable = false;
    file.unreadable = { file: path, start: 0, end: 0, message: read.problem };
    return file;
  }
  const parsed = parseFactFile(path, text);
  if (!parsed.ok) {
    base.files.push({ path, text, parsed: false });
    base.usable = false;
    file.unreadable = { file: path, ...parsed.error };
    return file;
  }
  base.files.push({ path, text, parsed: true });
  file.tree = parsed.tree;
  const entries = readEntries({ file: path, tree: parsed.tree, problems: file.problems });
  for (const entry of entries.definitions) definitions.push(entry);
  for (const [group, words] of entries.categories) {
    base.categories.set(group, [...new Set([...(base.categories.get(group) ?? []), ...words])]);
  }
  return file;
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
