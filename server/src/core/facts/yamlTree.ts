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

  /*
   * Pairs are walked with a cursor over key nodes, which allocates nothing:
   *   for (let key = tree.firstKey(map); key >= 0; key = tree.nextKey(map, key)) ...
   * Only pairs with a scalar key are visited; repeated keys only when asked.
   */

  /** The key node of a map's first pair, or -1. */
  firstKey(map: YNode, withRepeats = false): YNode {
    const target = this.deref(map);
    return this.kinds[target] === MAP ? this.keyFrom(target, target + 1, withRepeats) : -1;
  }

  /** The key node of the pair after the one keyed by `key`, or -1. */
  nextKey(map: YNode, key: YNode, withRepeats = false): YNode {
    return this.keyFrom(this.deref(map), this.next(this.next(key)), withRepeats);
  }

  /** The value node of the pair keyed by a key node. */
  valueOf(key: YNode): YNode {
    return this.next(key);
  }

  /** A key node's text, as js-yaml turns keys into property names. */
  keyText(key: YNode): string {
    return String(this.values[key]);
  }

  private keyFrom(map: YNode, candidate: YNode, withRepeats: boolean): YNode {
    const close = this.closes[map]!;
    for (let key = candidate; key < close; key = this.next(this.next(key))) {
      if (this.kinds[key] === SCALAR && (withRepeats || !this.repeatedKeys.has(key))) return key;
    }
    return -1;
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
