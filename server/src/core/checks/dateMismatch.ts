import type { DraftCheck } from './draftCheck';
import { mismatches } from './mismatch';

/** date-mismatch: a date disagrees with its tied entry's date (SPEC section 4). */
export const dateMismatch: DraftCheck = {
  code: 'date-mismatch',
  needsFacts: true,
  run: (ctx) => mismatches(ctx, 'date', (_claim, t, written) => {
    const what = t.verdict.entry.section === 'people' ? `${ctx.nameOf(t.verdict.entry)} died on` : `${ctx.nameOf(t.verdict.entry)} took place on`;
    const range = t.verdict.comparison.factText.includes(' to ') ? what.replace(/ on$/, ' from') : what;
    return `The fact file says ${range} ${t.verdict.comparison.factText} (${ctx.where(t.verdict.comparison.at)}); the draft says ${written}.`;
  }),
};
