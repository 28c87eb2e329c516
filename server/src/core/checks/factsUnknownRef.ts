/**
 * facts-unknown-ref: an id in a `sources:`, `of:` or `events:` list that
 * names no entry, or an entry of the wrong kind (SPEC section 4). The
 * diagnostic sits on the id in its list and suggests a close id if one
 * exists, since most of these are typos.
 */
import { distance } from 'fastest-levenshtein';
import type { CoreDiagnostic } from '../diagnostic';
import type { FactBaseCheck } from './factCheck';
import type { FactBase, FactEntry, FactRef, Section } from '../facts/factBase';
import { factDiagnostic } from '../facts/factDiagnostic';
import { entryLabel, withArticle } from '../facts/sectionNames';


/** What each list may name (SPEC section 2). */
const TARGETS: Readonly<Record<FactRef['list'], readonly Section[]>> = {
  sources: ['sources'],
  of: ['events', 'totals', 'people'],
  events: ['events'],
};

const WANTED: Readonly<Record<FactRef['list'], string>> = {
  sources: 'a source',
  of: 'an event, a total or a person',
  events: 'an event',
};

/**
 * Close ids are looked for only for this many unknown ones: each search
 * walks every entry, and a file with more has a bigger problem than typos.
 */
const MAX_GUESSES = 100;

function run(base: FactBase): CoreDiagnostic[] {
  const out: CoreDiagnostic[] = [];
  // Shadowed duplicates are checked too: their lists are in the file all the same.
  for (const entry of base.definitions ?? base.entries.values()) {
    for (const ref of entry.refs ?? []) {
      const message = problemWith(ref, entry, base, out.length < MAX_GUESSES);
      if (message) out.push(factDiagnostic('facts-unknown-ref', ref, message));
    }
  }
  return out;
}

function problemWith(ref: FactRef, entry: FactEntry, base: FactBase, guess: boolean): string | undefined {
  const target = base.entries.get(ref.id);
  const allowed = TARGETS[ref.list];
  if (target && allowed.includes(target.section)) return undefined;
  const where = `"${ref.list}:" of ${entryLabel(entry.section, entry.id)}`;
  if (!target) {
    const close = guess ? closestId(ref.id, allowed, base) : undefined;
    return `"${ref.id}" in ${where} is not defined${close ? `; did you mean "${close}"?` : ''}`;
  }
  return `"${ref.id}" in ${where} is ${withArticle(target.section)}; this list names ${WANTED[ref.list]}`;
}

/** The defined id of an allowed kind nearest to a mistyped one, when near enough to be a typo. */
function closestId(id: string, sections: readonly Section[], base: FactBase): string | undefined {
  const limit = Math.max(2, Math.floor(id.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const entry of base.entries.values()) {
    if (!sections.includes(entry.section) || Math.abs(entry.id.length - id.length) > limit) continue;
    const d = distance(id, entry.id);
    if (d < bestDistance) {
      best = entry.id;
      bestDistance = d;
    }
  }
  return best;
}

export const factsUnknownRef: FactBaseCheck = { code: 'facts-unknown-ref', scope: 'base', needsAllFiles: true, run };
