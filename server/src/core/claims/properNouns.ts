import type { Token } from '../text/tokens';
import type { SentenceClaims } from './readClaims';

const NOT_PROPER = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/;

/** A word as written without its possessive ("Halvane's" -> "Halvane"). */
export function bare(t: Token): string {
  return t.text.replace(/['\u2019]s?$/, '');
}

// The tie step and internal-inconsistency both ask, for the same draft.
const computed = new WeakMap<readonly SentenceClaims[], Set<string>>();

/**
 * Words the draft capitalises in mid-sentence: its proper nouns. A word that
 * only ever starts a sentence ("What", "Eighteen") is not one.
 */
export function properWords(sentences: readonly SentenceClaims[]): Set<string> {
  const known = computed.get(sentences);
  if (known) return known;
  const proper = new Set<string>();
  computed.set(sentences, proper);
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      const word = bare(t);
      const previous = s.tokens[i - 1];
      if (i > 0 && t.kind === 'word' && /^\p{Lu}/u.test(word) && !NOT_PROPER.test(word) && previous && !/^[.:!?"“‘]$/.test(previous.text)) proper.add(word);
    });
  }
  return proper;
}

