import { weekdayOf } from '../claims/dates';
import { WEEKDAYS } from '../grammar/words';
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
        // (compared by the day it names: "Tue" is Tuesday)
        if (!right || right === claim.weekday.right) continue;
        const expected = sameCase(inForm(right, claim.weekday.name, claim.weekday.right), claim.weekday.name);
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

/** The right weekday written as the draft wrote the wrong one: whole ("Tuesday"), or abbreviated ("Tue", "Thurs") no longer than the draft's. */
function inForm(right: string, written: string, writtenDay: string): string {
  if (written.toLowerCase() === writtenDay.toLowerCase()) return right;
  const abbreviations = WEEKDAYS.find((w) => w.name === right)?.abbreviations ?? [];
  return [...abbreviations].reverse().find((a) => a.length <= written.length) ?? abbreviations[0] ?? right;
}

function sameCase(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like === like.toLowerCase()) return word.toLowerCase();
  return word;
}
