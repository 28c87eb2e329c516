import type { CasualtyKind, FactEntry } from '../facts/factBase';
import type { Sentence } from '../draft/draft';
import type { NumberStyle } from './numberWords';
import type { Qualifier } from './qualifiers';
import type { Unit } from './units';

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
  /** "the road toll for the year climbed to 16": a toll over a period, held only to totals, never to one event named beside it. */
  period?: true;
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
  style: DateStyle;
  /** A weekday written with the date, where, and its full name. */
  weekday?: { name: string; start: number; end: number; right: string };
  /** The date stands in a clause about a death ("died of his injuries on 9 September"). */
  aboutDeath: boolean;
}

/** How the draft writes a date, so that a fix answers in kind ("Apr 24", "7th Dec, 2022", "the 14th of March"). */
export interface DateStyle {
  order: 'iso' | 'dayMonth' | 'monthDay';
  month: 'full' | 'short' | 'shortDot';
  /** The month as written ("Sept" keeps four letters). */
  monthWord?: string;
  ordinal: boolean;
  /** "the 14th of March". */
  of: boolean;
  /** A comma before the year ("April 14, 2024", "7th Dec, 2022"). */
  comma: boolean;
}

/** "aged 44", "at the age of 61", "a 23-year-old". */
export interface AgeClaim extends ClaimBase {
  kind: 'age';
  value: number;
  style: NumberStyle;
  /**
   * Whom the age describes (SPEC section 3): the name written with it ("21-year-old
   * Miguel Villalon", "Idris Mia, 80,"), someone unnamed ("a 23-year-old man"), or,
   * when undefined, the nearest person named before it.
   */
  describes?: { start: number; end: number } | 'unnamed';
}

/** A person's name (and title) as written, found through the people in the fact file. */
export interface NameClaim extends ClaimBase {
  kind: 'name';
  person: FactEntry;
  /** A misspelt name or a wrong title, with the right form. */
  problem?: { what: 'spelling' | 'title'; written: string; right: string };
}

/** "31 percent", "24 days", "Rs 10 lakh", "40.3C" near an alias of a `figures` entry. */
export interface FigureClaim extends ClaimBase {
  kind: 'figure';
  /** The value in the draft's unit, scale applied ("Rs 10 lakh": 1,000,000). */
  value: number;
  /** The scale word's factor ("lakh": 100,000; none: 1): a fix writes the number alone in the draft's scale. */
  scale: number;
  /** Decimals written ("40.3": 1), the precision a converted fact is compared at. */
  decimals: number;
  qualifier: Qualifier;
  /** Where the qualifier ("more than") begins and where the figure's own words begin ("$" of "$9 million"); both the figure's start when there is none. */
  qualifierStart: number;
  qualifierEnd: number;
  style: NumberStyle;
  unit: Unit;
  /** The figures entries named in the sentence (the nearest is tied). */
  named: FactEntry[];
}

export type Claim = CasualtyClaim | DateClaim | AgeClaim | NameClaim | FigureClaim;
