import { applyEdits, checkDraftFile, FactBaseCache, type Code, type CoreDiagnostic, type FactHost } from '../../../server/src/core';

/** What a test sees of a diagnostic: its code, the words it sits on, its fix value. */
export interface Seen {
  code: Code;
  text: string;
  expected?: string;
}

/** A fact file shared by the unit tests: one event with parts, a person, a total, a figure. */
export const FACTS = `version: 1
sources:
  wire:
    title: Wire report
    publisher: Example Wire
    url: https://example.org/wire
    date: 2025-09-03
events:
  bannu-attack:
    name: Attack in Bannu
    aliases: [Bannu attack]
    date: 2025-09-02
    place: Bannu
    killed: {soldiers: 6}
    wounded: {soldiers: 12}
    sources: [wire]
  border-clashes:
    name: Border clashes
    date: {from: 2025-09-10, to: 2025-09-13}
    place: [South Waziristan, Bajaur]
    killed: {soldiers: 19}
    parts:
      - place: South Waziristan
        killed: {soldiers: 12}
    sources: [wire]
people:
  adnan-aslam:
    name: Adnan Aslam
    title: Major
    age: 31
    died: 2025-09-09
    events: [bannu-attack]
    sources: [wire]
totals:
  sept-soldiers:
    name: Soldiers killed in September
    killed: {soldiers: 26}
    of: [bannu-attack, adnan-aslam, border-clashes]
    sources: [wire]
figures:
  ceasefire:
    name: Ceasefire length
    aliases: [ceasefire]
    value: 30
    unit: days
    sources: [wire]
`;

/** The draft's text (front matter added unless empty) and its diagnostics, checked against `facts` (null for none). */
function checked(prose: string, facts: string | null, frontMatter: string): { text: string; diagnostics: CoreDiagnostic[] } {
  const files = new Map<string, string>();
  if (facts !== null) files.set('/t/facts.yaml', facts);
  const text = frontMatter ? `---\n${frontMatter}\n---\n\n${prose}\n` : `${prose}\n`;
  files.set('/t/draft.md', text);
  const host: FactHost = { readFile: (p) => files.get(p), listDir: (dir) => (dir === '/t' ? [...files.keys()].map((p) => p.slice(3)) : undefined) };
  return { text, diagnostics: checkDraftFile('/t/draft.md', host, new FactBaseCache(host)).diagnostics.filter((d) => d.file === '/t/draft.md') };
}

/**
 * Checks a few lines of prose against a fact file (FACTS unless given; null
 * for none) and returns what a writer would see.
 */
export function check(prose: string, facts: string | null = FACTS, frontMatter = 'date: 2025-09-20'): Seen[] {
  const { text, diagnostics } = checked(prose, facts, frontMatter);
  return diagnostics.map((d) => ({
    code: d.code,
    text: text.slice(d.start, d.end),
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
  }));
}

/** The quick fix of the first diagnostic of `code` (no front matter): its title, and the prose once it is applied. */
export function quickFix(code: Code, prose: string, facts: string | null = FACTS): { title: string; prose: string } | undefined {
  const { text, diagnostics } = checked(prose, facts, '');
  const fix = diagnostics.find((d) => d.code === code)?.fix;
  return fix && { title: fix.title, prose: applyEdits(text, fix.edits).trimEnd() };
}

/** Only the diagnostics of one code. */
export function only(code: Code, seen: Seen[]): Seen[] {
  return seen.filter((s) => s.code === code);
}
