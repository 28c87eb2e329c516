import type { Sentence } from '../draft/draft';
import type { AgeClaim } from './claim';
import { wordValue } from './numberWords';

const N = String.raw`(\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)`;
// "aged 44", "at the age of 61", "a 23-year-old", "31 years old".
const AGE = new RegExp(String.raw`\baged\s+${N}\b|\bat\s+the\s+age\s+of\s+${N}\b|\b${N}[-\u2010\u2011 ]years?[-\u2010\u2011 ]old\b`, 'g');

/** The ages a sentence gives (SPEC section 3). */
export function readAges(sentence: Sentence): AgeClaim[] {
  const claims: AgeClaim[] = [];
  for (const m of sentence.text.matchAll(AGE)) {
    const written = m[1] ?? m[2] ?? m[3]!;
    const digits = /^\d+$/.test(written);
    const value = digits ? Number(written) : wordValue(written);
    if (value === undefined) continue;
    const at = m.index! + m[0].indexOf(written, m[3] !== undefined ? 0 : m[0].length - written.length);
    claims.push({
      kind: 'age',
      start: sentence.start + at,
      end: sentence.start + at + written.length,
      sentence,
      value,
      style: digits ? { form: 'digits' } : { form: 'words', capitalised: /^\p{Lu}/u.test(written) },
    });
  }
  return claims;
}
