import type { DraftCheck, Finding } from './draftCheck';

/**
 * unsourced-claim (SPEC section 4): a sentence with a claim that is not
 * sourced, one warning per sentence on its first claim. A claim is sourced by
 * its tied entry's sources or a citation in its sentence (SPEC section 3).
 */
export const unsourcedClaim: DraftCheck = {
  code: 'unsourced-claim',
  needsFacts: true,
  run(ctx) {
    const findings: Finding[] = [];
    const bySentence = new Map<number, typeof ctx.tied[number][]>();
    for (const t of ctx.tied) {
      const list = bySentence.get(t.claim.sentence.index) ?? [];
      list.push(t);
      bySentence.set(t.claim.sentence.index, list);
    }
    for (const claims of bySentence.values()) {
      if (claims.every((t) => t.sourced)) continue;
      const first = claims[0]!.claim;
      findings.push({
        sentence: first.sentence,
        diagnostic: {
          code: 'unsourced-claim',
          start: first.start,
          end: first.end,
          message: 'This sentence makes a claim with no source: cite one (a link, a footnote, "according to ...") or give its fact entry a source.',
        },
      });
    }
    return findings;
  },
};
