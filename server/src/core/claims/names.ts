import { distance } from 'fastest-levenshtein';
import type { Sentence } from '../draft/draft';
import type { FactBase, FactEntry } from '../facts/factBase';
import type { Token } from '../text/tokens';
import type { NameClaim } from './claim';
import type { Mention } from './mentions';

/** Ranks and offices that may stand before a name; honorifics (Mr, Dr...) are never wrong. */
const TITLES = new Set(`Major Captain Colonel General Lieutenant Sergeant Corporal Private Brigadier Admiral Commander
Commissioner Councillor Councilor Mayor Governor Minister Senator President Premier Chancellor Judge Justice
Inspector Superintendent Chief Constable Professor Ambassador Secretary Deputy Director Chairman Chairwoman
Chair Speaker Representative Rep Sheriff Marshal Bishop Imam Rabbi Father Reverend Magistrate Prosecutor
Officer Detective Sen Gov Gen Col Capt Lt Sgt Maj Cllr`.split(/\s+/));
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady']);
const MAX_DISTANCE = 2;

/** People by the first and last word of their names, for the fuzzy look-up. */
export class PeopleIndex {
  private readonly byFirst = new Map<string, FactEntry[]>();
  private readonly byLast = new Map<string, FactEntry[]>();

  constructor(facts: FactBase) {
    for (const entry of facts.entries.values()) {
      if (entry.section !== 'people' || !entry.name) continue;
      const words = entry.name.split(/\s+/);
      if (words.length < 2) continue;
      push(this.byFirst, words[0]!, entry);
      push(this.byLast, words[words.length - 1]!, entry);
    }
  }

  /** People whose two-word name is within edit distance 2 of "first last" (but not equal). */
  near(first: string, last: string): FactEntry | undefined {
    const written = `${first} ${last}`;
    const candidates = [...(this.byFirst.get(first) ?? []), ...(this.byLast.get(last) ?? [])];
    for (const person of candidates) {
      const d = distance(written, person.name!);
      if (d > 0 && d <= MAX_DISTANCE) return person;
    }
    return undefined;
  }
}

function push(map: Map<string, FactEntry[]>, key: string, entry: FactEntry): void {
  const list = map.get(key) ?? [];
  list.push(entry);
  map.set(key, list);
}

/**
 * Names of people in the fact file (SPEC section 3): every mention is a claim
 * (for sourcing); a name within edit distance 2 of a person's, or a person
 * given another title, is a problem.
 */
export function readNames(sentence: Sentence, tokens: readonly Token[], mentions: readonly Mention[], people: PeopleIndex): NameClaim[] {
  const claims: NameClaim[] = [];
  const covered = new Set<number>();
  for (const m of mentions) {
    if (m.entry.section !== 'people') continue;
    for (let k = m.token; k < tokens.length && tokens[k]!.start < m.end; k++) covered.add(k);
    const title = wrongTitle(tokens, m);
    claims.push(title
      ? { kind: 'name', start: title.start, end: title.end, sentence, person: m.entry, problem: { what: 'title', written: title.text, right: m.entry.title! } }
      : { kind: 'name', start: m.start, end: m.end, sentence, person: m.entry });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (covered.has(i) || covered.has(i + 1)) continue;
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (!isNameWord(a) || !isNameWord(b)) continue;
    const last = b.text.replace(/['\u2019]s$/, '');
    const person = people.near(a.text, last);
    if (!person) continue;
    const written = `${a.text} ${last}`;
    claims.push({
      kind: 'name', start: a.start, end: b.start + last.length, sentence, person,
      problem: { what: 'spelling', written, right: person.name! },
    });
    i++;
  }
  return claims.sort((x, y) => x.start - y.start);
}

function isNameWord(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/** A title written just before the name that is not the person's own. */
function wrongTitle(tokens: readonly Token[], m: Mention): Token | undefined {
  const right = m.entry.title;
  if (!right) return undefined;
  const before = tokens[m.token - 1];
  if (!before || before.kind !== 'word' || HONORIFICS.has(before.text)) return undefined;
  if (!TITLES.has(before.text)) return undefined;
  // The mention itself may begin with the right title ("Mayor Tobias Wrenfield").
  const mentionText = tokens[m.token]!.text;
  if (right.split(/\s+/).includes(mentionText)) return undefined;
  return right.toLowerCase().split(/\s+/).includes(before.lower) ? undefined : before;
}
