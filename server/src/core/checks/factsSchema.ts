/**
 * facts-schema: what the fact file holds that the format does not allow.
 * The file checked against schemas/facts.schema.json
 * (the same schema YAML editors get), each ajv error turned into one
 * diagnostic on what is at fault: the unknown key itself, the wrong value
 * itself (SPEC section 4), with a message an editor can act on.
 */
import type { ErrorObject } from 'ajv';
import type { CoreDiagnostic } from '../diagnostic';
import { factDiagnostic } from '../facts/factDiagnostic';
import { SHAPE_REQUIRED, expectedBy, validateFactFile } from '../facts/factSchema';
import { isSection } from '../facts/sectionNames';
import { PathIndex, containerOf, located, pointerSegments, shownValue, subjectOf, type FileContext } from '../facts/treePath';
import type { YNode } from '../facts/yamlTree';
import type { FactFileCheck } from './factCheck';

/** The schema's complaints about a parsed fact file, one per problem. */
function schemaDiagnostics(ctx: FileContext): CoreDiagnostic[] {
  const root = ctx.tree.root;
  const errors = validateFactFile(ctx.tree);
  if (errors.length === 0) return [];
  const seen = new Set<string>();
  const out: CoreDiagnostic[] = [];
  const missing = missingBesideUnknown(errors);
  const paths = new PathIndex(ctx.tree);
  for (const error of errors) {
    if (error.keyword === 'required' && missing.has(error.instancePath)) continue;
    const diagnostic = toDiagnostic(error, { root, ctx, paths }, missing.get(error.instancePath));
    if (!diagnostic) continue;
    const key = `${diagnostic.start}:${diagnostic.end}:${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
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

/** What mapping an error needs: the tree's root, the file, and an index of paths in it. */
interface Where {
  root: YNode;
  ctx: FileContext;
  paths: PathIndex;
}

function toDiagnostic(error: ErrorObject, where: Where, missing?: string[]): CoreDiagnostic | undefined {
  // An id's own pattern error repeats its propertyNames error, which knows the key.
  if (error.propertyName !== undefined) return undefined;
  const path = pointerSegments(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownKey(error, path, where, missing);
    case 'propertyNames':
      return badId(error, path, where);
    case 'required':
      if (!SHAPE_REQUIRED.has(error.parentSchema as object)) {
        const needed = (error.params as { missingProperty: string }).missingProperty;
        const at = located(where.ctx, where.paths.nodeAt(where.root, path));
        return factDiagnostic('facts-schema', at, `${subjectOf(path)} needs "${needed}"`);
      }
      return wrongValue(error, path, where);
    default:
      return wrongValue(error, path, where);
  }
}

function unknownKey(error: ErrorObject, path: string[], where: Where, missing: string[] = []): CoreDiagnostic {
  const key = (error.params as { additionalProperty: string }).additionalProperty;
  const at = keyOrMap(where, path, key);
  const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {}).join(', ');
  const guess = missing.length === 1 ? `; did you mean "${missing[0]}"?` : missing.length > 1 ? `; missing: ${missing.join(', ')}` : '';
  const message =
    path.length === 0
      ? `Unknown section "${key}"; allowed: ${allowed}`
      : `Unknown key "${key}" in ${containerOf(path)}; allowed: ${allowed}${guess}`;
  return factDiagnostic('facts-schema', located(where.ctx, at), message);
}

function badId(error: ErrorObject, path: string[], where: Where): CoreDiagnostic {
  const id = (error.params as { propertyName: string }).propertyName;
  const at = keyOrMap(where, path, id);
  const suggestion = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const hint = suggestion ? `, e.g. "${suggestion}"` : '';
  return factDiagnostic('facts-schema', located(where.ctx, at), `Id "${id}" must be lower-case letters, digits and hyphens${hint}`);
}

/** The key node of `key` in the map at `path`, or the map itself when the key cannot be found. */
function keyOrMap({ root, ctx, paths }: Where, path: string[], key: string): YNode {
  const map = paths.nodeAt(root, path);
  const keyNode = ctx.tree.kind(map) === 'map' ? paths.keyIn(map, key) : -1;
  return keyNode >= 0 ? keyNode : map;
}

function wrongValue(error: ErrorObject, path: string[], { root, ctx, paths }: Where): CoreDiagnostic {
  const node = paths.nodeAt(root, path);
  const message = `${subjectOf(path)} must be ${expectedBy(error)}; got ${shownValue(ctx.tree, node)}`;
  return factDiagnostic('facts-schema', located(ctx, node), message);
}

/**
 * What the schema cannot see because the tree already settled it: a key
 * that is a list or map, and a key repeated within one map (the first is
 * used). A repeated id in a section is facts-duplicate-id instead.
 */
function structureDiagnostics(ctx: FileContext, lineOf: (offset: number) => number): CoreDiagnostic[] {
  const tree = ctx.tree;
  const out = tree.badKeys.map((p) => factDiagnostic('facts-schema', { file: ctx.file, start: p.start, end: p.end }, p.message));
  const sectionMaps = new Set<YNode>();
  for (let key = tree.firstKey(tree.root); key >= 0; key = tree.nextKey(tree.root, key)) {
    if (isSection(tree.keyText(key))) sectionMaps.add(tree.valueOf(key));
  }
  for (const { map, key, firstKey } of tree.repeats) {
    if (sectionMaps.has(map)) continue;
    const what = map === tree.root ? 'Section' : 'Key';
    const message = `${what} "${String(tree.value(key))}" is repeated; the first, at line ${lineOf(tree.start(firstKey))}, is the one used`;
    out.push(factDiagnostic('facts-schema', located(ctx, key), message));
  }
  return out;
}

export const factsSchema: FactFileCheck = {
  code: 'facts-schema',
  scope: 'file',
  run(file) {
    if (!file.tree) return [];
    const ctx = { file: file.path, tree: file.tree };
    // In this order: what the tree settled, what the schema sees, then the values the reader could not use.
    return [...structureDiagnostics(ctx, file.lineOf), ...schemaDiagnostics(ctx), ...file.problems.map((p) => factDiagnostic('facts-schema', p, p.message))];
  },
};
