/**
 * A fact file started from a draft (issue 11: `oped-facts init`, "Start a
 * fact file from this draft"): an entry for each event, person and figure
 * the draft names, holding the values as the draft states them, each with
 * `sources: []` and a comment asking for the source that confirms it. So
 * nothing is confirmed until someone adds a source, and a value corrected
 * while sourcing shows up as a mismatch.
 *
 * What counts as "named": an event by a place named as a place ("in Bannu")
 * or an event phrase ("the Harlow market bombing"), the same keys
 * internal-inconsistency uses; a person by a name with a title ("Major Adnan
 * Aslam") or with an age ("Idris Mia, 80,"); a figure by a number with a
 * unit and the noun it measures ("turnout was 47.5%", "255mm of rain"). A
 * count of no named event is left for the writer: no entry could tie it.
 */
import type { AgeClaim, CasualtyClaim, Claim, DateClaim, FigureClaim } from '../claims/claim';
import { EventNamer } from '../claims/events';
import { properWords } from '../claims/properNouns';
import type { Qualifier } from '../claims/qualifiers';
import { buildLexicon, readClaims, type SentenceClaims } from '../claims/readClaims';
import { readDraft } from '../draft/draft';
import { emptyFactBase, type Section } from '../facts/factBase';
import { FUNCTION_WORDS, HONORIFICS, MONTHS, TITLE_ABBREVIATIONS, TITLES, WEEKDAYS } from '../grammar/words';
import type { Token } from '../text/tokens';
import { blockEntry, type NewEntry } from './factEdits';

export interface StartedFactFile {
  /** The fact file's YAML text. */
  text: string;
  /** How many entries of each kind it holds. */
  counts: Record<'events' | 'people' | 'figures', number>;
}

const ASK = 'add the source that confirms it';
const TITLE_WORDS = new Set([...TITLES.flatMap((t) => t.split(' ')), ...Object.keys(TITLE_ABBREVIATIONS)].map((w) => w.toLowerCase()));
const HONORIFIC = new Set<string>(HONORIFICS.map((h) => h.toLowerCase()));
const FUNCTION = new Set<string>(FUNCTION_WORDS);
const CALENDAR = new Set([...MONTHS.map((m) => m.name), ...WEEKDAYS.map((w) => w.name)].map((w) => w.toLowerCase()));

/** Where a started fact file would go, and whether it may. */
export type StartPlan =
  | { ok: true; target: string; started: StartedFactFile }
  | { ok: false; reason: string };

/**
 * Plans "start a fact file from this draft" (the CLI's `init` and the
 * editor's command alike): the file goes to `target` (by default facts.yaml
 * beside the draft); it never overwrites one, and, unless a target was
 * chosen, never takes the place of fact files the draft already uses.
 */
export function planStartFactFile(draft: { path: string; text: string }, options: {
  target?: string;
  /** The fact files the draft finds today (its discovery). */
  usesFacts: readonly string[];
  exists: (path: string) => boolean;
  /** How to show a path in a message. */
  show: (path: string) => string;
}): StartPlan {
  const target = options.target ?? `${draft.path.slice(0, draft.path.lastIndexOf('/'))}/facts.yaml`;
  if (options.exists(target)) return { ok: false, reason: `${options.show(target)} already exists; a fact file is never overwritten (choose another name)` };
  if (options.target === undefined && options.usesFacts.length) {
    return { ok: false, reason: `${options.show(draft.path)} already takes its facts from ${options.usesFacts.map(options.show).join(', ')}; a new ${options.show(target)} would take their place for the drafts beside it (choose another name)` };
  }
  return { ok: true, target, started: startFactFile(draft.text, options.show(draft.path)) };
}

/** The fact file for a draft's text (`from` names the draft in the file's opening comment). */
export function startFactFile(draftText: string, from: string): StartedFactFile {
  const draft = readDraft(draftText);
  const sentences = readClaims(draft, buildLexicon(emptyFactBase()));
  const ids = new Set<string>();
  const events = eventsOf(sentences, ids);
  const people = peopleOf(sentences, ids);
  const figures = figuresOf(sentences, ids);
  const eol = /\r\n/.test(draftText) ? '\r\n' : '\n';
  const lines = [
    `# Started by oped-facts init from ${from}. Every value below is the draft's own,`,
    '# not yet checked: add a source to each entry (define it under sources: and',
    '# name it in the entry\'s sources: list), and correct any value the source does',
    '# not confirm; the draft is then checked against it.',
    'version: 1',
    'sources: {}',
  ];
  const section = (name: Section, entries: NewEntry[]): void => {
    if (!entries.length) return;
    lines.push(`${name}:`);
    for (const e of entries) lines.push(blockEntry(e, '  ', '\n').trimEnd());
  };
  section('events', events);
  section('people', people);
  section('figures', figures);
  return { text: lines.join('\n').split('\n').join(eol) + eol, counts: { events: events.length, people: people.length, figures: figures.length } };
}

