import * as chrono from 'chrono-node';
import type { Sentence } from '../draft/draft';
import type { DateClaim, DateFormat, DayOfYear } from './claim';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// A month name as prose writes it (capitalised), or an ISO date: without one
// of these, what chrono reads is a time, a slash date ("9/11") or a weekday alone.
const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/;
const ISO = /\b\d{4}-\d{2}-\d{2}\b/;
const MONTH_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/g;
const YEAR = /\b(1[89]\d\d|2[01]\d\d)\b/;
const WEEKDAY_BEFORE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*(?:the\s+)?$/;
const DEATH = /\b(?:died|dies|dying|killed|death|succumbed|passed away|perished|drowned|lost (?:his|her|their) li(?:fe|ves))\b/i;

/** chrono-node (the US reading: its British one takes "September 20" for a month and year; slash dates are dropped anyway), plus "between 11 and 13 September". */
const parser = chrono.en.casual.clone();
parser.parsers.push({
  pattern: () => /\b(?:between|from)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|until|till)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?/i,
  extract: (context, match) => {
    const month = MONTHS.indexOf(match[3]!.toLowerCase()) + 1;
    const start = context.createParsingComponents({ day: Number(match[1]), month });
    const end = context.createParsingComponents({ day: Number(match[2]), month });
    if (match[4]) {
      start.assign('year', Number(match[4]));
      end.assign('year', Number(match[4]));
    }
    return context.createParsingResult(match.index!, match[0], start, end);
  },
});

/** Tracks the year a date without one takes (SPEC section 3): the nearest full date or month-and-year before it, else the front matter's. */
export class YearContext {
  private year: number | undefined;
  constructor(private readonly publication: number | undefined) {}
  get current(): number | undefined {
    return this.year ?? this.publication;
  }
  saw(year: number): void {
    this.year = year;
  }
}

/** The calendar days and day ranges of a sentence. Call in document order: years carry forward. */
export function readDates(sentence: Sentence, years: YearContext): DateClaim[] {
  const text = sentence.text;
  if (!MONTH_NAME.test(text) && !ISO.test(text)) return [];
  const claims: DateClaim[] = [];
  // Month-and-year mentions ("September 2025") set the year for what follows.
  const monthYears = [...text.matchAll(MONTH_YEAR)].map((m) => ({ at: m.index!, year: Number(m[1]) }));
  let nextMonthYear = 0;
  for (const window of windowsOf(text)) {
    for (const result of parser.parse(text.slice(window.start, window.end), REFERENCE)) {
      const at = result.index + window.start;
      while (nextMonthYear < monthYears.length && monthYears[nextMonthYear]!.at < at) years.saw(monthYears[nextMonthYear++]!.year);
      const claim = toClaim(sentence, result, window.start, years);
      if (claim) claims.push(claim);
    }
  }
  while (nextMonthYear < monthYears.length) years.saw(monthYears[nextMonthYear++]!.year);
  return claims;
}

const REFERENCE = new Date(2000, 0, 1);
// How far a date may reach from its month name or ISO day: "between 11 and 13 September", "September 10 to 13, 2025".
const REACH = 32;
const ANCHOR = new RegExp(`${MONTH_NAME.source}|${ISO.source}`, 'g');

/**
 * The stretches of a sentence chrono needs to see: around each month name or
 * ISO date, merged where they touch. chrono runs dozens of patterns over the
 * text it is given, so giving it these instead of the whole sentence keeps a
 * long sentence cheap.
 */
function windowsOf(text: string): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  for (const m of text.matchAll(ANCHOR)) {
    const start = wordStart(text, Math.max(0, m.index! - REACH));
    const end = wordEnd(text, Math.min(text.length, m.index! + m[0].length + REACH));
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** Widen to whole words, so chrono never sees half of one. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\S/.test(text[i - 1]!)) i--;
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\S/.test(text[i]!)) i++;
  return i;
}

