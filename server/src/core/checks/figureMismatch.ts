import type { DraftCheck } from './draftCheck';
import { mismatches } from './mismatch';

/** figure-mismatch: a figure disagrees with its `figures` entry (SPEC section 4). */
export const figureMismatch: DraftCheck = {
  code: 'figure-mismatch',
  needsFacts: true,
  run: (ctx) => mismatches(ctx, 'figure', (_claim, t, written) =>
    `The fact file gives "${ctx.nameOf(t.verdict.entry)}" as ${t.verdict.comparison.factText} (${ctx.where(t.verdict.comparison.at)}); the draft says ${written}.`),
};
