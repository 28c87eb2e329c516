import type { Located } from './factBase';
import { entryLabel, isSection } from './sectionNames';
import type { YNode, YamlTree } from './yamlTree';

/** The fact file being read: its path and parsed tree. */
export interface FileContext {
  file: string;
  tree: YamlTree;
}

/** Where a node sits, as the data model records it. */
export function located(ctx: FileContext, node: YNode): Located {
  return { file: ctx.file, start: ctx.tree.start(node), end: ctx.tree.end(node) };
}

/**
 * Finds nodes by path, indexing each map and list on first use: a broken
 * file can have an error in each of thousands of entries of one section,
 * and a scan of the section for each would be quadratic.
 */
export class PathIndex {
  private readonly keys = new Map<YNode, Map<string, YNode>>();
  private readonly items = new Map<YNode, YNode[]>();

  constructor(private readonly tree: YamlTree) {}

  /** The node a path of keys and list indexes leads to, or the deepest one found on the way. */
  nodeAt(root: YNode, path: readonly string[]): YNode {
    let node = root;
    for (const segment of path) {
      const kind = this.tree.kind(node);
      const next = kind === 'map' ? this.valueIn(node, segment) : kind === 'seq' ? (this.itemsOf(node)[Number(segment)] ?? -1) : -1;
      if (next < 0) break;
      node = next;
    }
    return node;
  }

  /** The key node of a key in a map (the first, if it repeats), or -1. */
  keyIn(map: YNode, key: string): YNode {
    let index = this.keys.get(map);
    if (!index) {
      index = new Map();
      for (let k = this.tree.firstKey(map); k >= 0; k = this.tree.nextKey(map, k)) index.set(this.tree.keyText(k), k);
      this.keys.set(map, index);
    }
    return index.get(key) ?? -1;
  }

  private valueIn(map: YNode, key: string): YNode {
    const keyNode = this.keyIn(map, key);
    return keyNode < 0 ? -1 : this.tree.valueOf(keyNode);
  }

  private itemsOf(seq: YNode): YNode[] {
    let items = this.items.get(seq);
    if (!items) {
      items = this.tree.items(seq);
      this.items.set(seq, items);
    }
    return items;
  }
}

/** The keys and indexes of a JSON pointer ("/events/x/killed" -> events, x, killed). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `killed.soldiers`, `parts[1].place`: a field inside an entry; list items count from 1. */
function fieldName(path: readonly string[]): string {
  let name = '';
  for (const segment of path) {
    if (/^\d+$/.test(segment)) name += `[${Number(segment) + 1}]`;
    else name += name ? `.${segment}` : segment;
  }
  return name;
}

/**
 * What a message calls the value at a path: `The fact file`, `Section
 * "events"`, `Event "x"`, `"killed.soldiers" in event "x"`, `"version"`.
 */
export function subjectOf(path: readonly string[]): string {
  const [section, id, ...rest] = path;
  if (section === undefined) return 'The fact file';
  if (!isSection(section)) return `"${fieldName(path)}"`;
  if (id === undefined) return `Section "${section}"`;
  const label = entryLabel(section, id);
  return rest.length === 0 ? label.charAt(0).toUpperCase() + label.slice(1) : `"${fieldName(rest)}" in ${label}`;
}

/** What a message calls the map holding an unknown key: `event "x"`, `"date" of event "x"`. */
export function containerOf(path: readonly string[]): string {
  const [section, id, ...rest] = path;
  if (section === undefined) return 'the fact file';
  if (!isSection(section)) return `"${fieldName(path)}"`;
  if (id === undefined) return `section "${section}"`;
  const label = entryLabel(section, id);
  return rest.length === 0 ? label : `"${fieldName(rest)}" of ${label}`;
}

/** A short rendering of a value for "got ..." in a message. */
export function shownValue(tree: YamlTree, node: YNode): string {
  const kind = tree.kind(node);
  if (kind === 'scalar') {
    const value = tree.value(node);
    if (value === null) return 'nothing';
    if (typeof value !== 'string') return String(value);
    return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  }
  const source = tree.text.slice(tree.start(node), tree.end(node)).replace(/\s+/g, ' ');
  if (tree.isFlow(node) && source.length <= 40) return source;
  return kind === 'map' ? 'a map' : 'a list';
}
