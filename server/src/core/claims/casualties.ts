import type { Sentence } from '../draft/draft';
import type { CasualtyKind } from '../facts/factBase';
import type { Token } from '../text/tokens';
import type { CasualtyClaim } from './claim';
import type { GroupLexicon } from './groups';
import { readNumber, type NumberSpan } from './numberWords';
import { qualifierBefore } from './qualifiers';

/** Casualty verbs and nouns (SPEC section 3) and the kind each one means. */
const CASUALTY_WORDS: Record<string, CasualtyKind> = {
  killed: 'killed', kill: 'killed', kills: 'killed', killing: 'killed', died: 'killed', die: 'killed', dies: 'killed',
  dead: 'killed', death: 'killed', deaths: 'killed', lives: 'killed', fatalities: 'killed', martyred: 'killed',
  succumbed: 'killed', perished: 'killed', toll: 'killed', drowned: 'killed',
  wounded: 'wounded', injured: 'wounded', hurt: 'wounded', wounding: 'wounded', injuring: 'wounded',
  missing: 'missing', unaccounted: 'missing',
  abducted: 'abducted', kidnapped: 'abducted', abducting: 'abducted', kidnapping: 'abducted',
};
/** Words that end a count's own clause when they stand between two counts. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', 'and', 'but', 'while', 'whereas', 'which', 'where', 'whom', 'who']);
const HARD_BREAKS = new Set([';', ':']);
/** Words between a count and its group that are not adjectives. */
const NOT_ADJECTIVE = new Set(['of', 'and', 'or', 'were', 'was', 'are', 'is', 'had', 'have', 'has', 'been', 'in', 'at', 'on', 'to', 'the', 'a', 'an', 'for', 'from', 'by', 'with', 'than']);
const JOINERS = new Set([':', '/', '-', '–', '.']);
const NUMBERING = new Set(['no', 'nos', 'p', 'pp', 'vol', 'art', 'sec', 'para', 'ch']);
const PARTICIPLES = new Set(['killed', 'dead', 'wounded', 'injured', 'hurt', 'missing', 'abducted', 'kidnapped', 'martyred']);
const AUXILIARY = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'been', 'being', 'later', 'still', 'reportedly', 'also', 'all']);

interface Candidate {
  number: NumberSpan;
  qualifier: CasualtyClaim['qualifier'];
  qualifierFrom: number;
  groupWord: string | undefined;
  subCount: boolean;
  /** The kind a group noun itself says ("lives", "dead"), or a "lost" before the count. */
  ownKind: CasualtyKind | undefined;
  from: number;
  to: number;
}

/** The casualty counts of a sentence: a count, a group and a casualty verb or noun (SPEC section 3). */
export function readCasualties(sentence: Sentence, tokens: readonly Token[], taken: (offset: number) => boolean, groups: GroupLexicon): CasualtyClaim[] {
  const kinds = tokens.map((t) => (t.kind === 'word' ? CASUALTY_WORDS[t.lower] : undefined));
  if (!kinds.some((k) => k !== undefined) && !tokens.some((t) => t.lower === 'lost')) return [];
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = candidateAt(tokens, i, taken, groups);
    if (!c) continue;
    candidates.push(c);
    i = c.to - 1;
  }
  const claims: CasualtyClaim[] = [];
  candidates.forEach((c, n) => {
    const clause = clauseOf(tokens, candidates, n);
    // With one count the clause is the sentence, cut only at ";" and ":".
    let kind = c.ownKind ?? nearestKind(kinds, clause, c.number.from);
    // A part takes the kind of the count it is part of; an elided group ("and 41 were injured") the group of the count before.
    const previous = [...claims].reverse().find((p) => !p.subCount);
    if (c.subCount && previous) kind = previous.casualty;
    if (!kind) return;
    const groupWord = c.groupWord ?? previous?.groupWord ?? 'people';
    const first = tokens[c.number.from]!;
    const last = tokens[c.number.to - 1]!;
    claims.push({
      kind: 'casualty',
      start: first.start,
      end: last.end,
      sentence,
      value: c.number.value,
      qualifier: c.qualifier,
      qualifierStart: tokens[c.qualifierFrom]!.start,
      style: c.number.style,
      casualty: kind,
      group: groups.canonicalOf(groupWord),
      groupWord,
      subCount: c.subCount,
      clause: { start: tokens[clause.from]?.start ?? first.start, end: tokens[clause.to - 1]?.end ?? last.end },
    });
  });
  return claims;
}

