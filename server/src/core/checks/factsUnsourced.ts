/**
 * facts-unsourced (information): an event, person, figure or total with no
 * sources. A total is sourced by its own sources or when all of its `of:`
 * parts are (SPEC section 2); sources themselves never need one. An entry
 * that names a source is sourced even when the id is mistyped: that is one
 * problem, reported once, by facts-unknown-ref. The diagnostic sits on the
 * entry's id (SPEC section 4).
 */
import type { CoreDiagnostic } from '../diagnostic';
import type { FactBaseCheck } from './factCheck';
import type { FactBase, FactEntry } from '../facts/factBase';
import { factDiagnostic } from '../facts/factDiagnostic';
import { entryLabel } from '../facts/sectionNames';


function run(base: FactBase): CoreDiagnostic[] {
  const memo = new Map<FactEntry, boolean>();
  const out: CoreDiagnostic[] = [];
  for (const entry of base.entries.values()) {
    if (entry.section === 'sources' || isSourced(entry, base, memo)) continue;
    out.push(factDiagnostic('facts-unsourced', entry.idAt, messageFor(entry, base, memo)));
  }
  return out;
}

/** The parts of a total that exist and can carry sources (unknown ids are facts-unknown-ref's). */
function partsOf(total: FactEntry, base: FactBase): FactEntry[] {
  const parts: FactEntry[] = [];
  for (const id of total.of) {
    const part = base.entries.get(id);
    if (part && part.section !== 'sources' && part !== total) parts.push(part);
  }
  return parts;
}

function isSourced(entry: FactEntry, base: FactBase, memo: Map<FactEntry, boolean>): boolean {
  if (entry.sources.length > 0) return true;
  if (entry.section !== 'totals') return false;
  const known = memo.get(entry);
  if (known !== undefined) return known;
  // Assume "no" while the parts are looked at, so that a cycle of totals ends.
  memo.set(entry, false);
  const parts = partsOf(entry, base);
  const sourced = parts.length > 0 && parts.every((p) => isSourced(p, base, memo));
  memo.set(entry, sourced);
  return sourced;
}

function messageFor(entry: FactEntry, base: FactBase, memo: Map<FactEntry, boolean>): string {
  const label = entryLabel(entry.section, entry.id);
  const subject = label.charAt(0).toUpperCase() + label.slice(1);
  if (entry.section !== 'totals') return `${subject} has no sources; name at least one under "sources:"`;
  const unsourced = partsOf(entry, base).filter((p) => !isSourced(p, base, memo));
  if (unsourced.length === 0) return `${subject} has no sources and no parts to take them from; name at least one under "sources:"`;
  const names = unsourced.map((p) => `"${p.id}"`).join(', ');
  return `${subject} has no sources, and not all of its parts do (${names} ${unsourced.length === 1 ? 'has' : 'have'} none)`;
}

export const factsUnsourced: FactBaseCheck = { code: 'facts-unsourced', scope: 'base', needsAllFiles: true, run };
