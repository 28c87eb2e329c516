/**
 * Date claims (SPEC section 3): a calendar day or day range, as news prose
 * writes them, read from a sentence's tokens.
 *
 * Read by hand rather than with chrono-node (which the first version used):
 * chrono reads "on the night of May 7" as 1 January, "13 September, 19
 * soldiers" as the year 2019 and "between 10 and 25 July" as 25 July alone;
 * it needs the text around every month name re-scanned by dozens of
 * patterns; and it does not say which words were the month, the day and the
 * year, which a fix in the draft's own style needs ("Apr 24", "7th Dec,
 * 2022"). The grammar of a printed date is small: the patterns below are it.
 */
import type { Sentence } from '../draft/draft';
import { CASUALTY_WORDS, FUNCTION_WORDS, MONTHS, ORDINAL_SUFFIXES, WEEKDAYS } from '../grammar/words';
import { alt, capture, matchAt, opt, seq, token, words, type Captures, type Pattern } from '../grammar/pattern';
import type { Token } from '../text/tokens';
import type { DateClaim, DateStyle, DayOfYear } from './claim';

/** Month number by every way of writing it ("september", "sept", "sep" -> 9). */
const MONTH_NUMBER = new Map<string, { month: number; short: boolean }>();
MONTHS.forEach((m, i) => {
  MONTH_NUMBER.set(m.name.toLowerCase(), { month: i + 1, short: false });
  for (const a of m.abbreviations) MONTH_NUMBER.set(a.toLowerCase(), { month: i + 1, short: true });
});
const WEEKDAY_NAME = new Map<string, string>();
for (const w of WEEKDAYS) {
  WEEKDAY_NAME.set(w.name.toLowerCase(), w.name);
  for (const a of w.abbreviations) WEEKDAY_NAME.set(a.toLowerCase(), w.name);
}
const ORDINALS = new Set<string>(ORDINAL_SUFFIXES);

/** A month written with a capital (prose never writes "may 7" for a date); "Theresa May" is no month. */
function isMonth(t: Token, at: number, tokens: readonly Token[]): boolean {
  if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || !MONTH_NUMBER.has(t.lower)) return false;
  const before = tokens[at - 1];
  return !(t.lower === 'may' && before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && !WEEKDAY_NAME.has(before.lower) && at > 1);
}

// A stop after a month belongs to it only when the month is abbreviated ("Sept. 2"; "6 June." ends the sentence).
const MONTH: Pattern = seq(token(isMonth), opt(token((t, at, tokens) => t.text === '.' && MONTH_NUMBER.get(tokens[at - 1]!.lower)?.short === true)));
/** A day of the month: 1 to 31, alone or with its ordinal suffix ("7th"), never a time ("7pm") or a decimal. */
const DAY: Pattern = seq(
  token((t, at, tokens) => t.kind === 'number' && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31
    && !(tokens[at + 1]?.glued && !ORDINALS.has(tokens[at + 1]!.lower))),
  opt(token((t) => t.glued === true && ORDINALS.has(t.lower))),
);
const YEAR: Pattern = token((t, at, tokens) => t.kind === 'number' && /^[12]\d{3}$/.test(t.text) && !tokens[at + 1]?.glued);
const COMMA: Pattern = token((t) => t.text === ',');
const JOIN: Pattern = token((t) => ['to', 'until', 'till', 'through', 'thru', '-', '–', '—'].includes(t.lower));
const WITH_YEAR: Pattern = opt(seq(opt(COMMA), capture('year', YEAR)));

