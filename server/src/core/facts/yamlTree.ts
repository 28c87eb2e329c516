/**
 * A parsed YAML text as a tree that knows where every node sits. A node is
 * the number of the js-yaml event that opened it; kinds, offsets and extents
 * live in typed arrays, and each node's plain value (what js-yaml's `load()`
 * would give) in one array, so the schema validator sees ordinary data and
 * diagnostics get offsets. parseYaml.ts builds it.
 *
 * Why flat arrays and not node objects: on a 10,000-entry file an object per
 * node retained 40 MB against load()'s 8 MB, and with a freshly collected
 * heap that alone made the tree cost 1.8x load(); this layout retains about
 * what load() does plus 22 bytes an event, and costs about 1.1x to 1.25x.
 */
export type ScalarValue = string | number | boolean | null;

/** A node: the number of the event that starts it. */
export type YNode = number;

export type NodeKind = 'scalar' | 'map' | 'seq';

/** A problem with a range, before it becomes a diagnostic. */
export interface TextProblem {
  start: number;
  end: number;
  message: string;
}

/** A key repeated within one map: the later pair, and the first one's key. */
export interface Repeat {
  map: YNode;
  key: YNode;
  value: YNode;
  firstKey: YNode;
}

export type ParsedYaml = { ok: true; tree: YamlTree } | { ok: false; error: TextProblem };

export const SCALAR = 1;
export const MAP = 2;
export const SEQ = 3;
const KIND_NAMES: readonly NodeKind[] = ['scalar', 'scalar', 'map', 'seq'];

/** What the builder fills: one slot per event, so per node, in each array. */
export interface NodeTable {
  /** SCALAR, MAP or SEQ; 0 for an alias (see `targets`) or a non-node event. */
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** For a map or list: the number of the event that closes it. */
  closes: Int32Array;
  /** 1 for a map or list written as `{...}` or `[...]`. */
  flows: Uint8Array;
  /** The plain value, as `load()` gives it. */
  values: unknown[];
  /** Alias node -> the anchored node it stands for. */
  targets: Map<YNode, YNode>;
  /** Key nodes that repeat an earlier key of their map. */
  repeatedKeys: Set<YNode>;
}

/** A parsed YAML document: nodes by number, read through these methods. */
export class YamlTree {
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly closes: Int32Array;
  private readonly flows: Uint8Array;
  private readonly values: unknown[];
  private readonly targets: ReadonlyMap<YNode, YNode>;
  private readonly repeatedKeys: ReadonlySet<YNode>;

  constructor(
    readonly text: string,
    /** The document's top node, or -1 for an empty document. */
    readonly root: YNode,
    /** Keys repeated within a map (the first of each is the one used). */
    readonly repeats: readonly Repeat[],
    /** Keys that are lists or maps: valid YAML, never a valid fact-file key. */
    readonly badKeys: readonly TextProblem[],
    nodes: NodeTable,
  ) {
    ({ kinds: this.kinds, starts: this.starts, ends: this.ends, closes: this.closes, flows: this.flows, values: this.values } = nodes);
    this.targets = nodes.targets;
    this.repeatedKeys = nodes.repeatedKeys;
  }

  /**
   * Lets the plain maps and lists go (scalars keep their values). They exist
   * for the schema check; dropped after it, the collector need not carry
   * them while entries are read.
   */
  dropPlainCollections(): void {
    const { kinds, values } = this;
    for (let i = 0; i < kinds.length; i++) if (kinds[i] === MAP || kinds[i] === SEQ) values[i] = undefined;
  }

  kind(node: YNode): NodeKind {
    return KIND_NAMES[this.kinds[this.deref(node)]!]!;
  }

  start(node: YNode): number {
    return this.starts[node]!;
  }

  end(node: YNode): number {
    return this.ends[node]!;
  }

  /** The plain value, as `load()` gives it. */
  value(node: YNode): unknown {
    return this.values[node];
  }

  /** The value if the node is a string scalar. */
  string(node: YNode): string | undefined {
    const value = this.values[node];
    return typeof value === 'string' && this.kinds[this.deref(node)] === SCALAR ? value : undefined;
  }

  /** Written as `{...}` or `[...]`. */
  isFlow(node: YNode): boolean {
    return this.flows[this.deref(node)] === 1;
  }

  /** Calls `visit` for each pair of a map with a scalar key; repeats only when asked. */
  forEachPair(map: YNode, visit: (keyText: string, key: YNode, value: YNode) => void, withRepeats = false): void {
    const target = this.deref(map);
    if (this.kinds[target] !== MAP) return;
    const close = this.closes[target]!;
    for (let key = target + 1; key < close; ) {
      const value = this.next(key);
      if (this.kinds[key] === SCALAR && (withRepeats || !this.repeatedKeys.has(key))) visit(String(this.values[key]), key, value);
      key = this.next(value);
    }
  }

  /** Calls `visit` for each item of a list. */
  forEachItem(seq: YNode, visit: (item: YNode, index: number) => void): void {
    const target = this.deref(seq);
    if (this.kinds[target] !== SEQ) return;
    const close = this.closes[target]!;
    let index = 0;
    for (let item = target + 1; item < close; item = this.next(item)) visit(item, index++);
  }

  /** The items of a list (none for anything else), in an array of the exact size. */
  items(seq: YNode): YNode[] {
    const target = this.deref(seq);
    if (this.kinds[target] !== SEQ) return [];
    const close = this.closes[target]!;
    let count = 0;
    for (let item = target + 1; item < close; item = this.next(item)) count++;
    const items = new Array<YNode>(count);
    count = 0;
    for (let item = target + 1; item < close; item = this.next(item)) items[count++] = item;
    return items;
  }

  /** The number of pairs of a map, repeats included. */
  pairCount(map: YNode): number {
    const target = this.deref(map);
    if (this.kinds[target] !== MAP) return 0;
    let count = 0;
    for (let key = target + 1, close = this.closes[target]!; key < close; key = this.next(this.next(key))) count++;
    return count;
  }

  /** The value node under a key of a map (the first, if the key repeats), or -1. */
  get(map: YNode, key: string): YNode {
    const found = this.find(map, key);
    return found < 0 ? -1 : this.next(found);
  }

  /** The key node of a key of a map (the first, if the key repeats), or -1. */
  keyNode(map: YNode, key: string): YNode {
    return this.find(map, key);
  }

  private find(map: YNode, wanted: string): YNode {
    const target = this.deref(map);
    if (this.kinds[target] !== MAP) return -1;
    for (let key = target + 1, close = this.closes[target]!; key < close; key = this.next(this.next(key))) {
      if (this.kinds[key] === SCALAR && !this.repeatedKeys.has(key) && String(this.values[key]) === wanted) return key;
    }
    return -1;
  }

  /** The node after this one and everything inside it. */
  private next(node: YNode): YNode {
    const kind = this.kinds[node];
    return kind === MAP || kind === SEQ ? this.closes[node]! + 1 : node + 1;
  }

  private deref(node: YNode): YNode {
    return this.kinds[node] === 0 ? (this.targets.get(node) ?? node) : node;
  }
}
