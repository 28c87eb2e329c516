/**
 * The entries of one parsed fact file, read from its tree with the place of
 * every value a diagnostic or hover may point at. Fields the schema does not
 * allow in a section are skipped, as are values of the wrong shape: the
 * schema check reports those, and the entry keeps the rest (SPEC section 2).
 */
import { CASUALTY_KINDS, type CasualtyKind, type CountFact, type FactEntry, type PartFact, type Section } from './factBase';
import { readAge, readCount, readDate, readFigure, readPlaces, readRefs, readSingleDate, readText, readTextList, type ReadContext } from './factValues';
import { ENTRY_FIELDS } from './factSchema';
import { isSection } from './sectionNames';
import { located } from './treePath';
import type { YNode } from './yamlTree';

/** What one file defines: entries in file order (duplicates included) and category synonyms. */
export interface FileEntries {
  definitions: FactEntry[];
  categories: Map<string, string[]>;
}

export function readEntries(ctx: ReadContext): FileEntries {
  const result: FileEntries = { definitions: [], categories: new Map() };
  const tree = ctx.tree;
  if (tree.root < 0 || tree.kind(tree.root) !== 'map') return result;
  // A repeated section is skipped here (the schema check reports it).
  for (let key = tree.firstKey(tree.root); key >= 0; key = tree.nextKey(tree.root, key)) {
    const section = tree.keyText(key);
    const body = tree.valueOf(key);
    if (tree.kind(body) !== 'map') continue;
    if (isSection(section)) {
      // Repeated ids are kept: facts-duplicate-id reports the later ones.
      for (let id = tree.firstKey(body, true); id >= 0; id = tree.nextKey(body, id, true)) {
        result.definitions.push(readEntry(section, id, ctx));
      }
    } else if (section === 'categories') {
      for (let group = tree.firstKey(body); group >= 0; group = tree.nextKey(body, group)) {
        const list = readTextList(tree.valueOf(group), ctx);
        if (list.length) result.categories.set(tree.keyText(group), list);
      }
    }
  }
  return result;
}

/**
 * The empty list every entry starts with, shared: entries are read-only
 * data, and a 10,000-entry file would otherwise carry some 30,000 empty
 * arrays (frozen, so a mistaken push fails loudly instead of leaking).
 */
const NONE: readonly never[] = Object.freeze([]);

function none<T>(): T[] {
  return NONE as unknown as T[];
}

/** An entry from its id's key node. */
function readEntry(section: Section, key: YNode, ctx: ReadContext): FactEntry {
  const tree = ctx.tree;
  const body = tree.valueOf(key);
  // Every field is set here, optional ones to undefined, so that all entries
  // share one object shape (a measurable saving on a 10,000-entry file).
  const entry: FactEntry = {
    id: tree.keyText(key),
    section,
    file: ctx.file,
    idAt: located(ctx, key),
    at: { file: ctx.file, start: tree.start(key), end: tree.end(body) },
    name: undefined,
    nameAt: undefined,
    aliases: none(),
    places: none(),
    date: undefined,
    casualties: {},
    parts: none(),
    sources: none(),
    title: undefined,
    titleAt: undefined,
    age: undefined,
    ageAt: undefined,
    born: undefined,
    died: undefined,
    events: none(),
    of: none(),
    value: undefined,
    valueAt: undefined,
    unit: undefined,
    publisher: undefined,
    url: undefined,
    accessed: undefined,
    locator: undefined,
    quote: undefined,
    refs: none(),
  };
  const allowed = ENTRY_FIELDS[section];
  for (let field = tree.firstKey(body); field >= 0; field = tree.nextKey(body, field)) {
    const name = tree.keyText(field);
    if (allowed.has(name)) readField(entry, name, tree.valueOf(field), ctx);
  }
  return entry;
}

