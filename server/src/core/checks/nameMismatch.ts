import type { DraftCheck } from './draftCheck';
import { mismatches } from './mismatch';

/** name-mismatch: a known person's name is misspelt (edit distance <= 2) or given the wrong title (SPEC section 4). */
export const nameMismatch: DraftCheck = {
  code: 'name-mismatch',
  needsFacts: true,
  run: (ctx) => mismatches(ctx, 'name', (claim, t, written) => claim.problem?.what === 'title'
    ? `The fact file gives ${ctx.nameOf(t.verdict.entry)} the title "${claim.problem.right}" (${ctx.where(t.verdict.comparison.at)}); the draft says "${written}".`
    : `The fact file spells this name "${claim.problem?.right ?? ''}" (${ctx.where(t.verdict.comparison.at)}); the draft has "${written}".`),
};
