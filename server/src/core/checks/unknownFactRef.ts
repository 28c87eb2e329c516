import { closest } from 'fastest-levenshtein';
import type { DraftCheck, Finding } from './draftCheck';

/** unknown-fact-ref: a `<!-- fact: id -->` names no entry (SPEC section 4). */
export const unknownFactRef: DraftCheck = {
  code: 'unknown-fact-ref',
  needsFacts: true,
  run(ctx) {
    const findings: Finding[] = [];
    const ids = [...ctx.facts.entries.keys()];
    for (const s of ctx.draft.sentences) {
      for (const ref of s.factRefs) {
        if (ctx.facts.entries.has(ref.id)) continue;
        const guess = ids.length ? closest(ref.id, ids) : undefined;
        findings.push({
          sentence: s,
          diagnostic: {
            code: 'unknown-fact-ref',
            start: ref.start,
            end: ref.end,
            message: `No fact entry has the id "${ref.id}"${guess ? `; did you mean "${guess}"?` : ' (no fact file is loaded for this draft)'}.`,
          },
        });
      }
    }
    return findings;
  },
};