function candidateAt(tokens: readonly Token[], i: number, taken: (offset: number) => boolean, groups: GroupLexicon): Candidate | undefined {
  const t = tokens[i]!;
  if (t.kind === 'punct' || taken(t.start)) return undefined;
  const number = readNumber(tokens, i);
  if (!number || notACount(tokens, number)) return undefined;
  const { qualifier, from: qualifierFrom } = qualifierBefore(tokens, i);
  const lostBefore = tokens[qualifierFrom - 1]?.lower === 'lost';
  let j = number.to;
  // "twelve of them", "four of whom", "among them four children", "including
  // two children": a part of the count before it, not a rival count.
  const ofThem = tokens[j]?.lower === 'of' && /^(them|whom|those)$/.test(tokens[j + 1]?.lower ?? '');
  const partOf = ofThem || isPartIntro(tokens, qualifierFrom);
  if (ofThem) {
    if (number.value < 2) return undefined;
    return { number, qualifier, qualifierFrom, groupWord: undefined, subCount: true, ownKind: undefined, from: i, to: j + 2 };
  }
  for (let skipped = 0; skipped <= 2 && j + skipped < tokens.length; skipped++) {
    const words = tokens.slice(j + skipped, j + skipped + 3).map((w) => w.lower);
    const length = groups.matchAt(words);
    if (length) {
      const groupWord = tokens.slice(j + skipped, j + skipped + length).map((w) => w.lower).join(' ');
      const ownKind = CASUALTY_WORDS[groupWord] ?? (lostBefore ? 'killed' : undefined);
      return { number, qualifier, qualifierFrom, groupWord, subCount: partOf, ownKind, from: i, to: j + skipped + length };
    }
    const w = tokens[j + skipped]!;
    if (w.kind !== 'word' || NOT_ADJECTIVE.has(w.lower) || CASUALTY_WORDS[w.lower] || /^\p{Lu}/u.test(w.text)) break;
  }
  // "41 were injured": the group is the one before it, or people.
  let k = j;
  while (k < tokens.length && AUXILIARY.has(tokens[k]!.lower)) k++;
  // "30 injured", "12 dead", "41 were injured": a participle or adjective right after the count, or after an auxiliary.
  const kindAfter = CASUALTY_WORDS[tokens[k]?.lower ?? ''];
  if (kindAfter && (k > j || PARTICIPLES.has(tokens[k]!.lower))) return { number, qualifier, qualifierFrom, groupWord: undefined, subCount: partOf, ownKind: kindAfter, from: i, to: j };
  // "and wounded 11", "Callow lost 40", "the death toll rose to 57": a count with no group after a casualty word.
  const kindBefore = kindJustBefore(tokens, qualifierFrom);
  if (kindBefore && !startsWord(tokens[j])) return { number, qualifier, qualifierFrom, groupWord: undefined, subCount: partOf, ownKind: kindBefore, from: i, to: j };
  return undefined;
}

/** "including two children", "among them four children". */
function isPartIntro(tokens: readonly Token[], at: number): boolean {
  const a = tokens[at - 1]?.lower;
  return a === 'including' || (a === 'them' && tokens[at - 2]?.lower === 'among') || (a === 'whom' && tokens[at - 2]?.lower === 'among');
}

// Words that may stand between a casualty word and its count: "toll rose to", "toll stood at", "lost".
const TOLL_LINK = new Set(['rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'is', 'was', 'has', 'had', 'at', 'to', 'of', 'now']);

function kindJustBefore(tokens: readonly Token[], at: number): CasualtyKind | undefined {
  const prev = tokens[at - 1];
  if (!prev) return undefined;
  if (prev.lower === 'lost') return 'killed';
  if (CASUALTY_WORDS[prev.lower] && prev.lower !== 'toll' && /(?:ed|lost)$/.test(prev.lower)) return CASUALTY_WORDS[prev.lower];
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = tokens[k]!;
    if (t.lower === 'toll') return 'killed';
    if (!TOLL_LINK.has(t.lower)) return undefined;
  }
  return undefined;
}

/** A word follows the number ("40 homes"): then it is no bare count. */
function startsWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !/^(?:by|in|on|at|when|after|before|and|but|while|as|since|during|across|over|last|this|that|the)$/.test(t.lower);
}

/** Numbers that are no count: times, scores, slash dates, phone numbers, ages, percentages. */
function notACount(tokens: readonly Token[], n: NumberSpan): boolean {
  const before = tokens[n.from - 1];
  const beforeThat = tokens[n.from - 2];
  const after = tokens[n.to];
  const afterThat = tokens[n.to + 1];
  if (before?.kind === 'number') return true;
  // "07:40", "9/11", "3-1", "No. 4": a joiner between this number and another, or a numbering word.
  if (before && JOINERS.has(before.text) && beforeThat?.kind === 'number') return true;
  if (before?.text === '.' && beforeThat && NUMBERING.has(beforeThat.lower)) return true;
  if (!after) return false;
  if (after.text === '%' || after.kind === 'number') return true;
  if (JOINERS.has(after.text) && afterThat?.kind === 'number') return true;
  if ((after.text === '-' || after.text === '–') && afterThat?.kind === 'word') return true;
  return false;
}

function clauseOf(tokens: readonly Token[], candidates: readonly Candidate[], n: number): { from: number; to: number } {
  const c = candidates[n]!;
  const prev = candidates[n - 1];
  const next = candidates[n + 1];
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

function nearestKind(kinds: readonly (CasualtyKind | undefined)[], range: { from: number; to: number }, at: number): CasualtyKind | undefined {
  let best: CasualtyKind | undefined;
  let bestDistance = Infinity;
  for (let k = range.from; k < range.to; k++) {
    const kind = kinds[k];
    if (kind && Math.abs(k - at) < bestDistance) {
      best = kind;
      bestDistance = Math.abs(k - at);
    }
  }
  return best;
}
