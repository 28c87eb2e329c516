import { loadFacts, type FactHost } from '../../../server/src/core';
import type { Claim } from '../../../server/src/core/claims/claim';
import { buildLexicon, readClaims } from '../../../server/src/core/claims/readClaims';
import { readDraft } from '../../../server/src/core/draft/draft';

/**
 * The claims the grammar reads in a few lines of prose, each as one line a
 * reader can check at a glance: "casualty killed 16 people (at least 16)",
 * "date 2025-03-04 (4 March)", "age 31", "figure 255 mm", "name Adnan Aslam".
 */
export function claimsIn(prose: string, facts: string | null = null, frontMatter = 'date: 2025-09-20'): string[] {
  const files = new Map<string, string>();
  if (facts !== null) files.set('/t/facts.yaml', facts);
  const host: FactHost = { readFile: (p) => files.get(p), listDir: () => [...files.keys()].map((p) => p.slice(3)) };
  const text = frontMatter ? `---\n${frontMatter}\n---\n\n${prose}\n` : `${prose}\n`;
  const lexicon = buildLexicon(loadFacts([...files.keys()], host));
  return readClaims(readDraft(text), lexicon).flatMap((s) => s.claims.map((c) => describe(c, text)));
}

function describe(c: Claim, text: string): string {
  const written = text.slice(c.start, c.end);
  switch (c.kind) {
    case 'casualty': return `casualty ${c.casualty} ${c.value} ${c.group}${c.subCount ? ' (part)' : ''}${c.qualifier !== 'exact' ? ` (${c.qualifier})` : ''}${c.period ? ' (period)' : ''}`;
    case 'date': return `date ${iso(c.from)}${c.to ? ` to ${iso(c.to)}` : ''} (${written})`;
    case 'age': return `age ${c.value}`;
    case 'figure': return `figure ${c.value} ${c.unit.text}`;
    case 'name': return `name ${c.person.name}${c.problem ? ` (${c.problem.what}: ${c.problem.written})` : ''}`;
  }
}

function iso(d: { year?: number; month: number; day: number }): string {
  return `${d.year ?? '????'}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Whether a sentence is read as cited (a link, a footnote or an attribution: SPEC section 3). */
export function isCited(prose: string): boolean {
  return readDraft(`${prose}\n`).sentences.every((s) => s.cited);
}
