/**
 * Reading single values out of the tree: counts, dates, text, lists of ids.
 * Each reader returns undefined for a value of the wrong shape (the schema
 * has already reported it; an entry keeps its valid values, SPEC section 2)
 * and reports what only a reader can see: a date that does not exist, a
 * range that runs backwards. Messages are built only when there is one to
 * give, from the entry and the field's name, so that the common, valid path
 * allocates nothing for them.
 */
import { MONTHS } from '../grammar/words';
import type { FactDate, FactEntry, FactRef, Located, NumberRange } from './factBase';
import { entryLabel } from './sectionNames';
import { located, type FileContext } from './treePath';
import type { YNode } from './yamlTree';

/** A value the reader could not use, and why (checks/factsSchema.ts reports it). */
export interface FactProblem extends Located {
  message: string;
}

/** A file being read, and where the values it cannot use are noted. */
export interface ReadContext extends FileContext {
  problems: FactProblem[];
}

/** The entry a value belongs to, for a message. */
export type Owner = Pick<FactEntry, 'section' | 'id'>;

/** `"killed.soldiers" in event "x"`. */
function described(owner: Owner, field: string): string {
  return `"${field}" in ${entryLabel(owner.section, owner.id)}`;
}

export function readText(node: YNode, ctx: ReadContext): string | undefined {
  return ctx.tree.string(node);
}

/** A list of strings; items of another kind are skipped. */
export function readTextList(node: YNode, ctx: ReadContext): string[] {
  const tree = ctx.tree;
  const items = tree.items(node);
  const texts = items.map((item) => tree.string(item));
  return texts.every((t) => t !== undefined) ? (texts as string[]) : texts.filter((t): t is string => t !== undefined);
}

/** `place:`: one place or a list of them. */
export function readPlaces(node: YNode, ctx: ReadContext): string[] {
  const one = ctx.tree.string(node);
  return one === undefined ? readTextList(node, ctx) : [one];
}

/** The ids of a `sources:`, `of:` or `events:` list, each with its place. */
export function readRefs(node: YNode, list: FactRef['list'], ctx: ReadContext): FactRef[] {
  const tree = ctx.tree;
  const all = tree.items(node);
  const items = all.every((item) => tree.string(item) !== undefined) ? all : all.filter((item) => tree.string(item) !== undefined);
  return items.map((item) => ({ list, id: tree.string(item)!, file: ctx.file, start: tree.start(item), end: tree.end(item) }));
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Exact counts up to 1,000 share their range object: ranges are read-only,
 * and most counts in a fact file are small.
 */
const EXACT: readonly NumberRange[] = Array.from({ length: 1001 }, (_, n) => Object.freeze({ min: n, max: n }));

function exactly(n: number): NumberRange {
  return Number.isInteger(n) && n >= 0 && n < EXACT.length ? EXACT[n]! : { min: n, max: n };
}

/** A count of one group (`killed.soldiers`): a whole number, or `{min, max}` with min <= max. */
export function readCount(node: YNode, owner: Owner, kind: string, group: string, ctx: ReadContext): NumberRange | undefined {
  return readNumber(node, isWhole, owner, kind, ctx, group);
}

/** A figure: any number, or `{min, max}` with min <= max. */
export function readFigure(node: YNode, owner: Owner, field: string, ctx: ReadContext): NumberRange | undefined {
  return readNumber(node, isNumber, owner, field, ctx);
}

function readNumber(node: YNode, valid: (v: unknown) => v is number, owner: Owner, field: string, ctx: ReadContext, group?: string): NumberRange | undefined {
  const tree = ctx.tree;
  const kind = tree.kind(node);
  if (kind === 'scalar') {
    const value = tree.value(node);
    return valid(value) ? exactly(value) : undefined;
  }
  if (kind !== 'map' || tree.pairCount(node) !== 2) return undefined;
  const min = tree.get(node, 'min');
  const max = tree.get(node, 'max');
  if (min < 0 || max < 0 || tree.kind(min) !== 'scalar' || tree.kind(max) !== 'scalar') return undefined;
  const low = tree.value(min);
  const high = tree.value(max);
  if (!valid(low) || !valid(high)) return undefined;
  if (low > high) {
    const name = group === undefined ? field : `${field}.${group}`;
    ctx.problems.push({ ...located(ctx, min), message: `${described(owner, name)} runs backwards: min ${low} is more than max ${high}` });
    return undefined;
  }
  return { min: low, max: high };
}

/** A whole number of years. */
export function readAge(node: YNode, ctx: ReadContext): number | undefined {
  const value = ctx.tree.kind(node) === 'scalar' ? ctx.tree.value(node) : undefined;
  return isWhole(value) && value <= 150 ? value : undefined;
}

const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Why a YYYY-MM(-DD) string is no calendar date, or undefined when it is one. */
function calendarProblem(text: string): string | undefined {
  const m = DAY.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${m[2]}`;
  if (m[3] === undefined) return undefined;
  const day = Number(m[3]);
  const last = daysIn(year, month);
  if (day < 1 || day > last) return `${text} is not a date: ${MONTHS[month - 1]!.name} ${year} has ${last} days`;
  return undefined;
}

/** One YYYY-MM-DD, YYYY-MM or YYYY string (or a bare year, `date: 2024`) that is a real date; reports one that is not. */
function readDay(node: YNode, ctx: ReadContext): string | undefined {
  const raw = ctx.tree.kind(node) === 'scalar' ? ctx.tree.value(node) : undefined;
  const text = typeof raw === 'number' && Number.isInteger(raw) && raw >= 1000 && raw <= 2999 ? String(raw) : ctx.tree.string(node);
  if (text === undefined || !DAY.test(text)) return undefined;
  const problem = calendarProblem(text);
  if (problem) {
    ctx.problems.push({ ...located(ctx, node), message: problem });
    return undefined;
  }
  return text;
}

/** `born:`/`died:`: a single day or month. */
export function readSingleDate(node: YNode, ctx: ReadContext): FactDate | undefined {
  const day = readDay(node, ctx);
  return day === undefined ? undefined : { from: day, to: day, at: located(ctx, node) };
}

/** `date:`: a day, a month, or `{from, to}` with from no later than to. */
export function readDate(node: YNode, owner: Owner, field: string, ctx: ReadContext): FactDate | undefined {
  const tree = ctx.tree;
  if (tree.kind(node) !== 'map') return readSingleDate(node, ctx);
  if (tree.pairCount(node) !== 2) return undefined;
  const fromNode = tree.get(node, 'from');
  const toNode = tree.get(node, 'to');
  if (fromNode < 0 || toNode < 0) return undefined;
  const from = readDay(fromNode, ctx);
  const to = readDay(toNode, ctx);
  if (from === undefined || to === undefined) return undefined;
  // Compare on the shorter form, so that a month range to a day in it agrees.
  const n = Math.min(from.length, to.length);
  if (from.slice(0, n) > to.slice(0, n)) {
    ctx.problems.push({ ...located(ctx, fromNode), message: `${described(owner, field)} runs backwards: from ${from} is after to ${to}` });
    return undefined;
  }
  return { from, to, at: located(ctx, node) };
}
