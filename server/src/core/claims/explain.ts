import type { FactEntry } from '../facts/factBase';
import type { Tie } from './tie';

/**
 * Why a claim was held to its entry, in a writer's words (issue 10: "every
 * mismatch message says which words tied the claim to its entry"). The
 * mismatch messages and the hover card both say it.
 */
export function explainTie(tie: Tie, entry: FactEntry): string {
  const name = entry.name ?? entry.id;
  switch (tie.how) {
    case 'mention':
      return `'${tie.words}' in this sentence names "${name}".`;
    case 'death':
      return `This is said of ${tie.words}'s death, so it is held to the death date the fact file gives.`;
    case 'person':
      return entry.section === 'people'
        ? `'${tie.words}' is the person it describes.`
        : `This sentence names only ${tie.words}, so it is held to "${name}", an event ${tie.words} is listed in.`;
    case 'directive':
      return `The <!-- fact: ${tie.words} --> comment ties this sentence to "${name}".`;
    case 'paragraph':
      return `No entry is named in this sentence; '${tie.words}' earlier in the paragraph names "${name}", so it was held to that (an inferred tie).`;
    case 'total':
      return `No entry is named in this sentence or earlier in its paragraph, so it was held to the total "${name}" (an inferred tie).`;
  }
}
