import type { DraftCheck } from './draftCheck';
import { mismatches } from './mismatch';

/** age-mismatch: an age disagrees with the person's `age` (or `born` and `died`) (SPEC section 4). */
export const ageMismatch: DraftCheck = {
  code: 'age-mismatch',
  needsFacts: true,
  run: (ctx) => mismatches(ctx, 'age', (_claim, t, written) =>
    `The fact file says ${ctx.nameOf(t.verdict.entry)} was ${t.verdict.comparison.factText} (${ctx.where(t.verdict.comparison.at)}); the draft says ${written}.`),
};
