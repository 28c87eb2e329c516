import type { CasualtyClaim } from '../claims/claim';
import { properPhrases, properWords } from '../claims/properNouns';
import { claimInterval } from '../claims/qualifiers';
import type { SentenceClaims } from '../claims/readClaims';
import type { TiedClaim } from '../claims/tie';
import type { DraftCheck, DraftContext, Finding } from './draftCheck';

/**
 * internal-inconsistency (SPEC section 4): the draft gives one event (the
 * same entry, or the same named place or event phrase, with the same kind and
 * group of casualty) two counts that cannot both be true, and no fact settles
 * it; reported on the later one. Counts a fact settles get a mismatch instead;
 * sub-counts ("twelve of them") are parts, not rival counts.
 */
export const internalInconsistency: DraftCheck = {
  code: 'internal-inconsistency',
  needsFacts: false,
  run(ctx) {
    const proper = properWords(ctx.sentences);
    const sentenceClaims = new Map(ctx.sentences.map((s) => [s.sentence, s]));
    const seen = new Map<string, CasualtyClaim[]>();
    const findings: Finding[] = [];
    for (const t of ctx.tied) {
      if (t.claim.kind !== 'casualty' || t.claim.subCount || settled(t)) continue;
      const event = eventOf(t, ctx, proper, sentenceClaims.get(t.claim.sentence));
      if (!event) continue;
      const key = `${event.key}|${t.claim.casualty}|${t.claim.group}`;
      const earlier = seen.get(key) ?? [];
      const claim = t.claim;
      const rival = earlier.find((e) => disjoint(e, claim) && sameOccasion(e, claim, sentenceClaims));
      if (rival) findings.push(finding(ctx, claim, rival, event.label));
      // One earlier count per value and qualifier is enough to compare with: a draft repeating itself stays linear.
      if (!earlier.some((e) => e.value === claim.value && e.qualifier === claim.qualifier && sameOccasion(e, claim, sentenceClaims))) earlier.push(claim);
      seen.set(key, earlier);
    }
    return findings;
  },
};

function settled(t: TiedClaim): boolean {
  return t.verdict.status === 'agrees' || t.verdict.status === 'disagrees';
}

/**
 * Two counts for one place on different days are two events ("30 killed on
 * Monday, 12 on Tuesday"): counts whose sentences give different dates or
 * years are never rivals.
 */
function sameOccasion(a: CasualtyClaim, b: CasualtyClaim, sentences: Map<CasualtyClaim['sentence'], SentenceClaims>): boolean {
  const when = (c: CasualtyClaim): string | undefined => {
    const s = sentences.get(c.sentence);
    const date = s?.claims.find((x) => x.kind === 'date');
    if (date?.kind === 'date') return `${date.from.year ?? ''}-${date.from.month}-${date.from.day}`;
    return /\b(1[89]\d\d|20\d\d)\b/.exec(c.sentence.text)?.[1];
  };
  const x = when(a);
  const y = when(b);
  return x === undefined || y === undefined || x === y;
}

function disjoint(a: CasualtyClaim, b: CasualtyClaim): boolean {
  const x = claimInterval(a.value, a.qualifier);
  const y = claimInterval(b.value, b.qualifier);
  return x.max < y.min || y.max < x.min;
}

function finding(ctx: DraftContext, claim: CasualtyClaim, rival: CasualtyClaim, label: string): Finding {
  const said = (c: CasualtyClaim): string => ctx.draft.text.slice(c.qualifierStart, c.end);
  return {
    sentence: claim.sentence,
    diagnostic: {
      code: 'internal-inconsistency',
      start: claim.start,
      end: claim.end,
      message: `The draft gives ${label} ${said(claim)} ${claim.groupWord} ${claim.casualty} here but ${said(rival)} at line ${ctx.lineOf(rival.start)}, and no fact settles which is right.`,
      related: [{ file: ctx.path, start: rival.start, end: rival.end, message: `The earlier count: ${said(rival)}` }],
    },
  };
}

/** The event a count is about: its tied entry, else the nearest proper-noun phrase in its sentence (one before it preferred). */
function eventOf(t: TiedClaim, ctx: DraftContext, proper: Set<string>, s: SentenceClaims | undefined): { key: string; label: string } | undefined {
  if (t.verdict.status === 'unsettled') return { key: `entry:${t.verdict.entry.id}`, label: ctx.nameOf(t.verdict.entry) };
  if (!s) return undefined;
  const phrases = properPhrases(s.tokens, proper);
  const before = phrases.filter((p) => p.end <= t.claim.start).pop();
  const after = phrases.find((p) => p.start >= t.claim.end);
  const phrase = before ?? after;
  return phrase && { key: `phrase:${phrase.text.toLowerCase()}`, label: phrase.text };
}
