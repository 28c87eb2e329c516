/**
 * A generator of large, valid fact files for timing `loadFacts` against a
 * plain `js-yaml` load of the same text (the fact-loading budget is 2.5x).
 * The output is deterministic, uses every section and value shape of SPEC
 * section 2, and loads with no diagnostic at all: every reference resolves,
 * every entry is sourced and every total adds up.
 */
import jsYaml = require('js-yaml');
import { loadFacts } from '../../server/src/core/loadFacts';
import type { FactHost } from '../../server/src/core/host';

// The same js-yaml build as loadFacts uses (its CommonJS one; see parseYaml.ts),
// so that a bundled benchmark compares like with like.
const { load } = jsYaml;

const PLACES = ['Bannu', 'Bajaur', 'Lower Dir', 'Kestwick', 'Orlin Bay', 'Tessel Point', 'Varrow', 'Ostrel', 'Selvane', 'Marisco'];
const GROUPS = ['soldiers', 'police', 'civilians', 'workers'];
const UNITS = ['days', 'percent', 'crowns', 'people'];

/** How a 10,000-entry file is split between the sections (sums to 1). */
const SHARE = { sources: 0.15, events: 0.5, people: 0.15, totals: 0.1, figures: 0.1 };

function day(i: number): string {
  const month = (i % 12) + 1;
  const dayOfMonth = (i % 28) + 1;
  return `${2000 + (i % 25)}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function sources(n: number, out: string[]): void {
  out.push('sources:');
  for (let i = 0; i < n; i++) {
    out.push(`  src-${i}:`);
    out.push(`    title: Statement number ${i} on the incident at ${PLACES[i % PLACES.length]}`);
    out.push(`    publisher: Example Wire Service ${i % 17}`);
    out.push(`    url: https://example.org/wire/${i}/statement`);
    out.push(`    date: ${day(i)}`);
  }
}

/** Event i kills `killedIn(i)` people of group GROUPS[i % 4]; totals rely on it. */
function killedIn(i: number): number {
  return (i % 23) + 1;
}

function events(n: number, nSources: number, out: string[]): void {
  out.push('events:');
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length]!;
    const other = PLACES[(i + 3) % PLACES.length]!;
    out.push(`  event-${i}:`);
    out.push(`    name: Attack number ${i} at ${place}`);
    out.push(`    aliases: [attack ${i}, "${place} attack ${i}", incident ${i}]`);
    out.push(i % 5 === 0 ? `    date: {from: ${day(i)}, to: ${day(i + 1)}}` : `    date: ${day(i)}`);
    out.push(i % 3 === 0 ? `    place: [${place}, ${other}]` : `    place: ${place}`);
    out.push(`    killed: {${GROUPS[i % GROUPS.length]}: ${killedIn(i)}}`);
    if (i % 4 === 0) out.push(`    wounded: {civilians: {min: ${i % 10}, max: ${(i % 10) + 5}}}`);
    if (i % 3 === 0) {
      out.push('    parts:');
      out.push(`      - place: ${other}`);
      out.push(`        killed: {${GROUPS[i % GROUPS.length]}: 1}`);
    }
    out.push(`    sources: [src-${i % nSources}, src-${(i + 1) % nSources}]`);
  }
}

function people(n: number, nEvents: number, nSources: number, out: string[]): void {
  out.push('people:');
  for (let i = 0; i < n; i++) {
    out.push(`  person-${i}:`);
    out.push(`    name: Person Number${i}`);
    out.push(`    title: ${i % 2 === 0 ? 'Major' : 'Inspector'}`);
    out.push(`    aliases: [P. Number${i}]`);
    out.push(`    age: ${20 + (i % 50)}`);
    if (i % 2 === 0) out.push(`    died: ${day(i)}`);
    out.push(`    events: [event-${(i * 7) % nEvents}]`);
    out.push(`    sources: [src-${i % nSources}]`);
  }
}

