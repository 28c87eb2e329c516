import type { CoreDiagnostic } from '../diagnostic';

/**
 * The fact file's data model (SPEC section 2), with the place of every value
 * in its file so that diagnostics, hovers and definitions can point at it.
 */
export type Section = 'sources' | 'events' | 'people' | 'totals' | 'figures';
export type CasualtyKind = 'killed' | 'wounded' | 'missing' | 'abducted';
export const CASUALTY_KINDS: readonly CasualtyKind[] = ['killed', 'wounded', 'missing', 'abducted'];

/** Where a value sits: a fact file's path and UTF-16 offsets into its text. */
export interface Located {
  file: string;
  start: number;
  end: number;
}

/** A count or figure value; an exact number has min === max (SPEC: `{min, max}`). */
export interface NumberRange {
  min: number;
  max: number;
}

/** One group's count under a casualty kind, e.g. `killed: {soldiers: 6}`. */
export interface CountFact {
  /** The group word as written in the fact file ("soldiers", "total", "people"...). */
  group: string;
  count: NumberRange;
  at: Located;
}

export type Casualties = Partial<Record<CasualtyKind, CountFact[]>>;

/**
 * A date or date range: `from`/`to` are "YYYY-MM-DD" or "YYYY-MM" (a month);
 * a single date has from === to.
 */
export interface FactDate {
  from: string;
  to: string;
  at: Located;
}

/** An id written in a `sources:`, `of:` or `events:` list; the place is the id's own. */
export interface FactRef extends Located {
  list: 'sources' | 'of' | 'events';
  id: string;
}

/** A sub-count of an event by place (`parts:`). */
export interface PartFact {
  places: string[];
  casualties: Casualties;
  at: Located;
}

export interface FactEntry {
  id: string;
  section: Section;
  /** The fact file that defines it, and where its id key sits. */
  file: string;
  idAt: Located;
  /** The whole entry (its key through its value). */
  at: Located;
  name?: string;
  nameAt?: Located;
  aliases: string[];
  /** `place:` (string or list); places act as aliases (SPEC section 2). */
  places: string[];
  date?: FactDate;
  casualties: Casualties;
  parts: PartFact[];
  /** Source ids the entry cites, valid or not (facts-unknown-ref reports the bad ones). */
  sources: string[];
  /** people: rank or office; sources: the headline. */
  title?: string;
  titleAt?: Located;
  age?: number;
  ageAt?: Located;
  born?: FactDate;
  died?: FactDate;
  /** people: the events they were wounded or killed in. */
  events: string[];
  /** totals: their parts (events, other totals, people). */
  of: string[];
  /** figures: the value and its unit. */
  value?: NumberRange;
  valueAt?: Located;
  unit?: string;
  /** sources: who published it, where and when. */
  publisher?: string;
  url?: string;
  /** sources: when it was read, where in it the fact is, and its own words (SPEC section 2). */
  accessed?: string;
  locator?: string;
  quote?: string;
  /** Every id in its `sources:`, `of:` and `events:` lists, with its place (facts-unknown-ref points at it). */
  refs?: FactRef[];
}

export interface FactFile {
  path: string;
  text: string;
  /** False when the file did not parse: it is then not used (SPEC section 1). */
  parsed: boolean;
}

export interface FactBase {
  /** The files in merge order (by file name within a folder). */
  files: FactFile[];
  /** Every entry by id; where an id is defined twice the first definition wins. */
  entries: Map<string, FactEntry>;
  /**
   * Every definition in merge order, including those a duplicate id shadows
   * (facts-duplicate-id reports them); absent in a base built by hand.
   */
  definitions?: FactEntry[];
  /** `categories:`: group -> extra synonyms. */
  categories: Map<string, string[]>;
  /** Every facts-* diagnostic, each in its own fact file. */
  diagnostics: CoreDiagnostic[];
  /**
   * False when any file failed to parse: the draft then gets no check that
   * needs facts and no unsourced-claim (SPEC section 1).
   */
  usable: boolean;
}

/** An empty, usable base: what a draft with no fact file is checked against. */
export function emptyFactBase(): FactBase {
  return { files: [], entries: new Map(), categories: new Map(), diagnostics: [], usable: true };
}