// "September 2", "Sept. 2, 2025", "September 10 to 13", "July 29 to August 1, 2024", "Jan. 5-7".
const MONTH_DAY: Pattern = seq(
  capture('m1', MONTH), capture('d1', DAY),
  opt(seq(JOIN, opt(capture('m2', MONTH)), capture('d2', DAY))),
  WITH_YEAR,
);
// "2 September 2025", "7th Dec, 2022", "the 14th of March", "10-13 September", "29 July to 1 August".
const DAY_MONTH: Pattern = seq(
  capture('d1', DAY),
  opt(seq(JOIN, capture('d2', DAY))),
  opt(capture('of', words('of'))), capture('m1', MONTH),
  opt(seq(JOIN, capture('d2', DAY), opt(words('of')), capture('m2', MONTH))),
  WITH_YEAR,
);
// "between 10 and 25 July", "between July 10 and 25".
const BETWEEN: Pattern = seq(words('between'), alt(
  seq(capture('d1', DAY), words('and'), capture('d2', DAY), opt(capture('of', words('of'))), capture('m1', MONTH), WITH_YEAR),
  seq(capture('m1', MONTH), capture('d1', DAY), words('and'), opt(capture('m2', MONTH)), capture('d2', DAY), WITH_YEAR),
));
// "2025-09-02", its parts written against each other.
const ISO: Pattern = seq(
  capture('year', token((t) => t.kind === 'number' && /^\d{4}$/.test(t.text))),
  token((t, at, tokens) => t.text === '-' && tokens[at - 1]!.end === t.start),
  capture('isoMonth', token((t, at, tokens) => /^\d{2}$/.test(t.text) && tokens[at - 1]!.end === t.start)),
  token((t, at, tokens) => t.text === '-' && tokens[at - 1]!.end === t.start),
  capture('d1', token((t, at, tokens) => /^\d{2}$/.test(t.text) && tokens[at - 1]!.end === t.start)),
);
const DATE: Pattern = alt(ISO, BETWEEN, MONTH_DAY, DAY_MONTH);
// "September 2025": no day, so no claim, but it sets the year of what follows (SPEC section 3).
const MONTH_YEAR: Pattern = seq(capture('m1', MONTH), opt(COMMA), capture('year', YEAR));
// "Tuesday, 1 October", "Tuesday the 1st", and "Tuesday (Oct 1)", as Singapore and Thai papers write it.
const WEEKDAY: Pattern = seq(
  capture('weekday', token((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text) && WEEKDAY_NAME.has(t.lower))),
  opt(token((t) => t.text === '.')),
  opt(alt(COMMA, token((t) => t.text === '('))),
  opt(words('the')),
);

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
export function readDates(sentence: Sentence, tokens: readonly Token[], years: YearContext, opensParagraph = false): DateClaim[] {
  const claims: DateClaim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Only a weekday, a number, a month or "between" can begin a date: the patterns run nowhere else.
    if (t.kind === 'punct' || (t.kind === 'word' && !WEEKDAY_NAME.has(t.lower) && !startsDate(tokens, i))) continue;
    const weekday = WEEKDAY_NAME.has(t.lower) ? matchAt(WEEKDAY, tokens, i) : undefined;
    const at = weekday && startsDate(tokens, weekday.end) ? weekday.end : i;
    const found = startsDate(tokens, at) ? matchAt(DATE, tokens, at) : undefined;
    if (found && validDate(found.captures, tokens)) {
      const claim = toClaim(sentence, tokens, at, found, weekday && at !== i ? weekday.captures : undefined, years);
      // A dateline's date is the day the report was filed, no claim about what it reports (it still sets the year).
      if (!(opensParagraph && isDateline(tokens, i, found.end))) claims.push(claim);
      i = found.end - 1;
      continue;
    }
    const monthYear = t.kind === 'word' && MONTH_NUMBER.has(t.lower) ? matchAt(MONTH_YEAR, tokens, i) : undefined;
    if (monthYear) {
      years.saw(Number(tokens[monthYear.captures['year']!.from]!.text));
      i = monthYear.end - 1;
    }
  }
  return claims;
}

const DATELINE_ENDS = new Set(['-', '–', '—', ':']);
const FUNCTION = new Set<string>(FUNCTION_WORDS);

/**
 * A date in a paragraph's dateline: after a place in capitals and commas or
 * brackets only, and before the dash or colon that opens the report, with at
 * most a credit between ("DERNA (Libya), Sept 17 (NNN-AGENCIES) —",
 * "Sunyani, March 10, GNA –", "SOUNI, Cyprus, July 24, 2025 (BSS/AFP) -").
 */
function isDateline(tokens: readonly Token[], from: number, end: number): boolean {
  if (from === 0 || from > 8 || tokens[0]!.kind !== 'word') return false;
  for (let k = 0; k < from; k++) {
    const t = tokens[k]!;
    const place = t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !FUNCTION.has(t.lower) && !WEEKDAY_NAME.has(t.lower);
    if (!place && !(t.kind === 'punct' && [',', '(', ')'].includes(t.text))) return false;
  }
  for (let k = end; k < Math.min(tokens.length, end + 8); k++) {
    const t = tokens[k]!;
    if (DATELINE_ENDS.has(t.text)) return true;
    const credit = t.kind === 'number' || (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) || (t.kind === 'punct' && ['(', ')', ',', '.', '/'].includes(t.text));
    if (!credit) return false;
  }
  return false;
}

/** Only a number, a month or "between" can begin a date: a cheap test before the patterns run. */
function startsDate(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && (t.kind === 'number' || t.lower === 'between' || (t.kind === 'word' && MONTH_NUMBER.has(t.lower)));
}

function validDate(c: Captures, tokens: readonly Token[]): boolean {
  if (c['isoMonth']) {
    const m = Number(tokens[c['isoMonth'].from]!.text);
    const d = Number(tokens[c['d1']!.from]!.text);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
  }
  return c['m1'] !== undefined;
}

