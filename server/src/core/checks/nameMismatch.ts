import type { DraftCheck } from './draftCheck';
import { mismatchCheck } from './mismatch';

/** name-mismatch: a known person's name is misspelt (edit distance <= 2) or given the wrong title (SPEC section 4). */
export const nameMismatch: DraftCheck = mismatchCheck('name-mismatch', 'name', (ctx, claim, t, written) => claim.problem?.what === 'title'
    ? `The fact file gives ${ctx.nameOf(t.verdict.entry)} the title "${claim.problem.right}" (${ctx.where(t.verdict.comparison.at)}); the draft says "${written}".`
    : `The fact file spells this name "${claim.problem?.right ?? ''}" (${ctx.where(t.verdict.comparison.at)}); the draft has "${written}".`);
