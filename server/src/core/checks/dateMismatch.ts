import type { DraftCheck } from './draftCheck';
import { mismatchCheck } from './mismatch';

/** date-mismatch: a date disagrees with its tied entry's date (SPEC section 4). */
export const dateMismatch: DraftCheck = mismatchCheck('date-mismatch', 'date', (ctx, _claim, t, written) => {
    const { entry, comparison } = t.verdict;
    const what = entry.section === 'people' ? `${ctx.nameOf(entry)} died on` : `"${ctx.nameOf(entry)}" is dated`;
    return `The fact file says ${what} ${comparison.factText} (${ctx.where(comparison.at)}); the draft says ${written}.`;
  });
