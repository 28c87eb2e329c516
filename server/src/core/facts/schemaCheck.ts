/**
 * facts-schema: the fact file checked against schemas/facts.schema.json
 * (the same schema YAML editors get), each ajv error turned into one
 * diagnostic on what is at fault: the unknown key itself, the wrong value
 * itself (SPEC section 4), with a message an editor can act on.
 */
import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../../../schemas/facts.schema.json';
import type { CoreDiagnostic } from '../diagnostic';
import { factDiagnostic } from './factDiagnostic';
import type { Section } from './factBase';
import { isSection } from './sectionNames';
import { containerOf, located, nodeAt, pointerSegments, shownValue, subjectOf, type FileContext } from './treePath';
import type { YNode } from './yamlTree';

// Compiled once, when the module loads: compiling costs tens of milliseconds,
// validating a 10,000-entry file a few. `verbose` gives each error the schema
// object it comes from, which names what was expected.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true });
const validateFacts = ajv.compile(schema);

type Definition = keyof typeof schema.definitions;

/** What each definition asks for, in the words of "... must be <this>". */
const EXPECTED: Readonly<Record<Definition, string>> = {
  id: 'an id of lower-case letters, digits and hyphens',
  idList: 'a list of ids, e.g. [source-id, other-id]',
  text: 'text',
  wordList: 'a list of words or phrases, e.g. [Bannu attack, FC Headquarters]',
  place: 'a place or a list of places',
  day: 'a date written YYYY-MM-DD or YYYY-MM',
  date: 'a date written YYYY-MM-DD or YYYY-MM, or {from, to}',
  wholeNumber: 'a whole number, 0 or more',
  count: 'a whole number or {min, max}',
  counts: 'a map of groups to counts, e.g. {soldiers: 6}',
  number: 'a number',
  figureValue: 'a number or {min, max}',
  age: 'a whole number of years',
  source: 'a map of fields',
  part: 'a map with a place and counts, e.g. {place: Bajaur, killed: {soldiers: 3}}',
  event: 'a map of fields',
  person: 'a map of fields',
  total: 'a map of fields',
  figure: 'a map of fields',
};

/** Schema objects -> what they ask for; definitions plus the few inline schemas. */
const expectedBySchema = new Map<object, string>([
  [schema, `a map of sections (${Object.keys(schema.properties).join(', ')})`],
  [schema.properties.version, '1'],
  [schema.definitions.event.properties.parts, 'a list of parts, each with a place and counts'],
  ...Object.keys(schema.properties)
    .filter(isSection)
    .map((s): [object, string] => [schema.properties[s], 'a map of entries keyed by id']),
  ...(Object.keys(schema.definitions) as Definition[]).map((d): [object, string] => [schema.definitions[d], EXPECTED[d]]),
]);

/** The fields each section's entries may have, straight from the schema. */
export const ENTRY_FIELDS: Readonly<Record<Section, ReadonlySet<string>>> = {
  sources: new Set(Object.keys(schema.definitions.source.properties)),
  events: new Set(Object.keys(schema.definitions.event.properties)),
  people: new Set(Object.keys(schema.definitions.person.properties)),
  totals: new Set(Object.keys(schema.definitions.total.properties)),
  figures: new Set(Object.keys(schema.definitions.figure.properties)),
};

/** Definitions whose `required` keys are part of the value's shape ({min, max}, {from, to}). */
const SHAPE_REQUIRED = new Set<object>([schema.definitions.count, schema.definitions.figureValue, schema.definitions.date]);

/** The schema's complaints about a parsed fact file, one per problem. */
export function schemaDiagnostics(ctx: FileContext): CoreDiagnostic[] {
  const root = ctx.tree.root;
  if (root < 0 || validateFacts(ctx.tree.value(root))) return [];
  const errors = validateFacts.errors ?? [];
  const seen = new Set<string>();
  const out: CoreDiagnostic[] = [];
  const missing = missingBesideUnknown(errors);
  for (const error of errors) {
    if (error.keyword === 'required' && missing.has(error.instancePath)) continue;
    const diagnostic = toDiagnostic(error, root, ctx, missing.get(error.instancePath));
    const key = diagnostic && `${diagnostic.start}:${diagnostic.end}:${diagnostic.message}`;
    if (!diagnostic || seen.has(key!)) continue;
    seen.add(key!);
    out.push(diagnostic);
  }
  return out;
}

/**
 * Maps that both miss a required key and have an unknown one, to the keys
 * they miss: `{from: .., till: ..}` is one problem (a misspelt "to"), so it
 * gets one diagnostic, on "till", which suggests the missing key.
 */
