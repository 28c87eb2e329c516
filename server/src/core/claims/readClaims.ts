import type { Draft, Sentence } from '../draft/draft';
import type { FactBase, FactEntry } from '../facts/factBase';
import { tokenize, type Token } from '../text/tokens';
import { readAges } from './ages';
import { readCasualties } from './casualties';
import type { Claim } from './claim';
import { readDates, YearContext } from './dates';
import { readFigures } from './figures';
import { GroupLexicon } from './groups';
import { MentionIndex, type Mention } from './mentions';
import { PeopleIndex, readNames } from './names';

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

/** Reads every claim of a draft, sentence by sentence, in document order (SPEC section 3). */
export function readClaims(draft: Draft, lexicon: Lexicon): SentenceClaims[] {
  const publication = draft.frontMatter?.date ? Number(draft.frontMatter.date.slice(0, 4)) : undefined;
  const years = new YearContext(publication);
  return draft.sentences.map((sentence) => {
    const tokens = tokenize(sentence.text, sentence.start);
    const mentions = lexicon.mentions.find(tokens);
    const dates = readDates(sentence, years);
    const ages = readAges(sentence);
    const spans = [...dates, ...ages];
    const taken = (offset: number): boolean => spans.some((c) => offset >= c.start && offset < c.end) || inAgePhrase(tokens, offset);
    const figures = readFigures(sentence, tokens, mentions, taken);
    const takenOrFigure = (offset: number): boolean => taken(offset) || figures.some((f) => offset >= f.start && offset < f.end);
    const casualties = readCasualties(sentence, tokens, takenOrFigure, lexicon.groups);
    const names = readNames(sentence, tokens, mentions, lexicon.people);
    const claims: Claim[] = [...dates, ...ages, ...figures, ...casualties, ...names].sort((a, b) => a.start - b.start);
    return { sentence, tokens, mentions, claims };
  });
}

/** "a 23-year-old": the number belongs to the age. */
function inAgePhrase(tokens: readonly Token[], offset: number): boolean {
  const i = tokens.findIndex((t) => t.start === offset);
  return i >= 0 && tokens[i + 1]?.text === '-' && /^years?-old$/.test(tokens[i + 2]?.lower ?? '');
}
