import type { FactBase, FactEntry } from '../core';
import type { Checker } from './checker';
import { isFactFilePath, pathOf } from './paths';
import type { FactsCache } from './factsCache';

/**
 * Finds the fact base that answers for a document: a draft's own (from its
 * last check), or, for a fact file, the base of its folder.
 */
export async function baseFor(uri: string, checker: Checker, facts: FactsCache): Promise<FactBase | undefined> {
  const path = pathOf(uri);
  if (isFactFilePath(path)) return facts.get(checker.factFilesOfFolder(path));
  return (await checker.stateOf(uri))?.facts;
}

export function entryIn(base: FactBase | undefined, id: string): FactEntry | undefined {
  return base?.entries.get(id);
}
