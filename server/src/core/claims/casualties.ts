/**
 * Casualty counts (SPEC section 3): a count, its noun, and a casualty word
 * said of that count. A count is read only where the grammar is sure what it
 * is; a number it is unsure of stays silent (issue 10: precision first).
 *
 * A count's casualty word must be said of it, in one of three places:
 *  1. after it, as its predicate, through auxiliaries and reporting
 *     passives: "six soldiers were killed", "12 dead", "13 others injured",
 *     "58 people now feared dead", "46 people had been lost";
 *  2. before it, governing it: "killing at least 16", "wounded 10 others",
 *     "claimed the lives of 19", "the death toll rose to 57";
 *  3. in its own noun: "9,057 deaths", "1,126 dead bodies", "fourteen bodies".
 * A casualty word anywhere else in the sentence is about someone else ("2,000
 * people gathered to help the injured"). Rates ("20 bodies a day"), changes
 * ("the toll rose by seven"), differences ("3,271 above the average"),
 * numbers in names ("Route 9", "24 Parganas"), times, money and measures are
 * no counts.
 */
import type { Sentence } from '../draft/draft';
import type { CasualtyKind } from '../facts/factBase';
import { PhraseSet } from '../grammar/pattern';
import {
  AFTER_PHRASES, AMONG_AFTER_PHRASES, AMONG_PHRASES, ANAPHORIC_GROUPS, CASUALTY_WORDS, CHANGE_NOUNS, CHANGE_VERBS, CONJUNCT_WORDS, CURRENCIES, DIFFERENCE_WORDS, FUNCTION_WORDS,
  GOVERNING_BARE_VERBS, GOVERNING_PEOPLE_VERBS, GOVERNING_PHRASES, LIVES_VERBS, NUMBERED_NAME_WORDS, ORDINAL_SUFFIXES, PART_OF_WORDS,
  PART_OPENERS, PART_WHOLES, RATE_ADVERBS, RATE_OPENERS, RATE_PERIODS, SCALE_WORDS, TIME_WORDS, TOLL_LINKS, TOLL_NOUNS, TOLL_PHRASE_OPENERS,
  TOLL_PERIOD_WORDS, TOLL_TIME_WORDS, UNITS, VERB_GROUP_FILLERS,
} from '../grammar/words';
import type { Token } from '../text/tokens';
import type { CasualtyClaim } from './claim';
import type { GroupLexicon } from './groups';
import { readNumber, wordValue, type NumberSpan } from './numberWords';
import { qualifierBefore } from './qualifiers';

const AFTER = new PhraseSet(Object.keys(AFTER_PHRASES));
const GOVERNING = new PhraseSet(Object.keys(GOVERNING_PHRASES));
const TOLLS = new PhraseSet(TOLL_NOUNS);
const TOLL_LINK = new Set<string>(TOLL_LINKS);
const FILLERS = new Set<string>(VERB_GROUP_FILLERS);
const PART_OPENER = new PhraseSet(PART_OPENERS);
const PART_OF = new Set<string>(PART_OF_WORDS);
const RATE_OPENER = new Set<string>(RATE_OPENERS);
const RATE_PERIOD = new Set<string>(RATE_PERIODS);
const RATE_ADVERB = new Set<string>(RATE_ADVERBS);
const CHANGE_VERB = new Set<string>(CHANGE_VERBS);
const CHANGE_NOUN = new Set<string>(CHANGE_NOUNS);
const DIFFERENCE = new PhraseSet(DIFFERENCE_WORDS);
const NAMED_NUMBER = new Set<string>(NUMBERED_NAME_WORDS);
const FUNCTION = new Set<string>(FUNCTION_WORDS);
const ANAPHORIC = new Set<string>(ANAPHORIC_GROUPS);
const LIVES = new Set<string>(LIVES_VERBS);
const TIME = new Set<string>(TIME_WORDS);
const ORDINAL = new Set<string>(ORDINAL_SUFFIXES);
// Units of measure after a bare number; a one-letter unit ("m", "t") only when written against it ("40m").
const MEASURE = new PhraseSet(Object.keys(UNITS).filter((u) => /^[a-z]{2}/.test(u)));
const SCALE = new Set(Object.keys(SCALE_WORDS));
const WHOLES = new PhraseSet(PART_WHOLES);
const CONJUNCT = new Set<string>(CONJUNCT_WORDS);
const TOLL_OPENER = new Set<string>(TOLL_PHRASE_OPENERS);
const AMONG = new PhraseSet(Object.keys(AMONG_PHRASES));
const AMONG_AFTER = new PhraseSet(Object.keys(AMONG_AFTER_PHRASES));
const TOLL_TIME = new Set<string>(TOLL_TIME_WORDS);
const TOLL_PERIOD = new Set<string>(TOLL_PERIOD_WORDS);
const AMONG_VERB_GROUP = new Set(['were', 'was', 'are', 'is', 'also', 'reportedly', 'believed', 'thought', 'to', 'be', 'said', 'still']);
const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had']);