function toClaim(sentence: Sentence, tokens: readonly Token[], at: number, found: { end: number; captures: Captures }, weekday: Captures | undefined, years: YearContext): DateClaim {
  const c = found.captures;
  const value = (name: string): number => Number(tokens[c[name]!.from]!.text);
  const monthOf = (name: string): number => MONTH_NUMBER.get(tokens[c[name]!.from]!.lower)!.month;
  const yearWritten = c['year'] !== undefined;
  if (yearWritten) years.saw(value('year'));
  const year = yearWritten ? value('year') : years.current;
  const withYear = (d: Omit<DayOfYear, 'year'>): DayOfYear => (year !== undefined ? { year, month: d.month, day: d.day } : d);
  const iso = c['isoMonth'] !== undefined;
  const month1 = iso ? value('isoMonth') : monthOf('m1');
  const from = withYear({ month: month1, day: value('d1') });
  // "July 29 to August 1", "29 July to 1 August": the second month; else the range stays in the first.
  const to = c['d2'] ? withYear({ month: c['m2'] ? monthOf('m2') : month1, day: value('d2') }) : undefined;
  const first = tokens[at]!.lower === 'between' ? at + 1 : at;
  const start = tokens[first]!.start;
  const end = tokens[found.end - 1]!.end;
  const monthToken = tokens[c['m1']?.from ?? first]!;
  const claim: DateClaim = {
    kind: 'date',
    start,
    end,
    sentence,
    from,
    ...(to && (to.day !== from.day || to.month !== from.month) ? { to } : {}),
    yearWritten,
    style: styleOf(tokens, c, iso, monthToken),
    aboutDeath: inDeathClause(tokens, at),
  };
  if (weekday) {
    const w = tokens[weekday['weekday']!.from]!;
    claim.weekday = { name: w.text, start: w.start, end: w.end, right: WEEKDAY_NAME.get(w.lower)! };
  }
  return claim;
}

function styleOf(tokens: readonly Token[], c: Captures, iso: boolean, monthToken: Token): DateStyle {
  if (iso) return { order: 'iso', month: 'full', ordinal: false, of: false, comma: false };
  const dayFirst = c['d1']!.from < (c['m1']?.from ?? Infinity);
  const short = MONTH_NUMBER.get(monthToken.lower)?.short ?? false;
  const dotted = tokens[c['m1']!.from + 1]?.text === '.';
  const ordinal = c['d1']!.to - c['d1']!.from > 1;
  const yearAt = c['year']?.from;
  return {
    order: dayFirst ? 'dayMonth' : 'monthDay',
    month: short ? (dotted ? 'shortDot' : 'short') : 'full',
    monthWord: monthToken.text,
    ordinal,
    of: c['of'] !== undefined,
    comma: yearAt !== undefined ? tokens[yearAt - 1]?.text === ',' : !dayFirst,
  };
}

// Words of a clause about a death: a date in it is the day the person died (SPEC section 3).
const DEATH_WORDS = new Set([...Object.entries(CASUALTY_WORDS).filter(([w, v]) => v.kind === 'killed' && (v.after || w === 'death')).map(([w]) => w), 'dying', 'passed', 'shot', 'murdered', 'assassinated']);
const CLAUSE_ENDS = new Set([';', ':', '.', '?', '!']);

/** Whether a death word stands before the date in its clause ("died of his injuries on 9 September"). */
function inDeathClause(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 14); k--) {
    const t = tokens[k]!;
    if (CLAUSE_ENDS.has(t.text)) return false;
    if (DEATH_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Writes a day the way the draft writes its dates ("Apr 24", "7th Dec, 2022", "the 14th of March", "2025-09-02"). */
export function formatDay(d: DayOfYear, style: DateStyle, withYear: boolean): string {
  if (style.order === 'iso' && d.year !== undefined) return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  const info = MONTHS[d.month - 1]!;
  const month = style.month === 'full' || !info.abbreviations.length
    ? info.name
    : `${abbreviationLike(info.abbreviations, style.monthWord)}${style.month === 'shortDot' ? '.' : ''}`;
  const day = style.ordinal ? ordinal(d.day) : String(d.day);
  const year = withYear && d.year !== undefined ? d.year : undefined;
  if (style.order === 'monthDay') return year !== undefined ? `${month} ${day}${style.comma ? ',' : ''} ${year}` : `${month} ${day}`;
  const dm = style.of ? `${day} of ${month}` : `${day} ${month}`;
  return year !== undefined ? `${dm}${style.comma ? ',' : ''} ${year}` : dm;
}

/** "Sept" when the draft writes four letters, else the usual three. */
function abbreviationLike(abbreviations: readonly string[], written: string | undefined): string {
  return abbreviations.find((a) => written !== undefined && a.length === written.replace(/\.$/, '').length) ?? abbreviations[0]!;
}

/** A plain style for messages: "2 September 2025". */
export const MESSAGE_STYLE: DateStyle = { order: 'dayMonth', month: 'full', ordinal: false, of: false, comma: false };

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
  return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()]!.name;
}

/** "YYYY-MM-DD", "YYYY-MM" or "YYYY" -> a comparable day (a month or year stands for its first day with `day` 0, `month` 0 for a year). */
export function parseFactDay(value: string): DayOfYear | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : 0, day: m[3] ? Number(m[3]) : 0 };
}