/** A date claim from a chrono result found in the sentence's text from `offset` on. */
function toClaim(sentence: Sentence, result: chrono.ParsedResult, offset: number, years: YearContext): DateClaim | undefined {
  let matched = result.text;
  let index = result.index + offset;
  // A calendar day is written with its number: "the end of July" is none.
  if ((!MONTH_NAME.test(matched) && !ISO.test(matched)) || !/\d/.test(matched)) return undefined;
  if (!result.start.isCertain('day') || !result.start.isCertain('month')) return undefined;
  // chrono reads "13 September, 19 soldiers" as the year 2019: a year is four digits.
  const written = YEAR.exec(matched);
  matched = matched.replace(/,\s*\d{1,2}\s*$/, '');
  const lead = /^(?:on|from|between)\s+/i.exec(matched);
  let weekday: DateClaim['weekday'];
  const wd = /^(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?\s*/i.exec(matched);
  if (wd) {
    const at = matched.indexOf(wd[1]!);
    weekday = { name: wd[1]!, start: sentence.start + index + at, end: sentence.start + index + at + wd[1]!.length };
    index += wd[0].length;
    matched = matched.slice(wd[0].length);
  } else if (lead) {
    index += lead[0].length;
    matched = matched.slice(lead[0].length);
  }
  if (!weekday) {
    const before = WEEKDAY_BEFORE.exec(sentence.text.slice(Math.max(0, index - 16), index));
    if (before) {
      const at = index - (Math.min(index, 16) - before.index);
      weekday = { name: before[1]!, start: sentence.start + at, end: sentence.start + at + before[1]!.length };
    }
  }
  const yearWritten = written !== null;
  if (yearWritten) years.saw(Number(written[1]));
  const year = yearWritten ? Number(written[1]) : years.current;
  const from = day(result.start, year);
  const to = result.end ? day(result.end, year) : undefined;
  const clauseBefore = sentence.text.slice(0, index).split(/[;:]/).pop() ?? '';
  return {
    kind: 'date',
    start: sentence.start + index,
    end: sentence.start + index + matched.length,
    sentence,
    from,
    ...(to && (to.day !== from.day || to.month !== from.month) ? { to } : {}),
    yearWritten,
    format: formatOf(matched),
    ...(weekday ? { weekday } : {}),
    aboutDeath: DEATH.test(clauseBefore.slice(-80)),
  };
}

function day(c: chrono.ParsedComponents, year: number | undefined): DayOfYear {
  return { month: c.get('month')!, day: c.get('day')!, ...(year !== undefined ? { year } : {}) };
}

function formatOf(text: string): DateFormat {
  if (ISO.test(text)) return 'iso';
  const ordinal = /\d(?:st|nd|rd|th)\b/.test(text);
  if (/^\D*[A-Z][a-z]+\.?\s+\d/.test(text)) return ordinal ? 'monthDayOrdinal' : 'monthDay';
  return ordinal ? 'dayMonthOrdinal' : 'dayMonth';
}

/** Writes a day the way the draft writes its dates. */
export function formatDay(d: DayOfYear, format: DateFormat, withYear: boolean): string {
  const month = MONTHS[d.month - 1]!;
  const name = month.charAt(0).toUpperCase() + month.slice(1);
  if (format === 'iso' && d.year !== undefined) return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  const year = withYear && d.year !== undefined ? d.year : undefined;
  const day = format === 'dayMonthOrdinal' || format === 'monthDayOrdinal' ? ordinal(d.day) : String(d.day);
  if (format === 'monthDay' || format === 'monthDayOrdinal') return year !== undefined ? `${name} ${day}, ${year}` : `${name} ${day}`;
  return year !== undefined ? `${day} ${name} ${year}` : `${day} ${name}`;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The weekday a day falls on (needs its year). */
export function weekdayOf(d: DayOfYear): string | undefined {
  if (d.year === undefined) return undefined;
  return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
}

/** "YYYY-MM-DD" or "YYYY-MM" -> a comparable day (a month stands for its first day with `day` 0). */
export function parseFactDay(value: string): DayOfYear | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : 0 };
}