/** Words whose presence lets a sentence hold a count at all: a cheap test before any reading. */
const TRIGGERS = new Set<string>([
  ...Object.keys(CASUALTY_WORDS), ...Object.keys(GOVERNING_PEOPLE_VERBS), ...TOLL_NOUNS.map((t) => t.split(' ')[0]!),
  ...[...Object.keys(AFTER_PHRASES), ...Object.keys(GOVERNING_PHRASES)].flatMap((p) => p.split(' ')), 'lives',
]);

/** Words that end a count's own clause when they stand between two counts. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', 'and', 'but', 'while', 'whereas', 'which', 'where', 'whom', 'who']);
const HARD_BREAKS = new Set([';', ':']);

/** A count's noun phrase: "at least twelve members of one family", "13 others", "1,126 dead bodies". */
interface NounPhrase {
  number: NumberSpan;
  qualifier: CasualtyClaim['qualifier'];
  /** Index of the qualifier's first token (the number's when there is none). */
  from: number;
  /** One past the phrase's last token. */
  to: number;
  /** The group noun as written (lower case), or undefined for a bare count ("killed 217"). */
  groupWord?: string;
  /** "others", "more": the group of the count before it. */
  anaphoric: boolean;
  /** "twelve of them", "including four children": a part of the count before it. */
  part: boolean;
  /** A casualty word inside the phrase: its noun or an adjective ("deaths", "dead bodies"). */
  ownKind?: CasualtyKind;
  /** "four civilian lives": the group is an adjective of "lives", a count of the dead only after a verb that takes them. */
  lives?: true;
}

/** The casualty counts of a sentence (SPEC section 3). */
export function readCasualties(sentence: Sentence, tokens: readonly Token[], taken: (offset: number) => boolean, groups: GroupLexicon): CasualtyClaim[] {
  if (!tokens.some((t) => TRIGGERS.has(t.lower))) return [];
  // Every count-like noun phrase, claim or not, bounds its neighbours' clauses ("Four deaths were in South Makale and 15 in Makale").
  const all: NounPhrase[] = [];
  const kinds: (CasualtyKind | undefined)[] = [];
  let lastKind: CasualtyKind | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') continue;
    const np = nounPhraseAt(tokens, i, groups);
    if (!np || taken(t.start)) continue;
    i = np.to - 1;
    if (notACount(tokens, np) || ageBracket(tokens, np, groups)) continue;
    all.push(np);
    // "Nineteen tourists were among the dead": a part of the dead, said after it.
    const among = amongAfter(tokens, np);
    if (among) np.part = true;
    // A part with no casualty word of its own ("..., including 14 children, is described as") takes the kind of the count it is part of.
    const kind = among ?? saidOf(tokens, np, groups) ?? withOneMore(tokens, np, groups) ?? (np.part && np.groupWord ? lastKind : undefined);
    kinds.push(kind);
    lastKind = kind ?? lastKind;
  }
  coordinateSubjects(tokens, all, kinds);
  const phrases = all.flatMap((np, n) => (kinds[n] ? [{ np, kind: kinds[n]! }] : []));
  const claims: CasualtyClaim[] = [];
  phrases.forEach(({ np, kind }) => {
    // "three of the ten infants died of burns, while seven others died of smoke": others of a part are a part too.
    const othersOfPart = np.anaphoric && claims[claims.length - 1]?.subCount === true;
    if (othersOfPart) np.part = true;
    const previous = othersOfPart ? claims[claims.length - 1] : claims.filter((c) => !c.subCount).pop();
    // "13 others injured" takes the group of the count before it; a part with no noun of its own ("twelve of them") too.
    const groupWord = np.anaphoric || (np.part && !np.groupWord) ? previous?.groupWord ?? 'people' : np.groupWord ?? 'people';
    const first = tokens[np.number.from]!;
    const last = tokens[np.number.to - 1]!;
    const clause = clauseOf(tokens, all, all.indexOf(np));
    claims.push({
      kind: 'casualty',
      start: first.start,
      end: last.end,
      sentence,
      value: np.number.value,
      qualifier: np.qualifier,
      qualifierStart: tokens[np.from]!.start,
      style: np.number.style,
      casualty: np.part && previous && !np.ownKind ? previous.casualty : kind,
      group: groups.canonicalOf(groupWord),
      groupWord,
      subCount: np.part,
      clause: { start: tokens[clause.from]?.start ?? first.start, end: tokens[clause.to - 1]?.end ?? last.end },
      ...(periodToll(tokens, np.from) ? { period: true as const } : {}),
    });
  });
  return claims;
}

