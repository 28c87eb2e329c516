import type { DraftCheck } from './draftCheck';
import { mismatchCheck } from './mismatch';

/** figure-mismatch: a figure disagrees with its `figures` entry (SPEC section 4). */
export const figureMismatch: DraftCheck = mismatchCheck('figure-mismatch', 'figure', (ctx, _claim, t, written) =>
    `The fact file gives "${ctx.nameOf(t.verdict.entry)}" as ${t.verdict.comparison.factText} (${ctx.where(t.verdict.comparison.at)}); the draft says ${written}.`);
