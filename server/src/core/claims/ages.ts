/**
 * Age claims (SPEC section 3): "aged 31", "at the age of 31", "31-year-old",
 * and after a name "Idris Mia, 80,", "Idris Mia (80)", "Idris Mia, who was
 * 80". An age bracket ("people aged 65 and over", "aged 18 to 25", "children
 * under five", "18- to 25-year-olds") is no claim. Each age says whom it
 * describes, so the tie step can hold it to that person and no other.
 */
import type { Sentence } from '../draft/draft';
import { PhraseSet } from '../grammar/pattern';
import { AGE_BRACKET_AFTER, AGE_BRACKET_BEFORE, CASUALTY_WORDS, FUNCTION_WORDS, HONORIFICS, MONTHS, PEOPLE_NOUNS, TITLES, WEEKDAYS } from '../grammar/words';
import type { Token } from '../text/tokens';
import type { AgeClaim } from './claim';
import { isEnglishWord } from './englishWords';
import { wordValue, type NumberStyle } from './numberWords';

const BRACKET_AFTER = new PhraseSet(AGE_BRACKET_AFTER);
const BRACKET_BEFORE = new Set<string>(AGE_BRACKET_BEFORE);
const FUNCTION = new Set<string>(FUNCTION_WORDS);
const PEOPLE = new Set<string>(PEOPLE_NOUNS);
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.toLowerCase().split(' ')));
const HONORIFIC = new Set<string>(HONORIFICS.map((h) => h.toLowerCase()));
const CALENDAR = new Set([...MONTHS.map((m) => m.name.toLowerCase()), ...WEEKDAYS.map((w) => w.name.toLowerCase())]);

/** An age as a number: digits up to 120, or a number word. */
function ageAt(tokens: readonly Token[], i: number): { value: number; style: NumberStyle } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number') {
    if (!/^\d{1,3}$/.test(t.text) || Number(t.text) > 120 || tokens[i + 1]?.glued) return undefined;
    return { value: Number(t.text), style: { form: 'digits' } };
  }
  const value = t.kind === 'word' ? wordValue(t.lower) : undefined;
  return value === undefined ? undefined : { value, style: { form: 'words', capitalised: /^\p{Lu}/u.test(t.text) } };
}

/** The ages a sentence gives (SPEC section 3), each with whom it describes. */
export function readAges(sentence: Sentence, tokens: readonly Token[]): AgeClaim[] {
  const claims: AgeClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = ageFrom(tokens, i);
    if (!found) continue;
    const t = tokens[found.at]!;
    claims.push({ kind: 'age', start: t.start, end: found.length ? t.start + found.length : t.end, sentence, value: found.value, style: found.style, describes: found.describes });
    i = found.at;
  }
  return claims;
}

interface FoundAge {
  at: number;
  /** Where the number ends inside its token ("Five" of "Five-year-old"). */
  length?: number;
  value: number;
  style: NumberStyle;
  describes: AgeClaim['describes'];
}

function ageFrom(tokens: readonly Token[], i: number): FoundAge | undefined {
  const t = tokens[i]!;
  // "aged 44", "at the age of 61".
  if (t.lower === 'aged' || (t.lower === 'age' && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'at' && tokens[i + 1]?.lower === 'of')) {
    const at = t.lower === 'aged' ? i + 1 : i + 2;
    const age = ageAt(tokens, at);
    // "aged 8, 12 and 13": a list of ages is no one's age.
    if (!age || bracketAfter(tokens, at + 1) || (tokens[at + 1]?.text === ',' && ageAt(tokens, at + 2))) return undefined;
    const from = t.lower === 'aged' ? i : i - 2;
    return { at, ...age, describes: describedBefore(tokens, from) };
  }
  // "Five-year-old Raisul": the number written in words, one token with its "-year-old".
  // ("five-year old": the second hyphen left out.)
  const apart = t.kind === 'word' && tokens[i + 1]?.lower === 'old' ? /^(.+?)-years?$/.exec(t.lower) : null;
  const worded = t.kind === 'word' ? /^(.+?)-years?-old$/.exec(t.lower) ?? apart : null;
  if (worded) {
    const value = wordValue(worded[1]!);
    if (value === undefined) return undefined;
    const after = describedAfter(tokens, i + (apart ? 2 : 1));
    const style: NumberStyle = { form: 'words', capitalised: /^\p{Lu}/u.test(t.text) };
    return { at: i, value, style, describes: after === 'unnamed' ? describedByApposition(tokens, i) : after ?? describedBefore(tokens, i), length: worded[1]!.length };
  }
  // "a 23-year-old", "23 years old".
  const age = ageAt(tokens, i);
  if (!age) return undefined;
  const yearOld = yearOldAfter(tokens, i);
  if (yearOld !== undefined) {
    if (BRACKET_BEFORE.has(tokens[i - 1]?.lower ?? '') || otherEndBefore(tokens, i)) return undefined;
    if (yearOld.plural) return undefined;
    const after = describedAfter(tokens, yearOld.end);
    return { at: i, ...age, describes: after === 'unnamed' ? describedByApposition(tokens, i) : after ?? describedBefore(tokens, i) };
  }
  // "Idris Mia, 80,", "Idris Mia (80)", "Idris Mia, who was 80".
  const named = afterName(tokens, i);
  return named && { at: i, ...age, describes: named };
}