function missingBesideUnknown(errors: readonly ErrorObject[]): Map<string, string[]> {
  const unknownAt = new Set(errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath));
  const missing = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword !== 'required' || !unknownAt.has(error.instancePath)) continue;
    const key = (error.params as { missingProperty: string }).missingProperty;
    missing.set(error.instancePath, [...(missing.get(error.instancePath) ?? []), key]);
  }
  return missing;
}

function toDiagnostic(error: ErrorObject, root: YNode, ctx: FileContext, missing?: string[]): CoreDiagnostic | undefined {
  // An id's own pattern error repeats its propertyNames error, which knows the key.
  if (error.propertyName !== undefined) return undefined;
  const path = pointerSegments(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownKey(error, path, root, ctx, missing);
    case 'propertyNames':
      return badId(error, path, root, ctx);
    case 'required':
      if (!SHAPE_REQUIRED.has(error.parentSchema as object)) {
        const missing = (error.params as { missingProperty: string }).missingProperty;
        return factDiagnostic('facts-schema', located(ctx, nodeAt(ctx.tree, root, path)), `${subjectOf(path)} needs "${missing}"`);
      }
      return wrongValue(error, path, root, ctx);
    default:
      return wrongValue(error, path, root, ctx);
  }
}

function unknownKey(error: ErrorObject, path: string[], root: YNode, ctx: FileContext, missing: string[] = []): CoreDiagnostic {
  const key = (error.params as { additionalProperty: string }).additionalProperty;
  const at = keyOrMap(ctx, root, path, key);
  const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {}).join(', ');
  const guess = missing.length === 1 ? `; did you mean "${missing[0]}"?` : missing.length > 1 ? `; missing: ${missing.join(', ')}` : '';
  const message =
    path.length === 0
      ? `Unknown section "${key}"; allowed: ${allowed}`
      : `Unknown key "${key}" in ${containerOf(path)}; allowed: ${allowed}${guess}`;
  return factDiagnostic('facts-schema', located(ctx, at), message);
}

function badId(error: ErrorObject, path: string[], root: YNode, ctx: FileContext): CoreDiagnostic {
  const id = (error.params as { propertyName: string }).propertyName;
  const at = keyOrMap(ctx, root, path, id);
  const suggestion = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const hint = suggestion ? `, e.g. "${suggestion}"` : '';
  return factDiagnostic('facts-schema', located(ctx, at), `Id "${id}" must be lower-case letters, digits and hyphens${hint}`);
}

/** The key node of `key` in the map at `path`, or the map itself when the key cannot be found. */
function keyOrMap(ctx: FileContext, root: YNode, path: string[], key: string): YNode {
  const map = nodeAt(ctx.tree, root, path);
  const keyNode = ctx.tree.kind(map) === 'map' ? ctx.tree.keyNode(map, key) : -1;
  return keyNode >= 0 ? keyNode : map;
}

function wrongValue(error: ErrorObject, path: string[], root: YNode, ctx: FileContext): CoreDiagnostic {
  const node = nodeAt(ctx.tree, root, path);
  const expected = expectedBySchema.get(error.parentSchema as object) ?? (error.message ?? 'valid');
  const message = `${subjectOf(path)} must be ${expected}; got ${shownValue(ctx.tree, node)}`;
  return factDiagnostic('facts-schema', located(ctx, node), message);
}

/**
 * What the schema cannot see because the tree already settled it: a key
 * that is a list or map, and a key repeated within one map (the first is
 * used). A repeated id in a section is facts-duplicate-id instead.
 */
export function structureDiagnostics(ctx: FileContext, lineOf: (offset: number) => number): CoreDiagnostic[] {
  const tree = ctx.tree;
  const out = tree.badKeys.map((p) => factDiagnostic('facts-schema', { file: ctx.file, start: p.start, end: p.end }, p.message));
  const sectionMaps = new Set<YNode>();
  if (tree.root >= 0) tree.forEachPair(tree.root, (section, _key, body) => isSection(section) && sectionMaps.add(body));
  for (const { map, key, firstKey } of tree.repeats) {
    if (sectionMaps.has(map)) continue;
    const what = map === tree.root ? 'Section' : 'Key';
    const message = `${what} "${String(tree.value(key))}" is repeated; the first, at line ${lineOf(tree.start(firstKey))}, is the one used`;
    out.push(factDiagnostic('facts-schema', located(ctx, key), message));
  }
  return out;
}
