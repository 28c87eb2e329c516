import type { FactEntry } from '../facts/factBase';
import type { Tie } from './tie';

/**
 * Why a claim was held to its entry, in a writer's words (issue 10: "every
 * mismatch message says which words tied the claim to its entry"). The
 * mismatch messages and the hover card both say it.
 */
export function explainTie(tie: Tie, entry: FactEntry, alreadyNamed = false): string {
  // A message that has just named the entry says "it" rather than the name again (issue 11: no fact said three times over).
  const quoted = `"${entry.name ?? entry.id}"`;
  const name = alreadyNamed ? 'it' : quoted;
  switch (tie.how) {
    case 'mention':
      return `'${tie.words}' in this sentence names ${name}.`;
    case 'death':
      return `This is said of ${tie.words}'s death, so it is held to the death date the fact file gives.`;
    case 'person':
      return entry.section === 'people'
        ? `'${tie.words}' is the person it describes.`
        : `This sentence names only ${tie.words}, so it is held to ${alreadyNamed ? 'that event' : quoted}, which lists ${tie.words}.`;
    case 'directive':
      return `The <!-- fact: ${tie.words} --> comment ties this sentence to ${name}.`;
    case 'paragraph':
      return alreadyNamed
        ? `No entry is named in this sentence, so it was held to the one '${tie.words}' names earlier in the paragraph (an inferred tie).`
        : `No entry is named in this sentence; '${tie.words}' earlier in the paragraph names ${quoted}, so it was held to that (an inferred tie).`;
    case 'total':
      return `No entry is named in this sentence or earlier in its paragraph, so it was held to ${alreadyNamed ? 'that total' : `the total ${quoted}`} (an inferred tie).`;
  }
}
