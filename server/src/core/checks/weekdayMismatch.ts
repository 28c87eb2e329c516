import { weekdayOf } from '../claims/dates';
import type { DraftCheck, Finding } from './draftCheck';
import { replaceWith } from './draftCheck';

/** weekday-mismatch: a weekday does not fall on the date it is written with (SPEC section 4). Needs no facts. */
export const weekdayMismatch: DraftCheck = {
  code: 'weekday-mismatch',
  needsFacts: false,
  run(ctx) {
    const findings: Finding[] = [];
    for (const s of ctx.sentences) {
      for (const claim of s.claims) {
        if (claim.kind !== 'date' || !claim.weekday) continue;
        const right = weekdayOf(claim.from);
        if (!right || right.toLowerCase() === claim.weekday.name.toLowerCase()) continue;
        const expected = sameCase(right, claim.weekday.name);
        const { start, end } = claim.weekday;
        const date = ctx.draft.text.slice(claim.start, claim.end);
        findings.push({
          sentence: claim.sentence,
          diagnostic: {
            code: 'weekday-mismatch', start, end,
            message: `${date}${claim.yearWritten ? '' : ` ${claim.from.year}`} was a ${right}, not a ${claim.weekday.name}.`,
            expected,
            fix: replaceWith(ctx.path, start, end, expected),
          },
        });
      }
    }
    return findings;
  },
};

function sameCase(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word.toLowerCase();
  return word;
}
