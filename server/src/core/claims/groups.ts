import type { FactBase } from '../facts/factBase';
import { PhraseSet } from '../grammar/pattern';
import { DEMONYM_ENDINGS, DEMONYMS, GROUP_SYNONYMS, PEOPLE_NOUNS } from '../grammar/words';
import type { Token } from '../text/tokens';

/**
 * Casualty groups (SPEC section 2): the synonyms the checker knows
 * (grammar/words.ts), extended by the fact file's `categories:` and its own
 * group words. "people" and its kin stand for any group.
 */
export class GroupLexicon {
  private readonly canonical = new Map<string, string>();
  /** Every group phrase, for one look-up per token. */
  private readonly phrases: PhraseSet;

  constructor(facts: FactBase) {
    for (const [group, words] of Object.entries(GROUP_SYNONYMS)) {
      this.canonical.set(group, group);
      for (const w of words) this.canonical.set(w, group);
    }
    for (const [group, words] of facts.categories) {
      const target = this.canonicalOf(group);
      this.canonical.set(group.toLowerCase(), target);
      for (const w of words) this.canonical.set(w.toLowerCase(), target);
    }
    for (const entry of facts.entries.values()) {
      for (const counts of Object.values(entry.casualties)) {
        for (const c of counts ?? []) if (!this.canonical.has(c.group.toLowerCase())) this.canonical.set(c.group.toLowerCase(), c.group.toLowerCase());
      }
    }
    for (const noun of PEOPLE_NOUNS) if (!this.canonical.has(noun)) this.canonical.set(noun, noun);
    this.phrases = new PhraseSet(this.canonical.keys());
  }

  /** "troops" -> "soldiers"; an unknown word is its own group. */
  canonicalOf(word: string): string {
    const lower = word.toLowerCase();
    return this.canonical.get(lower) ?? this.canonical.get(singular(lower)) ?? lower;
  }

  /** Whether a group stands for any group ("people", "lives", "fatalities"). */
  isAnyGroup(group: string): boolean {
    return this.canonicalOf(group) === 'people';
  }

  /** The number of tokens of the group phrase starting at `tokens[at]` ("security personnel"), or 0. */
  lengthAt(tokens: readonly Token[], at: number): number {
    const n = this.phrases.lengthAt(tokens, at);
    if (n) return n;
    // A plural the lexicon knows in the singular, and the other way round ("members" for "member").
    const t = tokens[at];
    if (t && t.kind === 'word' && (this.canonical.has(singular(t.lower)) || this.canonical.has(`${t.lower}s`))) return 1;
    return this.demonymLengthAt(tokens, at);
  }

  /**
   * The name of a people as a plural noun, one or two capitalised words
   * ("Canadians", "Nova Scotians"): a group of its own. Not where a group
   * noun follows it: "Paris residents" counts residents.
   */
  private demonymLengthAt(tokens: readonly Token[], at: number): number {
    for (let n = 1; n <= 2; n++) {
      const last = tokens[at + n - 1];
      if (!last || last.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(last.text)) return 0;
      if (!isDemonym(last.lower)) continue;
      const next = tokens[at + n];
      return next && next.kind === 'word' && this.phrases.lengthAt(tokens, at + n) ? 0 : n;
    }
    return 0;
  }
}

const DEMONYM_WORDS = new Set<string>(DEMONYMS);
function isDemonym(lower: string): boolean {
  return DEMONYM_WORDS.has(lower) || (lower.length > 4 && DEMONYM_ENDINGS.some((e) => lower.endsWith(e)));
}

function singular(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}