/** "-year-old" after the number at `i` (or "years old"), and where it ends; "-year-olds" is a bracket. */
function yearOldAfter(tokens: readonly Token[], i: number): { end: number; plural: boolean } | undefined {
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if ((a?.text === '-' || a?.text === '\u2010' || a?.text === '\u2011') && b && /^years?-olds?$/.test(b.lower)) return { end: i + 3, plural: b.lower.endsWith('olds') };
  // "50-year old Vernon Powell": the second hyphen left out, as some papers write it.
  if ((a?.text === '-' || a?.text === '\u2010' || a?.text === '\u2011') && b && /^years?$/.test(b.lower) && /^olds?$/.test(tokens[i + 3]?.lower ?? '')) return { end: i + 4, plural: tokens[i + 3]!.lower === 'olds' };
  if (a && /^years?$/.test(a.lower) && b?.lower === 'old' && a.start > tokens[i]!.end) return { end: i + 3, plural: false };
  return undefined;
}

/** "15-", "11 or", "15 to" before the age at `i`: it is the far end of a range or one of two guesses ("11 or 12 years old"). */
function otherEndBefore(tokens: readonly Token[], i: number): boolean {
  return i >= 2 && BRACKET_AFTER.lengthAt(tokens, i - 1) === 1 && ageAt(tokens, i - 2) !== undefined;
}

/** "and over", "to 25", "-25": the age is one end of a bracket. */
function bracketAfter(tokens: readonly Token[], at: number): boolean {
  return BRACKET_AFTER.lengthAt(tokens, at) > 0;
}

/** Whom "a 23-year-old ..." describes: the name right after it, or an unnamed noun ("a 23-year-old man"); undefined when nothing follows. */
function describedAfter(tokens: readonly Token[], at: number): AgeClaim['describes'] | undefined {
  let k = at;
  // Titles and honorifics before the name: "21-year-old Pfc. Miguel Villalon".
  while (k < tokens.length && (TITLE_WORDS.has(tokens[k]!.lower.replace(/\.$/, '')) || HONORIFIC.has(tokens[k]!.lower) || tokens[k]!.text === '.') && /^\p{Lu}|^\./u.test(tokens[k]!.text)) k++;
  const first = tokens[k];
  if (!first) return undefined;
  if (first.kind === 'word' && /^\p{Lu}/u.test(first.text) && !FUNCTION.has(first.lower)) {
    let end = k;
    while (end + 1 < tokens.length && tokens[end + 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[end + 1]!.text)) end++;
    // "a 29-year-old Toronto resident": a place before a noun of people describes someone unnamed.
    if (PEOPLE.has(tokens[end + 1]?.lower ?? '')) return 'unnamed';
    return { start: first.start, end: tokens[end]!.end };
  }
  if (first.kind !== 'word' || FUNCTION.has(first.lower)) return undefined;
  // "his 8-year-old daughter Mahmuda", "a 23-year-old student, Ali Raza", "42-year-old head coach and
  // general manager Darcy Haugan": the name after the noun, or after two roles joined by "and".
  for (let j = k + 1; j <= k + 6 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text === ',') continue;
    if (t.lower === 'and' && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') && !FUNCTION.has(tokens[j + 1]!.lower)) continue;
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !FUNCTION.has(t.lower) && !CALENDAR.has(t.lower)) {
      let end = j;
      while (end + 1 < tokens.length && tokens[end + 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[end + 1]!.text)) end++;
      return { start: t.start, end: tokens[end]!.end };
    }
    if (t.kind !== 'word' || FUNCTION.has(t.lower)) break;
  }
  // "a 23-year-old man": an ordinary noun is someone unnamed.
  return 'unnamed';
}