type PhraseStart = Pick<NounPhrase, 'number' | 'qualifier' | 'from' | 'part' | 'anaphoric'>;

/**
 * A noun phrase from where it starts, its end and what else it holds. Written
 * out, not spread from `start`: V8 builds `{ ...start, to, ... }` on a slow
 * path, 4 µs a phrase, and every count-like phrase of a draft is built here.
 */
function phraseOf(start: PhraseStart, to: number, more: Partial<Omit<NounPhrase, 'number' | 'qualifier' | 'from' | 'to'>> = {}): NounPhrase {
  return { number: start.number, qualifier: start.qualifier, from: start.from, part: start.part, anaphoric: start.anaphoric, to, ...more };
}

/** The count's noun phrase starting at `tokens[i]`, if a count starts there. */
function nounPhraseAt(tokens: readonly Token[], i: number, groups: GroupLexicon): NounPhrase | undefined {
  const number = readNumber(tokens, i);
  if (!number || !Number.isInteger(number.value)) return undefined;
  // "one of the worst": a number before "of the" is no count; "six of the soldiers" keeps the soldiers as its group.
  let { qualifier, from } = qualifierBefore(tokens, i);
  // "the toll inched up to 61": after a verb of change, "up to" links the toll to its count and hedges nothing.
  if (qualifier === 'atMost' && tokens[from]?.lower === 'up' && (TOLL_LINK.has(tokens[from - 1]?.lower ?? '') || CHANGE_VERB.has(tokens[from - 1]?.lower ?? ''))) {
    qualifier = 'exact';
    from = i;
  }
  const part = PART_OPENER.lengthBefore(tokens, from) > 0 || AMONG.lengthBefore(tokens, from) > 0;
  let j = number.to;
  const base = { number, qualifier, from, part, anaphoric: false };
  // "twelve of them", "four of whom", "two of them guides".
  if (tokens[j]?.lower === 'of' && PART_OF.has(tokens[j + 1]?.lower ?? '')) {
    if (number.value < 2) return undefined;
    const own = groupAfterAdjectives(tokens, j + 2, groups);
    return phraseOf(base, own?.to ?? j + 2, { part: true, ...(own ? { groupWord: own.word } : {}) });
  }
  if (ANAPHORIC.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower !== 'than') {
    // "19 more soldiers": the noun after "more" is the group; "13 others": the group before.
    const own = groupAt(tokens, j + 1, groups);
    if (own) return phraseOf(base, own.to, { groupWord: own.word, ownKind: own.kind });
    return phraseOf(base, j + 1, { anaphoric: true });
  }
  // Up to two adjectives before the noun ("52 unidentified bodies", "12 Pakistani soldiers", "dead bodies").
  let ownKind: CasualtyKind | undefined;
  for (let skipped = 0; skipped <= 2 && j < tokens.length; skipped++) {
    const group = groupAt(tokens, j, groups);
    if (group) {
      // "four civilian lives", "two civilian deaths": a group used as an adjective of a noun of the dead keeps its group.
      const head = groupAt(tokens, group.to, groups);
      if (head && groups.isAnyGroup(head.word) && !groups.isAnyGroup(group.word)) {
        return phraseOf(base, head.to, { groupWord: group.word, ...(head.kind ?? ownKind ? { ownKind: head.kind ?? ownKind } : {}), ...(head.word === 'lives' ? { lives: true as const } : {}) });
      }
      return phraseOf(base, ofPhraseEnd(tokens, group.to, groups), { groupWord: group.word, ownKind: group.kind ?? ownKind });
    }
    const w = tokens[j]!;
    // "126 lost lives": the words are the count's predicate, not adjectives of "lives"; "US" is a name, not "us".
    if (w.kind !== 'word' || (FUNCTION.has(w.lower) && !/^\p{Lu}{2,}$/u.test(w.text)) || AFTER.lengthAt(tokens, j)) break;
    const casualty = CASUALTY_WORDS[w.lower];
    if (casualty && !casualty.noun) break;
    if (casualty) ownKind = casualty.kind;
    j++;
  }
  // "six of the soldiers": the group after "of the"; "332 of the dead were Egyptians": a part of the dead, by the group it names.
  if (tokens[number.to]?.lower === 'of' && tokens[number.to + 1]?.lower === 'the') {
    const whole = WHOLES.lengthAt(tokens, number.to + 2);
    if (whole && number.value > 1) {
      const words = tokens.slice(number.to + 2, number.to + 2 + whole).map((t) => t.lower);
      const to = number.to + 2 + whole;
      const own = CASUALTY_WORDS[words[words.length - 1]!]?.kind ?? (words.includes('injured') ? 'wounded' : 'killed');
      const named = tokens[to] && ['were', 'was', 'are', 'included'].includes(tokens[to]!.lower) ? groupAfterAdjectives(tokens, to + 1, groups) : undefined;
      return phraseOf(base, to, { part: true, ownKind: own, ...(named ? { groupWord: named.word } : {}) });
    }
    const group = groupAt(tokens, number.to + 2, groups);
    if (group && number.value > 1) return phraseOf(base, group.to, { groupWord: group.word, ownKind: group.kind });
    // "three of the ten infants died": a part of a group counted in the phrase; the whole is said of no casualty.
    const all = readNumber(tokens, number.to + 2);
    const counted = all && all.value > number.value ? groupAfterAdjectives(tokens, all.to, groups) : undefined;
    if (counted) return phraseOf(base, counted.to, { groupWord: counted.word, part: true });
    return undefined;
  }
  // A bare count ("killed 217", "41 were injured"): nothing after it may be a noun it counts ("40 homes").
  const next = tokens[number.to];
  if (next && next.kind === 'word' && !FUNCTION.has(next.lower) && !FILLERS.has(next.lower) && !CASUALTY_WORDS[next.lower] && !AFTER.lengthAt(tokens, number.to)) return undefined;
  return phraseOf(base, number.to);
}

