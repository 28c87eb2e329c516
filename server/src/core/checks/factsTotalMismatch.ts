/**
 * facts-total-mismatch: a total whose count differs from the sum of its
 * `of:` parts (SPEC sections 2 and 4). Parts are events, other totals (by
 * their own count, or their parts' sum when they state none) and people (a
 * person with `died` is one killed, in the total's own group). Each kind and
 * group of the total is compared on its own, with the synonyms the draft
 * checks know (claims/groups.ts, plus `categories:`); a `total:` or
 * `people` group is compared with the parts' `total:` or the sum of their
 * groups. Counts are ranges ({min, max}), so a total is flagged only when it
 * cannot agree with its parts; a part that gives no count of that kind is
 * "unknown" (0 or more), which can only make a total that is too small
 * disagree.
 */
import { GroupLexicon } from '../claims/groups';
import type { CoreDiagnostic, RelatedLocation } from '../diagnostic';
import type { FactBaseCheck } from './factCheck';
import type { CasualtyKind, CountFact, FactBase, FactEntry, Located, NumberRange } from '../facts/factBase';
import { CASUALTY_KINDS } from '../facts/factBase';
import { factDiagnostic } from '../facts/factDiagnostic';


const UNKNOWN: NumberRange = { min: 0, max: Infinity };
const ZERO: NumberRange = { min: 0, max: 0 };

/** What is being summed: one kind and group of a total, whose counts are `totalCounts`. */
interface Query {
  kind: CasualtyKind;
  group: string;
  totalCounts: readonly CountFact[];
  base: FactBase;
  groups: Groups;
}

/** Group words by meaning: the draft checks' lexicon, with its answers kept (a file repeats few words). */
class Groups {
  private readonly lexicon: GroupLexicon;
  private readonly canonical = new Map<string, string>();

  constructor(base: FactBase) {
    // The lexicon reads the synonyms and `categories:`; the entries it would
    // also walk only add words as their own group, which canonicalOf gives anyway.
    this.lexicon = new GroupLexicon({ ...base, entries: new Map() });
  }

  canonicalOf(group: string): string {
    let canonical = this.canonical.get(group);
    if (canonical === undefined) {
      canonical = this.lexicon.canonicalOf(group);
      this.canonical.set(group, canonical);
    }
    return canonical;
  }

  /** "people", "total", "lives": any group. */
  isAnyGroup(group: string): boolean {
    return this.canonicalOf(group) === 'people';
  }
}

interface Contribution {
  range: NumberRange;
  /** Where the part's count sits, when it has one. */
  at?: Located;
  id: string;
}

function run(base: FactBase): CoreDiagnostic[] {
  const out: CoreDiagnostic[] = [];
  let groups: Groups | undefined; // made for the first total: most files have none
  for (const total of base.entries.values()) {
    if (total.section !== 'totals' || total.of.length === 0) continue;
    groups ??= new Groups(base);
    for (const kind of CASUALTY_KINDS) {
      const counts = total.casualties[kind] ?? [];
      for (const count of counts) {
        const query: Query = { kind, group: count.group, totalCounts: counts, base, groups };
        const parts = contributions(total, query, new Set([total]));
        const sum = parts.reduce((acc, p) => add(acc, p.range), ZERO);
        if (count.count.max < sum.min || count.count.min > sum.max) out.push(mismatch(total, kind, count, sum, parts));
      }
    }
  }
  return out;
}

/** What each part of a total gives for one kind and group. */
function contributions(total: FactEntry, query: Query, visiting: Set<FactEntry>): Contribution[] {
  const { kind, group, base, groups } = query;
  const out: Contribution[] = [];
  for (const id of total.of) {
    const part = base.entries.get(id);
    if (!part || part.section === 'sources' || part.section === 'figures') continue; // facts-unknown-ref's
    if (part.section === 'people') {
      out.push({ id, at: part.idAt, range: personCount(part, query) });
      continue;
    }
    const own = countIn(part.casualties[kind], group, groups);
    if (own || part.section !== 'totals' || visiting.has(part)) {
      out.push({ id, at: own?.at, range: own?.count ?? UNKNOWN });
      continue;
    }
    // A total that states no such count stands for the sum of its own parts.
    visiting.add(part);
    const nested = contributions(part, query, visiting);
    visiting.delete(part);
    out.push({ id, range: nested.reduce((acc, p) => add(acc, p.range), ZERO) });
  }
  return out;
}

/**
 * A dead person is one killed in the total's own group; when the total
 * counts several groups, which one is theirs is unknown (0 or 1 in each).
 */
function personCount(person: FactEntry, { kind, group, totalCounts, groups }: Query): NumberRange {
  if (kind !== 'killed' || !person.died) return ZERO;
  const specific = totalCounts.filter((c) => !groups.isAnyGroup(c.group));
  return groups.isAnyGroup(group) || specific.length <= 1 ? { min: 1, max: 1 } : { min: 0, max: 1 };
}

/**
 * A part's count for a group: its own count of that group; for "everyone",
 * its `total:` or the sum of its groups; for a group it does not list, none
 * (or up to its `total:` when it gives only that). Undefined when the part
 * gives no count of this kind at all.
 */
function countIn(counts: readonly CountFact[] | undefined, group: string, groups: Groups): { count: NumberRange; at?: Located } | undefined {
  if (!counts || counts.length === 0) return undefined;
  const wanted = groups.canonicalOf(group);
  const exact = counts.find((c) => groups.canonicalOf(c.group) === wanted);
  if (exact) return { count: exact.count, at: exact.at };
  const everyone = counts.find((c) => groups.isAnyGroup(c.group));
  if (groups.isAnyGroup(group)) {
    if (everyone) return { count: everyone.count, at: everyone.at };
    return { count: counts.reduce((acc, c) => add(acc, c.count), ZERO) };
  }
  return { count: everyone ? { min: 0, max: everyone.count.max } : ZERO };
}

function add(a: NumberRange, b: NumberRange): NumberRange {
  return { min: a.min + b.min, max: a.max + b.max };
}

function shown(range: NumberRange): string {
  if (range.max === Infinity) return `at least ${range.min}`;
  return range.min === range.max ? String(range.min) : `${range.min} to ${range.max}`;
}

function mismatch(total: FactEntry, kind: CasualtyKind, count: CountFact, sum: NumberRange, parts: Contribution[]): CoreDiagnostic {
  const breakdown = parts.map((p) => `${p.id}: ${shown(p.range)}`).join(', ');
  const message = `Total "${total.id}" gives ${shown(count.count)} ${count.group} ${kind}, but its parts add up to ${shown(sum)} (${breakdown})`;
  const related: RelatedLocation[] = parts
    .filter((p): p is Contribution & { at: Located } => p.at !== undefined)
    .map((p) => ({ ...p.at, message: `${p.id}: ${shown(p.range)}` }));
  return { ...factDiagnostic('facts-total-mismatch', count.at, message), related };
}

export const factsTotalMismatch: FactBaseCheck = { code: 'facts-total-mismatch', scope: 'base', needsAllFiles: true, run };
