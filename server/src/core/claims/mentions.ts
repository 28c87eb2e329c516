import type { FactBase, FactEntry } from '../facts/factBase';
import { FUNCTION_WORDS, INSTITUTION_NOUNS, MONTHS, WEEKDAYS } from '../grammar/words';
import { tokenize, type Token } from '../text/tokens';

/** Where a sentence names a fact entry (by name, alias, place or title and name). */
export interface Mention {
  entry: FactEntry;
  start: number;
  end: number;
  /** Index of its first token in the sentence's tokens. */
  token: number;
  via: 'name' | 'alias' | 'place';
  /** The name, alias or place as the fact file writes it. */
  form: string;
}

interface Form {
  text: string;
  entry: FactEntry;
  words: string[];
  /** A form with a capital letter is a proper noun: matched with its case. */
  exact: string[] | undefined;
  via: Mention['via'];
}

/**
 * Every way the fact file lets a draft name an entry, indexed by first word
 * so that finding mentions is one pass over a sentence's tokens, whatever the
 * size of the fact file.
 */
export class MentionIndex {
  private readonly byFirstWord = new Map<string, Form[]>();
  /** Every word of every name, alias, place and title (lower case): what the fact file knows about. */
  readonly knownWords = new Set<string>();

  constructor(facts: FactBase) {
    for (const entry of facts.entries.values()) {
      if (entry.section === 'sources') continue;
      if (entry.name) this.add(entry, entry.name, 'name');
      if (entry.title) for (const w of entry.title.toLowerCase().split(/\s+/)) this.knownWords.add(w);
      for (const alias of entry.aliases) this.add(entry, alias, 'alias');
      for (const place of entry.places) this.add(entry, place, 'place');
      if (entry.section === 'people' && entry.name && entry.title) {
        this.add(entry, `${entry.title} ${entry.name}`, 'name');
        const surname = entry.name.split(/\s+/).pop();
        if (surname && surname !== entry.name) this.add(entry, `${entry.title} ${surname}`, 'alias');
      }
    }
    for (const forms of this.byFirstWord.values()) forms.sort((a, b) => b.words.length - a.words.length);
  }

  private add(entry: FactEntry, text: string, via: Mention['via']): void {
    const tokens = tokenize(text).filter((t) => t.kind !== 'punct' || t.text === '.');
    if (!tokens.length) return;
    const words = tokens.map((t) => stripPossessive(t.lower));
    for (const w of words) this.knownWords.add(w);
    const exact = /\p{Lu}/u.test(text) ? tokens.map((t) => t.text) : undefined;
    const list = this.byFirstWord.get(words[0]!) ?? [];
    list.push({ text, entry, words, exact, via });
    this.byFirstWord.set(words[0]!, list);
  }

  /**
   * The mentions in a sentence's tokens, longest first at each place, not
   * overlapping; a place or alias inside a longer proper name is none (SPEC
   * section 3: "the Pakistan Army", "KP PDMA").
   */
  find(tokens: readonly Token[]): Mention[] {
    const found = this.findAll(tokens);
    if (!found.some((m) => m.entry.section !== 'people')) return found;
    const titleCase = isTitleCase(tokens);
    return found.filter((m) => m.entry.section === 'people' || titleCase || !insideLongerName(tokens, m, found));
  }

  private findAll(tokens: readonly Token[]): Mention[] {
    const found: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const forms = this.byFirstWord.get(stripPossessive(tokens[i]!.lower));
      if (!forms) continue;
      let longest = 0;
      let consumed = 0;
      for (const form of forms) {
        if (longest && form.words.length < longest) break;
        const n = matches(form, tokens, i);
        if (!n) continue;
        longest = form.words.length;
        consumed = Math.max(consumed, n);
        const last = tokens[i + n - 1]!;
        found.push({ entry: form.entry, start: tokens[i]!.start, end: last.end, token: i, via: form.via, form: form.text });
      }
      if (longest) i += consumed - 1;
    }
    return found;
  }
}

/** How many tokens a form matches at `tokens[i]` (0: none), a nickname in quotes inside a person's name skipped ("Salvador "Bador" Romano"). */
function matches(form: Form, tokens: readonly Token[], i: number): number {
  let p = i;
  for (let k = 0; k < form.words.length; k++) {
    if (k > 0 && form.entry.section === 'people') p = afterNickname(tokens, p);
    const t = tokens[p];
    if (!t) return 0;
    if (stripPossessive(t.lower) !== form.words[k]) return 0;
    if (form.exact) {
      const text = stripPossessive(t.text);
      const want = stripPossessive(form.exact[k]!);
      if (text !== want && !sameIgnoringFirstCapital(text, want)) return 0;
    }
    p++;
  }
  return p - i;
}

const QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', "'": "'", '‘': '’' };

/** The token after a quoted nickname of one or two capitalised words at `p`, or `p`. */
function afterNickname(tokens: readonly Token[], p: number): number {
  const close = QUOTES[tokens[p]?.text ?? ''];
  if (!close) return p;
  for (let k = p + 1; k <= p + 2; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return p;
    if (tokens[k + 1]?.text === close) return k + 2;
  }
  return p;
}

/** "Halvane's" -> "halvane", "engineers'" -> "engineers". */
function stripPossessive(word: string): string {
  return word.replace(/['\u2019]s?$/i, '');
}

/** "the Bannu attack" may begin a sentence as "The ..." but "callow" is not "Callow". */
function sameIgnoringFirstCapital(written: string, form: string): boolean {
  return /^\p{Ll}/u.test(form) && written.toLowerCase() === form.toLowerCase();
}

const FUNCTION = new Set<string>(FUNCTION_WORDS);
const INSTITUTION = new Set<string>(INSTITUTION_NOUNS);
const CALENDAR = new Set([...MONTHS.map((m) => m.name.toLowerCase()), ...WEEKDAYS.map((w) => w.name.toLowerCase())]);

/** A capitalised word that may continue a proper name: not a function word, month or weekday. */
function nameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !FUNCTION.has(t.lower) && !CALENDAR.has(t.lower);
}

/** An acronym: two or more capitals ("PDMA", "ISPR"). */
function acronym(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Lu}[\p{Lu}\d]+s?$/u.test(t.text);
}

/**
 * Whether a mention is part of a longer proper name: an institution or an
 * acronym written right after it ("Lahore High Court", "the Pakistan Army",
 * "KP PDMA", "Kenya Red Cross"), after its possessive ("Turkey's Disaster
 * and Emergency Management Authority"), or an institution it is "of"
 * ("University of Nairobi"). A place next to another place or a person
 * ("Odisha's Balasore district", "Kenya's President Ruto") still names.
 */
function insideLongerName(tokens: readonly Token[], m: Mention, all: readonly Mention[]): boolean {
  const last = lastTokenOf(tokens, m);
  const possessive = /['\u2019]s?$/.test(tokens[last]!.text);
  const next = last + 1;
  if (all.some((o) => o !== m && o.token === next)) return false;
  if (!possessive && acronym(tokens[next])) return true;
  // The capitalised run after the mention: "High Court", "Disaster and Emergency Management Authority".
  let k = next;
  let end = -1;
  while (k < tokens.length && k < next + 7) {
    const t = tokens[k]!;
    if (nameWord(t)) end = k;
    else if (!(end >= 0 && (t.lower === 'and' || t.lower === 'of' || t.lower === 'for' || t.lower === '&'))) break;
    k++;
  }
  if (end >= 0 && INSTITUTION.has(tokens[end]!.lower)) return true;
  if (end >= 0 && !possessive && tokens.slice(next, end + 1).some((t) => INSTITUTION.has(t.lower))) return true;
  // "South Ethiopia regional state", "North Waziristan": a capitalised word right before the place makes another name.
  // (Not before a name written in lower case: "the South African bus crash" is that crash.)
  const before = tokens[m.token - 1];
  if (/^\p{Lu}/u.test(tokens[m.token]!.text) && nameWord(before) && !/['\u2019]s?$/.test(before!.text) && m.token - 1 > 0 && !all.some((o) => o !== m && lastTokenOf(tokens, o) === m.token - 1)) return true;
  // "University of Nairobi", "Bank of England": an institution before "of".
  return (before?.lower === 'of' || before?.lower === 'for') && nameWord(tokens[m.token - 2]) && INSTITUTION.has(tokens[m.token - 2]!.lower);
}

function lastTokenOf(tokens: readonly Token[], m: Mention): number {
  let k = m.token;
  while (k + 1 < tokens.length && tokens[k + 1]!.start < m.end) k++;
  return k;
}

/** A headline in title case ("Rana Plaza Death Toll Now At 1,126"): capitals say nothing about names there. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= words.length * 0.8;
}
