import type { Draft, Sentence } from '../draft/draft';
import type { FactBase, FactEntry } from '../facts/factBase';
import type { Token } from '../text/tokens';
import { readAges } from './ages';
import { readCasualties } from './casualties';
import type { Claim } from './claim';
import { readDates, YearContext } from './dates';
import { readFigures } from './figures';
import { GroupLexicon } from './groups';
import { MentionIndex, type Mention } from './mentions';
import { NamedSoFar, PeopleIndex, readNames } from './names';

/** A sentence with its tokens, the entries it names and the claims it makes. */
export interface SentenceClaims {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  claims: Claim[];
}

/** What reading and tying claims needs from the fact file, built once per fact base. */
export interface Lexicon {
  groups: GroupLexicon;
  mentions: MentionIndex;
  people: PeopleIndex;
  /** The totals: candidates for every count (SPEC section 3). */
  totals: FactEntry[];
}

export function buildLexicon(facts: FactBase): Lexicon {
  return {
    groups: new GroupLexicon(facts),
    mentions: new MentionIndex(facts),
    people: new PeopleIndex(facts),
    totals: [...facts.entries.values()].filter((e) => e.section === 'totals'),
  };
}

/**
 * Reads every claim of a draft, sentence by sentence, in document order
 * (SPEC section 3); when `outOfTime` says so (asked every 64 sentences), it
 * stops and returns the sentences read so far.
 */
export function readClaims(draft: Draft, lexicon: Lexicon, outOfTime: () => boolean = () => false): SentenceClaims[] {
  const publication = draft.frontMatter?.date ? Number(draft.frontMatter.date.slice(0, 4)) : undefined;
  const years = new YearContext(publication);
  const named = new NamedSoFar();
  const read: SentenceClaims[] = [];
  let block = -1;
  for (const sentence of draft.sentences) {
    if (read.length % 64 === 63 && outOfTime()) break;
    // (a paragraph's first sentence may open with a dateline)
    const opensParagraph = sentence.block !== block && draft.prose.blocks[sentence.block]?.kind === 'paragraph';
    block = sentence.block;
    read.push(claimsOf(sentence, lexicon, years, named, opensParagraph));
  }
  return read;
}

function claimsOf(sentence: Sentence, lexicon: Lexicon, years: YearContext, named: NamedSoFar, opensParagraph: boolean): SentenceClaims {
  const tokens = sentence.tokens;
  const mentions = lexicon.mentions.find(tokens);
  // Names first: a surname written alone becomes a mention that ties the sentence's other claims.
  const names = readNames(sentence, tokens, mentions, lexicon.people, named, lexicon.mentions);
  const dates = readDates(sentence, tokens, years, opensParagraph);
  const ages = readAges(sentence, tokens);
  const spans: { start: number; end: number }[] = [...dates, ...ages];
  const taken = (offset: number): boolean => spans.some((c) => offset >= c.start && offset < c.end);
  // Counts before figures: a number that is a casualty count is no figure (SPEC section 3).
  const casualties = readCasualties(sentence, tokens, taken, lexicon.groups);
  spans.push(...casualties);
  const figures = readFigures(sentence, tokens, mentions, taken);
  const claims: Claim[] = [...dates, ...ages, ...figures, ...casualties, ...names].sort((a, b) => a.start - b.start);
  return { sentence, tokens, mentions, claims };
}