/** A group noun at `tokens[at]`: its words, end, and the casualty kind it means itself ("deaths", "bodies", "dead"). */
function groupAt(tokens: readonly Token[], at: number, groups: GroupLexicon): { word: string; to: number; kind?: CasualtyKind } | undefined {
  const n = groups.lengthAt(tokens, at);
  if (!n) return undefined;
  const word = tokens.slice(at, at + n).map((t) => t.lower).join(' ');
  const casualty = CASUALTY_WORDS[word];
  // "lives" is a count of the dead only after a verb that takes them ("cost 40 lives"): see saidOf.
  return { word, to: at + n, ...(casualty?.noun ? { kind: casualty.kind } : {}) };
}

/** A group noun after up to two adjectives ("were Egyptians", "were young children"). */
function groupAfterAdjectives(tokens: readonly Token[], at: number, groups: GroupLexicon): { word: string; to: number } | undefined {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const group = groupAt(tokens, k, groups);
    if (group) return group;
    if (tokens[k]!.kind !== 'word' || FUNCTION.has(tokens[k]!.lower)) return undefined;
  }
  return undefined;
}

/** "members of one family", "residents of the village": the "of" phrase belongs to the noun. */
function ofPhraseEnd(tokens: readonly Token[], at: number, groups: GroupLexicon): number {
  if (tokens[at]?.lower !== 'of' || PART_OF.has(tokens[at + 1]?.lower ?? '')) return at;
  let k = at + 1;
  const determiners = new Set(['the', 'a', 'an', 'one', 'his', 'her', 'their', 'its', 'this', 'that', 'same']);
  while (k < at + 4 && determiners.has(tokens[k]?.lower ?? '')) k++;
  const noun = tokens[k];
  if (!noun || noun.kind !== 'word' || FUNCTION.has(noun.lower) || /^\p{Lu}/u.test(noun.text)) return at;
  return groups.lengthAt(tokens, k) ? k + groups.lengthAt(tokens, k) : k + 1;
}

/**
 * Two counts joined by "and" before one verb share it: "Six soldiers and two
 * civilians were killed", "Nineteen tourists and two guides were among the
 * dead". Only counts with nouns of their own, side by side.
 */
function coordinateSubjects(tokens: readonly Token[], all: NounPhrase[], kinds: (CasualtyKind | undefined)[]): void {
  for (let n = all.length - 2; n >= 0; n--) {
    const np = all[n]!;
    const next = all[n + 1]!;
    if (kinds[n] || !kinds[n + 1] || !np.groupWord || !next.groupWord || tokens[np.to]?.lower !== 'and' || next.from !== np.to + 1) continue;
    kinds[n] = kinds[n + 1];
    np.part = next.part;
  }
}

