/**
 * The entries of one parsed fact file, read from its tree with the place of
 * every value a diagnostic or hover may point at. Fields the schema does not
 * allow in a section are skipped, as are values of the wrong shape: the
 * schema check reports those, and the entry keeps the rest (SPEC section 2).
 */
import { CASUALTY_KINDS, type CasualtyKind, type CountFact, type FactEntry, type PartFact, type Section } from './factBase';
import { readAge, readCount, readDate, readFigure, readPlaces, readRefs, readSingleDate, readText, readTextList, type ReadContext } from './factValues';
import { ENTRY_FIELDS } from './schemaCheck';
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
  tree.forEachPair(tree.root, (section, _key, body) => {
    if (tree.kind(body) !== 'map') return;
    if (isSection(section)) {
      // Repeated ids are kept: facts-duplicate-id reports the later ones.
      tree.forEachPair(body, (id, key, value) => result.definitions.push(readEntry(section, id, key, value, ctx)), true);
    } else if (section === 'categories') {
      tree.forEachPair(body, (group, _groupKey, words) => {
        const list = readTextList(words, ctx);
        if (list.length) result.categories.set(group, list);
      });
    }
  });
  return result;
}

function readEntry(section: Section, id: string, key: YNode, body: YNode, ctx: ReadContext): FactEntry {
  // Every field is set here, optional ones to undefined, so that all entries
  // share one object shape (a measurable saving on a 10,000-entry file).
  const entry: FactEntry = {
    id,
    section,
    file: ctx.file,
    idAt: located(ctx, key),
    at: { file: ctx.file, start: ctx.tree.start(key), end: ctx.tree.end(body) },
    name: undefined,
    nameAt: undefined,
    aliases: [],
    places: [],
    date: undefined,
    casualties: {},
    parts: [],
    sources: [],
    title: undefined,
    titleAt: undefined,
    age: undefined,
    ageAt: undefined,
    born: undefined,
    died: undefined,
    events: [],
    of: [],
    value: undefined,
    valueAt: undefined,
    unit: undefined,
    publisher: undefined,
    url: undefined,
    refs: [],
  };
  const allowed = ENTRY_FIELDS[section];
  ctx.tree.forEachPair(body, (field, _fieldKey, value) => {
    if (allowed.has(field)) readField(entry, field, value, ctx);
  });
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
  const out = new Array<CountFact>(ctx.tree.pairCount(node));
  let n = 0;
  ctx.tree.forEachPair(node, (group, _key, value) => {
    const count = readCount(value, entry, field, group, ctx);
    if (count) out[n++] = { group, count, at: located(ctx, value) };
  });
  out.length = n;
  return out;
}

/** `parts:`: sub-counts by place, each read like the entry's own counts. */
function readParts(node: YNode, entry: FactEntry, ctx: ReadContext): PartFact[] {
  const tree = ctx.tree;
  const parts: PartFact[] = [];
  tree.items(node).forEach((item, i) => {
    if (tree.kind(item) !== 'map') return;
    const part: PartFact = { places: [], casualties: {}, at: located(ctx, item) };
    tree.forEachPair(item, (key, _keyNode, value) => {
      if (key === 'place') part.places = readPlaces(value, ctx);
      else if (isKind(key)) {
        const counts = readCounts(value, `parts[${i + 1}].${key}`, entry, ctx);
        if (counts.length) part.casualties[key] = counts;
      }
    });
    parts.push(part);
  });
  return parts;
}