/**
 * Total i sums three events of one group (i, i+4, i+8 share GROUPS[i % 4]) and,
 * for even i, one dead person, who counts as one in the total's own group.
 */
function totals(n: number, nEvents: number, nSources: number, out: string[]): void {
  out.push('totals:');
  for (let i = 0; i < n; i++) {
    const parts = [i % nEvents, (i + 4) % nEvents, (i + 8) % nEvents];
    let sum = parts.reduce((acc, p) => acc + killedIn(p), 0);
    const of = parts.map((p) => `event-${p}`);
    if (i % 2 === 0) {
      of.push(`person-${i}`);
      sum += 1;
    }
    out.push(`  total-${i}:`);
    out.push(`    name: ${GROUPS[i % GROUPS.length]} killed in attacks ${parts.join(', ')}`);
    out.push(`    killed: {${GROUPS[i % GROUPS.length]}: ${sum}}`);
    out.push(`    of: [${of.join(', ')}]`);
    if (i % 3 === 0) out.push(`    sources: [src-${i % nSources}]`);
  }
}

function figures(n: number, nSources: number, out: string[]): void {
  out.push('figures:');
  for (let i = 0; i < n; i++) {
    out.push(`  figure-${i}:`);
    out.push(`    name: Figure number ${i}`);
    out.push(`    aliases: [figure ${i}]`);
    out.push(i % 4 === 0 ? `    value: {min: ${i}, max: ${i + 10}}` : `    value: ${i % 7 === 0 ? i + 0.5 : i}`);
    out.push(`    unit: ${UNITS[i % UNITS.length]}`);
    out.push(`    date: ${day(i).slice(0, 7)}`);
    out.push(`    sources: [src-${i % nSources}]`);
  }
}

/** A valid fact file of about `n` entries across all sections. */
export function generateFactFile(n: number): string {
  const nSources = Math.max(1, Math.round(n * SHARE.sources));
  const nEvents = Math.max(9, Math.round(n * SHARE.events));
  const nPeople = Math.max(1, Math.round(n * SHARE.people));
  const nTotals = Math.min(Math.round(n * SHARE.totals), nPeople);
  const nFigures = Math.max(0, n - nSources - nEvents - nPeople - nTotals);
  const out = ['# Generated by test/bench/factsBench.ts', 'version: 1'];
  sources(nSources, out);
  events(nEvents, nSources, out);
  people(nPeople, nEvents, nSources, out);
  totals(nTotals, nEvents, nSources, out);
  figures(nFigures, nSources, out);
  out.push('categories:', '  soldiers: [jawans, sepoys]', '  police: [constables]');
  return out.join('\n') + '\n';
}

export interface FactsTiming {
  /** Median milliseconds of `loadFacts` (positions, schema and checks included). */
  loadFactsMs: number;
  /** Median milliseconds of a plain `js-yaml` `load()` of the same text. */
  jsYamlMs: number;
  /** Median of the per-round ratios loadFacts / js-yaml. */
  ratio: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A full collection before each timed run, as the main benchmark does (`node --expose-gc`). */
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/**
 * Times both loaders on one generated file. Rounds interleave the two so that
 * a busy machine slows both alike, and the ratio is taken per round; with
 * `node --expose-gc`, each timed run starts after a full collection.
 */
export function timeLoadFacts(n = 10_000, rounds = 9): FactsTiming {
  const text = generateFactFile(n);
  const host: FactHost = { readFile: () => text, listDir: () => undefined };
  for (let i = 0; i < 3; i++) {
    load(text);
    loadFacts(['/bench/facts.yaml'], host);
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    collect();
    let t = performance.now();
    load(text);
    const base = performance.now() - t;
    collect();
    t = performance.now();
    loadFacts(['/bench/facts.yaml'], host);
    const mine = performance.now() - t;
    theirs.push(base);
    ours.push(mine);
    ratios.push(mine / base);
  }
  return { loadFactsMs: median(ours), jsYamlMs: median(theirs), ratio: median(ratios) };
}