/** "Eleven women and a man were killed": a count joined to one person shares the verb after them. */
function withOneMore(tokens: readonly Token[], np: NounPhrase, groups: GroupLexicon): CasualtyKind | undefined {
  if (!np.groupWord || tokens[np.to]?.lower !== 'and' || !['a', 'an', 'one', 'another'].includes(tokens[np.to + 1]?.lower ?? '')) return undefined;
  const one = groupAfterAdjectives(tokens, np.to + 2, groups);
  return one ? verbGroup(tokens, one.to) : undefined;
}

/** "Nineteen tourists were among the dead", "two guides from the company are among those missing": a count of people only. */
function amongAfter(tokens: readonly Token[], np: NounPhrase): CasualtyKind | undefined {
  if (!np.groupWord || np.ownKind) return undefined;
  const start = prepositionalPhraseEnd(tokens, np.to) ?? np.to;
  let k = start;
  while (k < start + 6 && AMONG_VERB_GROUP.has(tokens[k]?.lower ?? '')) k++;
  // The count is the subject of "were" or "be" ("are believed to be"), never of a verb of its own.
  if (!AUXILIARIES.has(tokens[k - 1]?.lower ?? '') && tokens[k - 1]?.lower !== 'be') return undefined;
  const phrase = AMONG_AFTER.phraseAt(tokens, k);
  return phrase ? AMONG_AFTER_PHRASES[phrase] : undefined;
}

/** The casualty kind said of the count: its predicate, then its governor, then its own noun (SPEC section 3). */
function saidOf(tokens: readonly Token[], np: NounPhrase, groups: GroupLexicon): CasualtyKind | undefined {
  const lives = np.groupWord === 'lives' || np.lives === true;
  // "21 people, including seven children, were killed": a part inside an aside takes the verb after the aside's close.
  const after = predicateAfter(tokens, np.to) ?? (np.part && tokens[np.to]?.text === ',' ? verbGroup(tokens, np.to + 1) : undefined);
  if (after) return after;
  const before = governorBefore(tokens, np.from, np, groups);
  if (before) return before;
  return lives ? undefined : np.ownKind;
}

/**
 * "were killed", "have died", "were still reported missing", "12 dead", "had
 * already been lost"; past a relative clause ("the four persons who died"),
 * a participle's phrase ("20 persons reportedly holding a meeting were
 * murdered") or a comma aside.
 */
function predicateAfter(tokens: readonly Token[], at: number): CasualtyKind | undefined {
  const direct = verbGroup(tokens, at);
  if (direct) return direct;
  if (['who', 'that', 'which'].includes(tokens[at]?.lower ?? '')) return verbGroup(tokens, at + 1);
  const participle = participlePhraseEnd(tokens, at);
  if (participle !== undefined) return verbGroup(tokens, participle);
  // "Four passengers on the Kandi Won –– three children –– died": a phrase of place or origin, then perhaps an aside.
  const phrase = prepositionalPhraseEnd(tokens, at);
  if (phrase !== undefined) return verbGroup(tokens, phrase) ?? afterAside(tokens, phrase);
  return afterAside(tokens, at);
}

/**
 * "Six soldiers, including a major, were killed", "three children, aged 8,
 * 12 and 13, lost their lives": the verb after an aside set off by commas,
 * dashes or brackets ("Ten newborns ~ aged between one and three months ~
 * have perished", "the 10 newborns – who died in the dark –").
 */
function afterAside(tokens: readonly Token[], at: number): CasualtyKind | undefined {
  const close = ASIDE_CLOSE[tokens[at]?.text ?? ''];
  if (!close) return undefined;
  // "––" opens and closes as one.
  let open = at + 1;
  while (close !== ',' && tokens[open]?.text === tokens[at]!.text) open++;
  if (close !== ',' && ['who', 'that'].includes(tokens[open]?.lower ?? '')) {
    const inside = verbGroup(tokens, open + 1);
    if (inside) return inside;
  }
  // A comma's aside ends at the clause's end; a dash's or bracket's may hold a list with semicolons.
  for (let k = open; k < Math.min(tokens.length, at + (close === ',' ? 16 : 40)); k++) {
    const t = tokens[k]!;
    if (t.text === '.' || ((t.text === ';' || t.text === ':') && close === ',')) return undefined;
    if (t.text !== close) continue;
    let after = k + 1;
    while (close !== ',' && tokens[after]?.text === close) after++;
    const kind = verbGroup(tokens, after);
    if (kind) return kind;
  }
  return undefined;
}

/** What opens an aside after a count, and what closes it. */
const ASIDE_CLOSE: Readonly<Record<string, string>> = { ',': ',', '—': '—', '–': '–', '~': '~', '(': ')' };

