/**
 * Builds a YamlTree in one pass over js-yaml's event stream (`parseEvents`,
 * the first half of js-yaml's own `load()`).
 *
 * Unlike `load()`, the builder keeps going past a repeated key (the first one
 * wins and the repeat is recorded: a repeated id is facts-duplicate-id, not a
 * syntax error), stores a `__proto__` key as an own property (it never
 * reaches a prototype) and bounds what aliases may expand to (a "billion
 * laughs" file is refused instead of walked).
 */
import jsYaml = require('js-yaml');
import type { AliasEvent, Event, MappingEvent, ScalarEvent, SequenceEvent } from 'js-yaml';
import { MAP, SCALAR, SEQ, YamlTree, type NodeTable, type ParsedYaml, type Repeat, type ScalarValue, type TextProblem, type YNode } from './yamlTree';

// `require` and not `import`: bundlers then take js-yaml's CommonJS build.
// Its ES-module build runs parseEvents 2-3x slower once V8 has warmed up
// (Node 20: about 55 ms, then 165 ms from the tenth run on a 2 MB file).
const { CORE_SCHEMA, COLLECTION_STYLE, EVENT_ID, NOT_RESOLVED, SCALAR_STYLE, getScalarValue, parseEvents } = jsYaml;

/**
 * How many nodes aliases may add in all. A real fact file uses a handful of
 * aliases for shared lists; the limit only stops files built to explode.
 */
const MAX_ALIAS_EXPANSION = 100_000;

/** Deeper nesting than this is no fact file (a schema entry is 5 levels deep). */
const MAX_DEPTH = 64;

/** Parses a YAML text into a positioned tree; never throws. */
export function parseYamlTree(text: string): ParsedYaml {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (error) {
    return { ok: false, error: problemFromException(error, text) };
  }
  try {
    return { ok: true, tree: new TreeBuilder(text, events).build() };
  } catch (error) {
    if (error instanceof TreeError) return { ok: false, error: error.problem };
    return { ok: false, error: problemFromException(error, text) };
  }
}

