import type { DraftCheck } from './draftCheck';
import { mismatches } from './mismatch';

/** date-mismatch: a date disagrees with its tied entry's date (SPEC section 4). */
export const dateMismatch: DraftCheck = {
  code: 'date-mismatch',
  needsFacts: true,
  run: (ctx) => mismatches(ctx, 'date', (_claim, t, written) => {
    const { entry, comparison } = t.verdict;
    const what = entry.section === 'people' ? `${ctx.nameOf(entry)} died on` : `"${ctx.nameOf(entry)}" is dated`;
    return `The fact file says ${what} ${comparison.factText} (${ctx.where(comparison.at)}); the draft says ${written}.`;
  }),
};
