import type { CasualtyKind, FactEntry } from '../facts/factBase';
import type { Sentence } from '../draft/draft';
import type { NumberStyle } from './numberWords';
import type { Qualifier } from './qualifiers';

/** A claim the draft makes (SPEC section 3). `start`/`end` cover the words a fix replaces. */
interface ClaimBase {
  start: number;
  end: number;
  sentence: Sentence;
}

/** "at least twenty-six soldiers lost their lives". */
export interface CasualtyClaim extends ClaimBase {
  kind: 'casualty';
  value: number;
  qualifier: Qualifier;
  /** Where the qualifier ("at least") begins; `start` when there is none. */
  qualifierStart: number;
  style: NumberStyle;
  casualty: CasualtyKind;
  /** The canonical group ("soldiers" for "troops"), and the word as written. */
  group: string;
  groupWord: string;
  /** "twelve of them in South Waziristan": a part of the count before it. */
  subCount: boolean;
  /** The stretch of the sentence that is this count's own clause. */
  clause: { start: number; end: number };
}

/** A calendar day as written: year may be missing ("9 September"). */
export interface DayOfYear {
  year?: number;
  month: number;
  day: number;
}

/** "2 September 2025", "September 10 to 13", "2025-09-02", "Friday, 8 June 2024". */
export interface DateClaim extends ClaimBase {
  kind: 'date';
  from: DayOfYear;
  /** The last day of a range ("10-13 September"). */
  to?: DayOfYear;
  /** The year was written, not inferred. */
  yearWritten: boolean;
  format: DateFormat;
  /** A weekday written with the date, and where. */
  weekday?: { name: string; start: number; end: number };
  /** The date stands in a clause about a death ("died of his injuries on 9 September"). */
  aboutDeath: boolean;
}

/** How the draft writes dates, so a fix can answer in kind ("8th February" keeps its ordinal). */
export type DateFormat = 'iso' | 'dayMonth' | 'monthDay' | 'dayMonthOrdinal' | 'monthDayOrdinal';

/** "aged 44", "at the age of 61", "a 23-year-old". */
export interface AgeClaim extends ClaimBase {
  kind: 'age';
  value: number;
  style: NumberStyle;
}

/** A person's name (and title) as written, found through the people in the fact file. */
export interface NameClaim extends ClaimBase {
  kind: 'name';
  person: FactEntry;
  /** A misspelt name or a wrong title, with the right form. */
  problem?: { what: 'spelling' | 'title'; written: string; right: string };
}

/** "31 percent", "24 days", "560,000 crowns" near an alias of a `figures` entry. */
export interface FigureClaim extends ClaimBase {
  kind: 'figure';
  value: number;
  qualifier: Qualifier;
  style: NumberStyle;
  unit: string;
  /** The figures entries named in the sentence (the nearest is tied). */
  named: FactEntry[];
}

export type Claim = CasualtyClaim | DateClaim | AgeClaim | NameClaim | FigureClaim;