/**
 * "Lina Obrecht, a 23-year-old medical student": the name the noun phrase
 * stands beside; "Dale Pruitt was a 19-year-old apprentice": the nearest
 * person; "a 23-year-old man was arrested": someone unnamed.
 */
function describedByApposition(tokens: readonly Token[], i: number): AgeClaim['describes'] {
  const det = ['a', 'an', 'the'].includes(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
  const before = tokens[det - 1];
  if (before?.text === ',') return nameRunBefore(tokens, det - 1) ?? 'unnamed';
  if (before && ['was', 'is', 'were', 'became', 'been'].includes(before.lower)) return undefined;
  return 'unnamed';
}

/** Whom "..., aged 44" or "... at the age of 61" describes: a name right before the comma; a noun right before ("a man aged 45") is someone unnamed. */
function describedBefore(tokens: readonly Token[], from: number): AgeClaim['describes'] | undefined {
  const prev = tokens[from - 1];
  if (!prev) return undefined;
  if (prev.text === ',' || prev.text === '(') {
    const run = nameRunBefore(tokens, from - 1);
    return run ?? undefined;
  }
  // "a man aged 45": someone unnamed; "died on the slope aged 44": the person the clause is about.
  if (prev.kind === 'word' && PEOPLE.has(prev.lower)) return 'unnamed';
  return undefined;
}

/** "Idris Mia, 80,", "Idris Mia (80)", "Idris Mia, who was 80": the name before, when the number is set off as an age. */
function afterName(tokens: readonly Token[], i: number): AgeClaim['describes'] | undefined {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const closes = next === undefined || next.text === ',' || next.text === '.' || next.text === ';' || next.text === ')';
  if (prev?.text === '(' && next?.text === ')') return nameRunBefore(tokens, i - 1);
  if (prev?.text === ',' && closes && (next?.text !== ')')) return nameRunBefore(tokens, i - 1);
  // "Johana Nyondo, 29 died": the second comma left out before the verb of the death.
  if (prev?.text === ',' && next && CASUALTY_WORDS[next.lower]?.after) {
    const run = nameRunBefore(tokens, i - 1);
    const first = run && tokens.findIndex((t) => t.start === run.start);
    const opener = first === undefined ? undefined : tokens[first - 1];
    if (run && first !== undefined && i - 1 - first >= 2 && (opener === undefined || opener.text === ',' || opener.lower === 'and')) return run;
  }
  if (prev?.lower === 'was' || prev?.lower === 'is') {
    if (tokens[i - 2]?.lower !== 'who' || tokens[i - 3]?.text !== ',') return undefined;
    if (next && next.kind === 'word' && !/^years?$/.test(next.lower) && !FUNCTION.has(next.lower)) return undefined;
    return nameRunBefore(tokens, i - 3);
  }
  return undefined;
}

/** The run of capitalised words (two or more, or one known to be a name) ending just before `at`. */
function nameRunBefore(tokens: readonly Token[], at: number): { start: number; end: number } | undefined {
  let k = at - 1;
  const end = tokens[k];
  if (!end || end.kind !== 'word' || !/^\p{Lu}/u.test(end.text) || CALENDAR.has(end.lower)) return undefined;
  while (k - 1 >= 0 && tokens[k - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[k - 1]!.text) && !FUNCTION.has(tokens[k - 1]!.lower)) k--;
  if (k === at - 1 && FUNCTION.has(end.lower)) return undefined;
  // One word that is a number ("Forty-five (45)") or, opening the sentence, a common noun ("Girl (8) survives") names no one.
  if (k === at - 1 && (wordValue(end.lower) !== undefined || (k === 0 && isEnglishWord(end.lower)))) return undefined;
  return { start: tokens[k]!.start, end: end.end };
}
