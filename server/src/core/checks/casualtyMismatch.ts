import type { DraftCheck } from './draftCheck';
import { mismatchCheck } from './mismatch';

/** casualty-mismatch: a count disagrees with its tied entry, qualifier applied (SPEC section 4). */
export const casualtyMismatch: DraftCheck = mismatchCheck('casualty-mismatch', 'casualty', (ctx, claim, t) => {
    const written = ctx.draft.text.slice(claim.qualifierStart, claim.end).replace(/\s+/g, ' ');
    return `The fact file says ${t.verdict.comparison.factText} in "${ctx.nameOf(t.verdict.entry)}" (${ctx.where(t.verdict.comparison.at)}); the draft says ${written}.`;
  });