/** Reads one allowed field into the entry. */
function readField(entry: FactEntry, key: string, node: YNode, ctx: ReadContext): void {
  if (isKind(key)) {
    const counts = readCounts(node, key, entry, ctx);
    if (counts.length) entry.casualties[key] = counts;
    return;
  }
  switch (key) {
    case 'name':
      entry.name = readText(node, ctx);
      if (entry.name !== undefined) entry.nameAt = located(ctx, node);
      break;
    case 'title':
      entry.title = readText(node, ctx);
      if (entry.title !== undefined) entry.titleAt = located(ctx, node);
      break;
    case 'aliases':
      entry.aliases = readTextList(node, ctx);
      break;
    case 'place':
      entry.places = readPlaces(node, ctx);
      break;
    case 'date':
      entry.date = readDate(node, entry, key, ctx);
      break;
    case 'born':
      entry.born = readSingleDate(node, ctx);
      break;
    case 'died':
      entry.died = readSingleDate(node, ctx);
      break;
    case 'age':
      entry.age = readAge(node, ctx);
      if (entry.age !== undefined) entry.ageAt = located(ctx, node);
      break;
    case 'value':
      entry.value = readFigure(node, entry, key, ctx);
      if (entry.value !== undefined) entry.valueAt = located(ctx, node);
      break;
    case 'unit':
      entry.unit = readText(node, ctx);
      break;
    case 'publisher':
      entry.publisher = readText(node, ctx);
      break;
    case 'url':
      entry.url = readText(node, ctx);
      break;
    case 'accessed':
      entry.accessed = readSingleDate(node, ctx)?.from;
      break;
    case 'locator':
      entry.locator = readText(node, ctx);
      break;
    case 'quote':
      entry.quote = readText(node, ctx);
      break;
    case 'parts':
      entry.parts = readParts(node, entry, ctx);
      break;
    case 'sources':
    case 'of':
    case 'events': {
      const refs = readRefs(node, key, ctx);
      entry[key] = refs.map((r) => r.id);
      // concat, not push: arrays of the exact size (push over-allocates).
      entry.refs = entry.refs!.length ? entry.refs!.concat(refs) : refs;
      break;
    }
  }
}

function isKind(key: string): key is CasualtyKind {
  return (CASUALTY_KINDS as readonly string[]).includes(key);
}

/** `killed: {soldiers: 6, police: {min: 1, max: 3}}`: each valid group's count. */
function readCounts(node: YNode, field: string, entry: FactEntry, ctx: ReadContext): CountFact[] {
  // Sized up front: an array grown by push keeps room for 17 items, and a
  // 10,000-entry file has thousands of these one-count lists.
  const tree = ctx.tree;
  const out = new Array<CountFact>(tree.pairCount(node));
  let n = 0;
  for (let key = tree.firstKey(node); key >= 0; key = tree.nextKey(node, key)) {
    const group = tree.keyText(key);
    const value = tree.valueOf(key);
    const count = readCount(value, entry, field, group, ctx);
    if (count) out[n++] = { group, count, at: located(ctx, value) };
  }
  out.length = n;
  return out;
}

/** `parts:`: sub-counts by place, each read like the entry's own counts. */
function readParts(node: YNode, entry: FactEntry, ctx: ReadContext): PartFact[] {
  const tree = ctx.tree;
  const parts: PartFact[] = [];
  const items = tree.items(node);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (tree.kind(item) !== 'map') continue;
    const part: PartFact = { places: none(), casualties: {}, at: located(ctx, item) };
    for (let key = tree.firstKey(item); key >= 0; key = tree.nextKey(item, key)) {
      const name = tree.keyText(key);
      const value = tree.valueOf(key);
      if (name === 'place') part.places = readPlaces(value, ctx);
      else if (isKind(name)) {
        const counts = readCounts(value, `parts[${i + 1}].${name}`, entry, ctx);
        if (counts.length) part.casualties[name] = counts;
      }
    }
    parts.push(part);
  }
  return parts;
}