function verbGroup(tokens: readonly Token[], at: number): CasualtyKind | undefined {
  for (let k = at; k < Math.min(tokens.length, at + 8); k++) {
    // "35 persons in all died", "40 people in total were killed".
    if (tokens[k]!.lower === 'in' && (tokens[k + 1]?.lower === 'all' || tokens[k + 1]?.lower === 'total')) {
      k++;
      continue;
    }
    const phrase = AFTER.phraseAt(tokens, k);
    if (phrase) return AFTER_PHRASES[phrase];
    const t = tokens[k]!;
    const casualty = CASUALTY_WORDS[t.lower];
    if (casualty?.after) return casualty.kind;
    // "were ambushed and killed": a first verb, then the casualty word after "and".
    if (/ed$/.test(t.lower) && tokens[k + 1]?.lower === 'and' && CASUALTY_WORDS[tokens[k + 2]?.lower ?? '']?.after) return CASUALTY_WORDS[tokens[k + 2]!.lower]!.kind;
    if (!FILLERS.has(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * Where a participle's phrase after a count ends at its auxiliary: "20
 * persons reportedly holding a meeting | were murdered", "18 farmers
 * travelling from Port Harcourt, Rivers State, to Kano | were ambushed".
 * Only an "-ing" word opens one, and only an auxiliary closes it, so a
 * casualty word inside it ("helping the injured") is never taken.
 */
function participlePhraseEnd(tokens: readonly Token[], at: number): number | undefined {
  let k = at;
  while (k < tokens.length && FILLERS.has(tokens[k]!.lower) && !AUXILIARIES.has(tokens[k]!.lower)) k++;
  if (!/ing$/.test(tokens[k]?.lower ?? '') || CASUALTY_WORDS[tokens[k]!.lower]) return undefined;
  for (let j = k + 1; j < Math.min(tokens.length, k + 16); j++) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ':' || t.text === '.' || t.kind === 'number') return undefined;
    if (AUXILIARIES.has(t.lower)) return j;
  }
  return undefined;
}

/**
 * Where a short phrase of origin or place after a count ends at its
 * auxiliary: "two tour guides from White Island Tours | were among the
 * dead", "three workers at the plant | were killed". Only an auxiliary
 * closes it, and it holds no number, casualty word or punctuation.
 */
function prepositionalPhraseEnd(tokens: readonly Token[], at: number): number | undefined {
  // ("of" too: "12 members of the Humboldt Broncos junior hockey team were killed")
  if (!['from', 'at', 'in', 'on', 'aboard', 'with', 'of'].includes(tokens[at]?.lower ?? '')) return undefined;
  for (let j = at + 1; j < Math.min(tokens.length, at + 9); j++) {
    const t = tokens[j]!;
    // It may also end where an aside opens ("Four passengers on the Kandi Won –– ... –– died").
    if (j > at + 1 && ASIDE_CLOSE[t.text] && t.text !== ',') return j;
    if (t.kind !== 'word' || CASUALTY_WORDS[t.lower]) return undefined;
    if (AUXILIARIES.has(t.lower)) return j;
  }
  return undefined;
}

/** "killing at least 16", "wounded 10 others", "killing all 12 militants", "claimed the lives of 19", "the death toll had reached 271". */
function governorBefore(tokens: readonly Token[], from: number, np: NounPhrase, groups: GroupLexicon): CasualtyKind | undefined {
  // "killing all 12 militants", "killed all the 40 passengers".
  let at = from;
  if (tokens[at - 1]?.lower === 'the' && tokens[at - 2]?.lower === 'all') at -= 2;
  else if (tokens[at - 1]?.lower === 'all') at -= 1;
  const prev = tokens[at - 1];
  if (!prev) return undefined;
  const governing = GOVERNING.lengthBefore(tokens, at);
  if (governing) return GOVERNING_PHRASES[tokens.slice(at - governing, at).map((t) => t.lower).join(' ')];
  const among = AMONG.lengthBefore(tokens, at);
  if (among) return AMONG_PHRASES[tokens.slice(at - among, at).map((t) => t.lower).join(' ')];
  if (np.groupWord === 'lives' || np.lives) return LIVES.has(prev.lower) ? 'killed' : undefined;
  const casualty = CASUALTY_WORDS[prev.lower];
  if (casualty?.before) return casualty.kind;
  if (np.groupWord && GOVERNING_PEOPLE_VERBS[prev.lower]) return GOVERNING_PEOPLE_VERBS[prev.lower];
  if (!np.groupWord && GOVERNING_BARE_VERBS[prev.lower]) return GOVERNING_BARE_VERBS[prev.lower];
  if (tollBefore(tokens, at)) return 'killed';
  const fronted = frontedParticiple(tokens, at);
  if (fronted) return fronted;
  return np.groupWord ? coordinatedGovernor(tokens, at, groups) : undefined;
}

/**
 * "Killed in the attack were 37 students", "Injured in the blast were 12
 * passengers": a casualty participle opening the sentence, its subject after
 * "were" (a few words of place or cause between, no punctuation).
 */
function frontedParticiple(tokens: readonly Token[], at: number): CasualtyKind | undefined {
  if (!['were', 'was'].includes(tokens[at - 1]?.lower ?? '')) return undefined;
  for (let k = at - 2; k >= Math.max(0, at - 9); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    if (k === 0) return /^\p{Lu}/u.test(t.text) && /ed$/.test(t.lower) ? CASUALTY_WORDS[t.lower]?.kind : undefined;
  }
  return undefined;
}

/** "Guyana's road accident death toll for the year so far climbed to 16": a toll before the count, said of a period. */
function periodToll(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 12); k--) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';') return false;
    if (!TOLLS.lengthBefore(tokens, k + 1)) continue;
    for (let j = Math.max(0, k - 5); j < from; j++) if (TOLL_PERIOD.has(tokens[j]!.lower) || (/^(19|20)\d\d$/.test(tokens[j]!.text) && j < k)) return true;
    return false;
  }
  return false;
}

