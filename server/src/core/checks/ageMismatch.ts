import type { DraftCheck } from './draftCheck';
import { mismatchCheck } from './mismatch';

/** age-mismatch: an age disagrees with the person's `age` (or `born` and `died`) (SPEC section 4). */
export const ageMismatch: DraftCheck = mismatchCheck('age-mismatch', 'age', (ctx, _claim, t, written) =>
    `The fact file gives ${ctx.nameOf(t.verdict.entry)}'s age as ${t.verdict.comparison.factText.replace(/^aged /, '')} (${ctx.where(t.verdict.comparison.at)}); the draft says ${written}.`);