/** One entry per event the draft names, with its counts and the date written with its first count. */
function eventsOf(sentences: readonly SentenceClaims[], ids: Set<string>): NewEntry[] {
  const namer = new EventNamer(sentences, properWords(sentences));
  const byKey = new Map<string, { label: string; place: boolean; fields: Record<string, unknown>; notes: string[] }>();
  for (const s of sentences) {
    for (const claim of s.claims) {
      if (claim.kind !== 'casualty' || claim.subCount) continue;
      const event = namer.ofClause(s.tokens, claim.clause.start, claim.clause.end);
      if (!event) continue;
      const key = event.keys[0]!;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { label: event.label.replace(/^(?:the|this|that)\s+/i, ''), place: key.startsWith('place:'), fields: {}, notes: [] };
        const date = dateOfSentence(s.claims);
        if (date) entry.fields['date'] = date;
        byKey.set(key, entry);
      }
      const counts = (entry.fields[claim.casualty] ??= {}) as Record<string, unknown>;
      const group = claim.groupWord === 'people' || claim.group === 'people' ? 'people' : claim.group;
      if (counts[group] === undefined) {
        counts[group] = satisfying(claim.value, claim.qualifier);
        if (claim.qualifier !== 'exact') entry.notes.push(`the draft says "${s.sentence.text.slice(claim.qualifierStart - s.sentence.start, claim.end - s.sentence.start)}"`);
      }
    }
  }
  return [...byKey.values()].map((e) => {
    const name = e.place ? `Event in ${e.label}` : capitalise(e.label);
    const fields: Record<string, unknown> = { name, ...(e.place ? { place: e.label } : { aliases: [e.label] }), ...e.fields, sources: [] };
    return { id: freshId(ids, name), fields, sourcesComment: e.notes.length ? `${ASK}; ${e.notes.join('; ')}` : ASK };
  });
}

/** A value that makes "qualifier N" true, for a stub to hold until its source says: "more than 200" -> 201. */
function satisfying(n: number, q: Qualifier): number {
  switch (q) {
    case 'moreThan': return n + 1;
    case 'fewerThan':
    case 'nearly': return Math.max(0, n - 1);
    default: return n;
  }
}

/** The first whole date of a sentence that is not a death's (the event's own, most often). */
function dateOfSentence(claims: readonly Claim[]): string | { from: string; to: string } | undefined {
  const date = claims.find((c): c is DateClaim => c.kind === 'date' && !c.aboutDeath && c.from.year !== undefined);
  if (!date) return undefined;
  const iso = (d: DateClaim['from']): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return date.to ? { from: iso(date.from), to: iso({ ...date.to, year: date.to.year ?? date.from.year }) } : iso(date.from);
}

/** People named with a title ("Major Adnan Aslam") or with an age ("Idris Mia, 80,"), each once. */
function peopleOf(sentences: readonly SentenceClaims[], ids: Set<string>): NewEntry[] {
  const people = new Map<string, { title?: string; age?: number }>();
  for (const s of sentences) {
    for (const run of titledNames(s.tokens)) {
      const person = people.get(run.name) ?? {};
      person.title ??= run.title;
      people.set(run.name, person);
    }
    for (const age of s.claims.filter((c): c is AgeClaim => c.kind === 'age')) {
      if (age.describes === undefined || age.describes === 'unnamed') continue;
      const written = s.sentence.text.slice(age.describes.start - s.sentence.start, age.describes.end - s.sentence.start);
      const { name, title } = splitTitle(written);
      if (!name.includes(' ')) continue;
      const person = people.get(name) ?? {};
      person.age ??= age.value;
      if (title) person.title ??= title;
      people.set(name, person);
    }
  }
  return [...people].map(([name, p]) => ({
    id: freshId(ids, name),
    fields: { name, ...(p.title ? { title: p.title } : {}), ...(p.age !== undefined ? { age: p.age } : {}), sources: [] },
    sourcesComment: ASK,
  }));
}