/**
 * A toll and its link words before a count: "the toll rose to", "stood at",
 * "confirms death toll as", and past a phrase of place or cause between the
 * toll and its verb ("Death toll from boat accident on Meghna River hits 9").
 */
function tollBefore(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  let linked = false;
  for (; k >= Math.max(0, from - 6); k--) {
    if (TOLLS.lengthBefore(tokens, k + 1)) return true;
    if (!TOLL_LINK.has(tokens[k]!.lower)) break;
    linked = true;
  }
  if (!linked || k < 0) return false;
  // "the toll last year ended at 312", "the annual toll, which so far stands at 40".
  while (k >= 0 && TOLL_TIME.has(tokens[k]!.lower)) k--;
  if (TOLLS.lengthBefore(tokens, k + 1)) return true;
  if (tokens[k]?.lower === 'which' || tokens[k]?.lower === 'that') {
    const toll = tokens[k - 1]?.text === ',' ? k - 1 : k;
    return TOLLS.lengthBefore(tokens, toll) > 0;
  }
  for (let j = k; j >= Math.max(0, k - 13); j--) {
    // "the toll from the blast in Totota, Lower Bong County, now stands at": a place set off by commas.
    const aside = tokens[j]!.text === ',' ? placeAsideStart(tokens, j) : undefined;
    if (aside !== undefined) {
      j = aside;
      continue;
    }
    const t = tokens[j]!;
    if (t.kind === 'number' || (t.kind === 'punct' && t.text !== "'" && t.text !== '’')) return false;
    if (TOLL_OPENER.has(t.lower) && TOLLS.lengthBefore(tokens, j)) return true;
  }
  return false;
}

/** The comma opening ", Lower Bong County," when `close` is the comma after it: capitalised words only between them. */
function placeAsideStart(tokens: readonly Token[], close: number): number | undefined {
  let j = close - 1;
  while (j > 0 && j > close - 5 && tokens[j]!.kind === 'word' && /^\p{Lu}/u.test(tokens[j]!.text)) j--;
  return j < close - 1 && tokens[j]?.text === ',' ? j : undefined;
}

/**
 * A count coordinated with another after one casualty verb: "killing
 * himself and fifteen persons", "killed 19 children and three teachers",
 * "killed 12 girls and eight boys, ages 6 and 7, and seven educators".
 */
function coordinatedGovernor(tokens: readonly Token[], from: number, groups: GroupLexicon): CasualtyKind | undefined {
  const prev = tokens[from - 1];
  if (!prev || (prev.lower !== 'and' && prev.text !== ',')) return undefined;
  for (let k = from - 1; k >= Math.max(0, from - 14); k--) {
    const t = tokens[k]!;
    const casualty = CASUALTY_WORDS[t.lower];
    if (casualty?.before && k < from - 1) return casualty.kind;
    if (t.kind === 'number' || CONJUNCT.has(t.lower) || groups.lengthAt(tokens, k) > 0 || wordValue(t.lower) !== undefined) continue;
    return undefined;
  }
  return undefined;
}

/**
 * Numbers that are no count of an event: times, scores, slash dates, phone
 * numbers, money, measures, ordinals, rates, changes, differences and
 * numbers in names (SPEC section 3).
 */