/** js-yaml's errors carry a mark (offset, line, column); others get offset 0. */
function problemFromException(error: unknown, text: string): TextProblem {
  const mark = (error as { mark?: { position?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  const start = Math.min(Math.max(mark?.position ?? 0, 0), text.length);
  return { start, end: Math.min(start + 1, text.length), message: reason.charAt(0).toUpperCase() + reason.slice(1) };
}

class TreeError extends Error {
  constructor(readonly problem: TextProblem) {
    super(problem.message);
  }
}

const YAML_TAG = 'tag:yaml.org,2002:';

/** One pass over the events, filling the arrays a YamlTree reads. */
class TreeBuilder {
  private readonly nodes: NodeTable;
  private readonly anchors = new Map<string, YNode>();
  /** Nodes aliases add inside each collection, for the expansion limit. */
  private readonly aliasSizes = new Map<YNode, number>();
  private readonly repeats: Repeat[] = [];
  private readonly badKeys: TextProblem[] = [];
  /** Open maps and lists, innermost last. */
  private readonly open: YNode[] = [];
  /** For each open map: its key while the value is read, else -1. */
  private readonly keys: YNode[] = [];
  /** For each open collection: where its last child ends. */
  private readonly contentEnds: number[] = [];
  private root: YNode = -1;
  private documents = 0;
  private expansion = 0;
  /** End of the last node read: where an empty scalar (`key:` with no value) sits. */
  private lastEnd = 0;

  constructor(
    private readonly text: string,
    private readonly events: Event[],
  ) {
    const n = events.length;
    this.nodes = {
      kinds: new Uint8Array(n),
      starts: new Int32Array(n),
      ends: new Int32Array(n),
      closes: new Int32Array(n),
      flows: new Uint8Array(n),
      values: new Array<unknown>(n),
      targets: new Map(),
      repeatedKeys: new Set(),
    };
  }

  build(): YamlTree {
    const events = this.events;
    for (let i = 0; i < events.length; i++) {
      const event = events[i]!;
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          if (++this.documents > 1) this.secondDocument(events[i + 1]);
          break;
        case EVENT_ID.SCALAR:
          this.scalar(i, event);
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE:
          this.openCollection(i, event);
          break;
        case EVENT_ID.ALIAS:
          this.alias(i, event);
          break;
        case EVENT_ID.POP:
          this.close(i);
          break;
      }
    }
    return new YamlTree(this.text, this.root, this.repeats, this.badKeys, this.nodes);
  }

  /** A fact file is one document; a second one would be silently ignored otherwise. */
  private secondDocument(next: Event | undefined): never {
    const at = next && 'valueStart' in next && next.valueStart >= 0 ? next.valueStart : next && 'start' in next ? next.start : this.text.length;
    const marker = this.text.lastIndexOf('---', at);
    const start = marker >= 0 ? marker : at;
    this.fail(start, Math.min(start + 3, this.text.length), 'A fact file holds one YAML document; a second one starts here');
  }

  private scalar(i: YNode, event: ScalarEvent): void {
    this.nodes.kinds[i] = SCALAR;
    if (event.valueStart < 0) {
      this.nodes.starts[i] = this.nodes.ends[i] = this.lastEnd;
      this.nodes.values[i] = null;
    } else {
      const source = event.fast ? this.text.slice(event.valueStart, event.valueEnd) : getScalarValue(this.text, event);
      if (event.tagStart >= 0) this.nodes.values[i] = this.tagged(event, source);
      else this.nodes.values[i] = event.style === SCALAR_STYLE.PLAIN ? resolvePlain(source) : source;
      // Quoted scalars' offsets exclude the quotes; a diagnostic should cover them.
      const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED ? 1 : 0;
      this.nodes.starts[i] = event.valueStart - quoted;
      this.nodes.ends[i] = event.valueEnd + quoted;
    }
    if (event.anchorStart >= 0) this.anchor(event, i);
    this.add(i);
  }

  /** Only the core schema's own tags (`!!str 6`, `!!int "6"`) and `!` are understood. */
  private tagged(event: ScalarEvent, source: string): ScalarValue {
    const raw = this.text.slice(event.tagStart, event.tagEnd);
    if (raw === '!') return source;
    const name = fullTagName(raw);
    const tag = name === undefined ? undefined : CORE_SCHEMA.lookupScalarTag(name);
    if (!tag) this.fail(event.tagStart, event.tagEnd, `Unknown tag ${raw}: a fact file uses plain values`);
    const value = tag.resolve(source, true, name!);
    if (value === NOT_RESOLVED) this.fail(event.tagStart, event.valueEnd, `"${source}" is not a valid ${raw} value`);
    return value as ScalarValue;
  }

  private openCollection(i: YNode, event: MappingEvent | SequenceEvent): void {
    const isMap = event.type === EVENT_ID.MAPPING;
    if (event.tagStart >= 0) {
      const raw = this.text.slice(event.tagStart, event.tagEnd);
      if (raw !== '!' && fullTagName(raw) !== `${YAML_TAG}${isMap ? 'map' : 'seq'}`) {
        this.fail(event.tagStart, event.tagEnd, `Unknown tag ${raw}: a fact file uses plain maps and lists`);
      }
    }
    this.nodes.kinds[i] = isMap ? MAP : SEQ;
    this.nodes.flows[i] = event.style === COLLECTION_STYLE.FLOW ? 1 : 0;
    this.nodes.starts[i] = event.start;
    this.nodes.ends[i] = -1; // still open: an alias to it would be recursive
    this.nodes.values[i] = isMap ? {} : [];
    if (event.anchorStart >= 0) this.anchor(event, i);
    this.open.push(i);
    this.keys.push(-1);
    this.contentEnds.push(event.start + 1);
  }

  private close(i: YNode): void {
    const node = this.open.pop();
    if (node === undefined) return; // the end of a document
    this.keys.pop();
    const contentEnd = this.contentEnds.pop()!;
    this.nodes.closes[node] = i;
    this.nodes.ends[node] = this.nodes.flows[node] ? flowEnd(this.text, contentEnd, this.nodes.kinds[node] === MAP ? '}' : ']') : contentEnd;
    this.add(node);
  }

  private alias(i: YNode, event: AliasEvent): void {
    const name = this.text.slice(event.anchorStart, event.anchorEnd);
    const target = this.anchors.get(name);
    const start = event.anchorStart - 1;
    if (target === undefined) this.fail(start, event.anchorEnd, `Alias *${name} names no anchor defined before it`);
    if (this.nodes.ends[target]! < 0) this.fail(start, event.anchorEnd, `Alias *${name} refers to the value it sits in`);
    const size = this.expandedSize(target);
    this.expansion += size;
    if (this.expansion > MAX_ALIAS_EXPANSION) {
      this.fail(start, event.anchorEnd, `Aliases expand to more than ${MAX_ALIAS_EXPANSION} values; the file is not read`);
    }
    for (const ancestor of this.open) this.aliasSizes.set(ancestor, (this.aliasSizes.get(ancestor) ?? 0) + size);
    // The alias stands where it is written; its content is the anchored node's.
    this.nodes.targets.set(i, target);
    this.nodes.starts[i] = start;
    this.nodes.ends[i] = event.anchorEnd;
    this.nodes.values[i] = this.nodes.values[target];
    this.add(i);
  }

  /** Events (about nodes) a node stands for once the aliases inside it are expanded. */
  private expandedSize(node: YNode): number {
    const kind = this.nodes.kinds[node];
    const own = kind === MAP || kind === SEQ ? this.nodes.closes[node]! - node : 1;
    return own + (this.aliasSizes.get(node) ?? 0);
  }

  private anchor(event: ScalarEvent | MappingEvent | SequenceEvent, node: YNode): void {
    this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), node);
  }

  private add(child: YNode): void {
    this.lastEnd = this.nodes.ends[child]!;
    const depth = this.open.length - 1;
    if (depth < 0) {
      // An empty document (only comments, or `---` alone) is no root at all.
      this.root = this.nodes.kinds[child] === SCALAR && this.nodes.values[child] === null ? -1 : child;
      return;
    }
    const parent = this.open[depth]!;
    this.contentEnds[depth] = this.lastEnd;
    if (this.nodes.kinds[parent] === SEQ) {
      (this.nodes.values[parent] as unknown[]).push(this.nodes.values[child]);
      return;
    }
    const key = this.keys[depth]!;
    if (key < 0) {
      this.keys[depth] = child;
      return;
    }
    this.keys[depth] = -1;
    this.addPair(parent, key, child);
  }

  private addPair(map: YNode, key: YNode, value: YNode): void {
    const kind = this.nodes.kinds[key];
    if (kind === MAP || kind === SEQ || this.nodes.targets.has(key)) {
      const what = kind === MAP ? 'a map' : kind === SEQ ? 'a list' : 'an alias';
      // Pair iteration only visits scalar keys, so this pair is left out everywhere.
      this.badKeys.push({ start: this.nodes.starts[key]!, end: this.nodes.ends[key]!, message: `A key must be a word, not ${what}` });
      return;
    }
    const keyText = String(this.nodes.values[key]);
    const object = this.nodes.values[map] as Record<string, unknown>;
    if (Object.hasOwn(object, keyText)) {
      this.repeats.push({ map, key, value, firstKey: this.firstKey(map, key, keyText) });
      this.nodes.repeatedKeys.add(key);
    } else if (keyText === '__proto__') {
      // Assigning would set the object's prototype; define an own property instead.
      Object.defineProperty(object, keyText, { value: this.nodes.values[value], enumerable: true, writable: true, configurable: true });
    } else {
      object[keyText] = this.nodes.values[value];
    }
  }

  /** The key node a repeated key repeats (a rare path: a linear search is fine). */
  private firstKey(map: YNode, repeat: YNode, keyText: string): YNode {
    for (let key = map + 1; key < repeat; ) {
      if (this.nodes.kinds[key] === SCALAR && !this.nodes.repeatedKeys.has(key) && String(this.nodes.values[key]) === keyText) return key;
      const value = this.skip(key);
      key = this.skip(value);
    }
    return map;
  }

  private skip(node: YNode): YNode {
    const kind = this.nodes.kinds[node];
    return kind === MAP || kind === SEQ ? this.nodes.closes[node]! + 1 : node + 1;
  }

  private fail(start: number, end: number, message: string): never {
    throw new TreeError({ start, end, message });
  }
}

/** Whether a plain scalar starting with this character can be a core-schema null, bool, int or float. */
function mayBeNonString(c: number): boolean {
  // - + . 0-9 ~ n N t T f F
  return c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57) || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}

/** The plain scalar's value under the core schema, as `load()` resolves it. */
function resolvePlain(source: string): ScalarValue {
  if (source !== '' && !mayBeNonString(source.charCodeAt(0))) return source;
  return CORE_SCHEMA.resolveImplicitScalarTag(source).value as ScalarValue;
}

function fullTagName(raw: string): string | undefined {
  if (raw.startsWith('!!')) return YAML_TAG + raw.slice(2);
  if (raw.startsWith('!<') && raw.endsWith('>')) return raw.slice(2, -1);
  return undefined;
}

/** Just past a flow collection's closing bracket, found after its last item. */
function flowEnd(text: string, from: number, bracket: string): number {
  let i = from;
  while (i < text.length) {
    const c = text[i]!;
    if (c === bracket) return i + 1;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ',') {
      i++;
    } else {
      return from;
    }
  }
  return from;
}