/** "Major Adnan Aslam", "Prime Minister Khadga Prasad Oli": title words, then two or three name words. */
function titledNames(tokens: readonly Token[]): { title: string; name: string }[] {
  const out: { title: string; name: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let k = i;
    while (k < tokens.length && isTitle(tokens[k]!)) k++;
    if (k === i) continue;
    let end = k;
    while (end < tokens.length && end < k + 3 && isNameWord(tokens[end]!)) end++;
    if (end - k >= 2) out.push({ title: tokens.slice(i, k).map((t) => t.text).join(' '), name: tokens.slice(k, end).map((t) => bare(t.text)).join(' ') });
    i = Math.max(i, end - 1);
  }
  return out;
}

function splitTitle(written: string): { name: string; title?: string } {
  const words = written.split(/\s+/).map(bare);
  let k = 0;
  while (k < words.length - 1 && (TITLE_WORDS.has(words[k]!.toLowerCase()) || HONORIFIC.has(words[k]!.toLowerCase()))) k++;
  const title = words.slice(0, k).filter((w) => !HONORIFIC.has(w.toLowerCase())).join(' ');
  return { name: words.slice(k).join(' '), ...(title ? { title } : {}) };
}

function isTitle(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text) && TITLE_WORDS.has(t.lower);
}

function isNameWord(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !FUNCTION.has(t.lower) && !CALENDAR.has(t.lower) && !TITLE_WORDS.has(t.lower);
}

/**
 * Figures with the noun they measure, for an alias a draft will repeat:
 * "turnout was 47.5%" (the subject before "was", "rose to", "reached"...),
 * "255mm of rain" (the noun after "of").
 */
function figuresOf(sentences: readonly SentenceClaims[], ids: Set<string>): NewEntry[] {
  const out: NewEntry[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    for (const figure of readUnitFigures(s)) {
      const alias = measuredNoun(s.tokens, figure);
      if (!alias || seen.has(alias)) continue;
      seen.add(alias);
      const name = capitalise(alias);
      out.push({ id: freshId(ids, name), fields: { name, aliases: [alias], value: figure.value, unit: figure.unit.text, sources: [] }, sourcesComment: ASK });
    }
  }
  return out;
}

/** The sentence's numbers with a percent, currency or length unit, read as figures are (figures.ts reads only near an alias). */
function readUnitFigures(s: SentenceClaims): FigureClaim[] {
  const out: FigureClaim[] = [];
  s.tokens.forEach((t, i) => {
    if (t.kind !== 'number' || s.claims.some((c) => c.start <= t.start && t.start < c.end)) return;
    const next = s.tokens[i + 1];
    const unit = next?.text === '%' ? '%' : next && /^(?:percent|pc|mm|cm|km)$/.test(next.lower) ? next.lower : next?.lower === 'per' && s.tokens[i + 2]?.lower === 'cent' ? 'per cent' : undefined;
    if (!unit) return;
    const value = Number(t.text.replace(/,/g, ''));
    out.push({ kind: 'figure', start: t.start, end: t.end, sentence: s.sentence, value, scale: 1, decimals: 0, qualifier: 'exact', qualifierStart: t.start, qualifierEnd: t.start, style: { form: 'digits' }, unit: { kind: 'word', word: unit, text: unit }, named: [] });
  });
  return out;
}

function measuredNoun(tokens: readonly Token[], figure: FigureClaim): string | undefined {
  const at = tokens.findIndex((t) => t.start === figure.start);
  // "255mm of rain"
  const unitEnd = tokens[at + 1]?.lower === 'per' ? at + 3 : at + 2;
  if (tokens[unitEnd]?.lower === 'of' && tokens[unitEnd + 1]?.kind === 'word' && !FUNCTION.has(tokens[unitEnd + 1]!.lower)) return tokens[unitEnd + 1]!.lower;
  // "turnout was 47.5%", "inflation rose to 10.4%"
  let k = at - 1;
  while (k >= 0 && /^(?:was|is|were|are|stood|stands|at|to|rose|fell|reached|hit|of|about|around|nearly|almost|some|over|under|than|more|less|by|just)$/.test(tokens[k]!.lower)) k--;
  const noun = tokens[k];
  return noun && noun.kind === 'word' && !FUNCTION.has(noun.lower) && /^\p{Ll}/u.test(noun.text) && k < at - 1 ? noun.lower : undefined;
}

/** An id from a name: lower-case words joined by hyphens, unique in the file. */
function freshId(ids: Set<string>, name: string): string {
  const stem = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '') || 'entry';
  let id = /^[a-z0-9]/.test(stem) ? stem : `e-${stem}`;
  for (let n = 2; ids.has(id); n++) id = `${stem}-${n}`;
  ids.add(id);
  return id;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function bare(word: string): string {
  return word.replace(/['\u2019]s?$/, '');
}

// The casualty claim type is named so that its fields above read as a contract.
export type { CasualtyClaim };
