/**
 * schemas/facts.schema.json, compiled once when the module loads (tens of
 * milliseconds; validating a 10,000-entry file then takes a few), and what
 * the rest of the loader needs to know from it.
 *
 * A file is validated in two steps, its skeleton (sections, ids, the shape
 * of each entry) and then each entry on its own. One validation of the
 * whole file would give the same errors, but ajv gathers a sub-schema's
 * errors by copying the list so far each time, which is quadratic: a
 * generated file with an error in each of 30,000 entries took 2 seconds.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../../schemas/facts.schema.json';
import type { Section } from './factBase';
import { isSection } from './sectionNames';
import type { YNode, YamlTree } from './yamlTree';

// `verbose` gives each error the schema object it comes from, which names
// what was expected (see EXPECTED).
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true });

type Definition = keyof typeof schema.definitions;

/** What an entry of each section must be: the schema's definition. */
const ENTRY_DEFINITIONS: Readonly<Record<Section, Definition>> = {
  sources: 'source',
  events: 'event',
  people: 'person',
  totals: 'total',
  figures: 'figure',
};

/** A section's entries in the skeleton: any map (each is then validated on its own). */
const ANY_ENTRY = { type: 'object' };

/** The schema with each section's entries cut down to "a map". */
const skeleton = {
  ...schema,
  $id: schema.$id.replace(/facts\.schema\.json$/, 'facts-skeleton.schema.json'),
  properties: Object.fromEntries(
    Object.entries(schema.properties).map(([name, property]) => [name, isSection(name) ? { ...property, additionalProperties: ANY_ENTRY } : property]),
  ),
};

ajv.addSchema(schema);
const validateSkeleton = ajv.compile(skeleton);
const validateEntry = Object.fromEntries(
  Object.entries(ENTRY_DEFINITIONS).map(([section, definition]) => [section, ajv.getSchema(`${schema.$id}#/definitions/${definition}`)!]),
) as Record<Section, ValidateFunction>;

/** The fields each section's entries may have. */
export const ENTRY_FIELDS: Readonly<Record<Section, ReadonlySet<string>>> = {
  sources: new Set(Object.keys(schema.definitions.source.properties)),
  events: new Set(Object.keys(schema.definitions.event.properties)),
  people: new Set(Object.keys(schema.definitions.person.properties)),
  totals: new Set(Object.keys(schema.definitions.total.properties)),
  figures: new Set(Object.keys(schema.definitions.figure.properties)),
};

/** Definitions whose `required` keys are part of the value's shape ({min, max}, {from, to}). */
export const SHAPE_REQUIRED: ReadonlySet<object> = new Set<object>([schema.definitions.count, schema.definitions.figureValue, schema.definitions.date]);

/** What each definition asks for, in the words of "... must be <this>". */
const EXPECTED: Readonly<Record<Definition, string>> = {
  id: 'an id of lower-case letters, digits and hyphens',
  idList: 'a list of ids, e.g. [source-id, other-id]',
  text: 'text',
  wordList: 'a list of words or phrases, e.g. [Bannu attack, FC Headquarters]',
  place: 'a place or a list of places',
  day: 'a date written YYYY-MM-DD, a month YYYY-MM or a year YYYY',
  date: 'a date written YYYY-MM-DD, a month YYYY-MM or a year YYYY, or {from, to}',
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

/** Schema objects (an error's parentSchema) -> what they ask for. */
const expectedBySchema = new Map<object, string>([
  [skeleton, `a map of sections (${Object.keys(schema.properties).join(', ')})`],
  [schema.properties.version, '1'],
  [ANY_ENTRY, 'a map of fields'],
  [schema.definitions.event.properties.parts, 'a list of parts, each with a place and counts'],
  ...Object.entries(skeleton.properties)
    .filter(([name]) => isSection(name))
    .map(([, property]): [object, string] => [property, 'a map of entries keyed by id']),
  ...(Object.keys(schema.definitions) as Definition[]).map((d): [object, string] => [schema.definitions[d], EXPECTED[d]]),
]);

/** "must be <this>" for an error, from the schema object it comes from. */
export function expectedBy(error: ErrorObject): string {
  return expectedBySchema.get(error.parentSchema as object) ?? error.message ?? 'valid';
}

/** Every schema error of a parsed file, with instance paths from the file's root. */
export function validateFactFile(tree: YamlTree): ErrorObject[] {
  const root = tree.root;
  if (root < 0) return [];
  const errors: ErrorObject[] = [];
  if (!validateSkeleton(tree.value(root))) for (const error of validateSkeleton.errors ?? []) errors.push(error);
  if (tree.kind(root) !== 'map') return errors;
  for (let key = tree.firstKey(root); key >= 0; key = tree.nextKey(root, key)) {
    const section = tree.keyText(key);
    if (isSection(section)) validateEntries(tree, section, tree.valueOf(key), errors);
  }
  return errors;
}

/** Each entry of a section against its definition; a repeated id's later entry is not used, so not checked. */
function validateEntries(tree: YamlTree, section: Section, body: YNode, errors: ErrorObject[]): void {
  if (tree.kind(body) !== 'map') return;
  const validate = validateEntry[section];
  for (let key = tree.firstKey(body); key >= 0; key = tree.nextKey(body, key)) {
    const entry = tree.valueOf(key);
    // An entry that is no map is the skeleton's error already.
    if (tree.kind(entry) !== 'map' || validate(tree.value(entry))) continue;
    const prefix = `/${section}/${pointerEscape(tree.keyText(key))}`;
    for (const error of validate.errors ?? []) errors.push({ ...error, instancePath: prefix + error.instancePath });
  }
}

/** A key as a JSON-pointer segment (RFC 6901). */
function pointerEscape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