function notACount(tokens: readonly Token[], np: NounPhrase): boolean {
  const n = np.number;
  const before = tokens[n.from - 1];
  const beforeThat = tokens[n.from - 2];
  const after = tokens[n.to];
  const afterThat = tokens[n.to + 1];
  if (before?.kind === 'number' || after?.kind === 'number') return true;
  // "Victoria, 8 ––", "Jim, five,": a bare number set off after a name is an age.
  if (!np.groupWord && before?.text === ',' && beforeThat?.kind === 'word' && /^\p{Lu}/u.test(beforeThat.text) && np.from === n.from && [',', ';', '–', '—', ')', '~'].includes(after?.text ?? '')) return true;
  // "07:40", "9/11", "3-1", "No. 4".
  if (before && [':', '/', '-', '–', '.'].includes(before.text) && beforeThat?.kind === 'number') return true;
  if (after && [':', '/', '-', '–', '.'].includes(after.text) && afterThat?.kind === 'number') return true;
  if ((after?.text === '-' || after?.text === '–') && afterThat?.kind === 'word') return true;
  // Money ("Rs 2 lakh", "$5"), a numbered name ("Route 9", "Rescue 1122"), an ordinal or time or unit glued on ("9th", "7pm", "255mm").
  if (before && (CURRENCIES[before.lower] || before.text === '$' || before.text === '£' || before.text === '€')) return true;
  const numbering = np.from === n.from ? before : tokens[np.from - 1];
  if (numbering && NAMED_NUMBER.has(numbering.lower.replace(/\.$/, '')) && /^\p{Lu}/u.test(numbering.text)) return true;
  if (before?.text === '.' && beforeThat && NAMED_NUMBER.has(beforeThat.lower)) return true;
  if (after?.glued && !SCALE.has(after.lower)) return true;
  if (after && (after.text === '%' || TIME.has(after.lower) || ORDINAL.has(after.lower))) return true;
  if (!np.groupWord && after && MEASURE.lengthAt(tokens, n.to)) return true;
  // A year alone ("in 2016"): four digits with no noun.
  if (!np.groupWord && tokens[n.from]!.kind === 'number' && /^(1[89]|20)\d\d$/.test(tokens[n.from]!.text)) return true;
  return isRate(tokens, np.to) || isChange(tokens, np.from) || DIFFERENCE.lengthAt(tokens, np.to) > 0 && !np.groupWord || DIFFERENCE.lengthAt(tokens, n.to) > 0;
}

/** "children under five were killed": a number after a group noun and "under"/"over" is an age bracket, not a count. */
function ageBracket(tokens: readonly Token[], np: NounPhrase, groups: GroupLexicon): boolean {
  if (np.from === np.number.from || (np.qualifier !== 'fewerThan' && np.qualifier !== 'moreThan')) return false;
  const before = tokens[np.from - 1];
  return before !== undefined && before.kind === 'word' && (groups.lengthAt(tokens, np.from - 1) > 0 || before.lower === 'aged');
}

/** "20 bodies a day", "30 deaths per week", "12 killed daily". */
function isRate(tokens: readonly Token[], at: number): boolean {
  const a = tokens[at];
  if (!a) return false;
  if (RATE_ADVERB.has(a.lower)) return true;
  if (a.lower === 'per') return true;
  return RATE_OPENER.has(a.lower) && RATE_PERIOD.has(tokens[at + 1]?.lower ?? '');
}

/** "the toll rose by seven", "up by 12", "an increase of 40". */
function isChange(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1]?.lower;
  if (prev === 'by') {
    for (let k = from - 2; k >= Math.max(0, from - 4); k--) if (CHANGE_VERB.has(tokens[k]!.lower)) return true;
  }
  return prev === 'of' && CHANGE_NOUN.has(tokens[from - 2]?.lower ?? '');
}

/** The stretch of the sentence that is a count's own clause: cut at clause breaks between neighbouring counts, and at ";" and ":". */
function clauseOf(tokens: readonly Token[], phrases: readonly NounPhrase[], n: number): { from: number; to: number } {
  const c = phrases[n]!;
  const prev = phrases[n - 1];
  const next = phrases[n + 1];
  let from = prev ? breakBetween(tokens, prev.to, c.from) : 0;
  let to = next ? breakBetween(tokens, c.to, next.from) : tokens.length;
  for (let k = c.from - 1; k >= from; k--) if (HARD_BREAKS.has(tokens[k]!.lower)) { from = k + 1; break; }
  for (let k = c.to; k < to; k++) if (HARD_BREAKS.has(tokens[k]!.lower)) { to = k; break; }
  return { from, to };
}

/** The last clause break between two counts (or the second count's start). */
function breakBetween(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (CLAUSE_BREAKS.has(tokens[k]!.lower)) return k;
  return to;
}
