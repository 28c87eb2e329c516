import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Position } from 'vscode-languageserver';
import { LineIndex, type ClaimInfo, type CoreDiagnostic, type Fix } from '../core';
import { DIAGNOSTIC_SOURCE, type Settings, type SeverityOverride } from '../protocol';
import { uriOf } from './paths';

/**
 * What a diagnostic carries for code actions (STYLE rule 7): its fix and the
 * places directives go, as positions in the version it was made for, so that
 * codeActions.ts is a pure function of the diagnostics in the request.
 */
export interface DiagnosticData {
  expected?: string;
  factId?: string;
  fix?: { title: string; uri: string; edits: { range: { start: Position; end: Position }; newText: string }[] };
  /** Where a directive comment (`<!-- facts-ignore -->`, `<!-- fact: -->`) goes: the sentence's end, outside any comment, link or code span. */
  directiveAt?: Position;
  /** Where a citation goes: before the sentence's closing full stop, so that it stands in the sentence. */
  citeAt?: Position;
  /** What the diagnostic is about, in words for an action's title ("this count", "this date"). */
  about?: string;
  /** Entries the claim could be tied to with `<!-- fact: id -->`. */
  tieTo?: { id: string; name: string }[];
  /** Sources a citation could be made from (unsourced-claim). */
  citations?: { title: string; publisher?: string; url?: string; date?: string }[];
  /** An untied claim's values, for "Add to fact file". */
  stub?: import('../core').ClaimValues;
}

/** Converts the core's diagnostics for one file into LSP diagnostics, severities overridden by settings. */
export function toLspDiagnostics(
  diagnostics: readonly CoreDiagnostic[],
  text: string | LineIndex,
  settings: Settings,
  texts: (path: string) => string | undefined,
  extra: (d: CoreDiagnostic, index: LineIndex) => Omit<DiagnosticData, 'expected' | 'factId' | 'fix'> = () => ({}),
): Diagnostic[] {
  const index = typeof text === 'string' ? new LineIndex(text) : text;
  const indexes = new Map<string, LineIndex>();
  const indexFor = (path: string): LineIndex | undefined => {
    let i = indexes.get(path);
    if (!i) {
      const t = texts(path);
      if (t === undefined) return undefined;
      i = new LineIndex(t);
      indexes.set(path, i);
    }
    return i;
  };
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    // A setting sets the code's severity; a mismatch on an inferred tie stays a warning at most (SPEC section 3).
    const setting = settings.severity[d.code];
    const severity = severityOf(setting === 'error' && d.tie === 'inferred' ? 'warning' : setting ?? d.severity);
    if (severity === undefined) continue;
    const related: DiagnosticRelatedInformation[] = [];
    for (const r of d.related ?? []) {
      const i = r.file === d.file ? index : indexFor(r.file);
      if (i) related.push({ location: { uri: uriOf(r.file), range: { start: i.positionAt(r.start), end: i.positionAt(r.end) } }, message: r.message });
    }
    const data: DiagnosticData = {
      ...(d.expected !== undefined ? { expected: d.expected } : {}),
      ...(d.factId ? { factId: d.factId } : {}),
      ...(d.fix ? { fix: fixData(d.fix, d.file === d.fix.file ? index : indexFor(d.fix.file) ?? index) } : {}),
      ...extra(d, index),
    };
    out.push({
      range: { start: index.positionAt(d.start), end: index.positionAt(d.end) },
      severity,
      code: d.code,
      source: DIAGNOSTIC_SOURCE,
      message: d.message,
      ...(related.length ? { relatedInformation: related } : {}),
      data,
    });
  }
  return out;
}

function fixData(fix: Fix, index: LineIndex): NonNullable<DiagnosticData['fix']> {
  return {
    title: fix.title,
    uri: uriOf(fix.file),
    edits: fix.edits.map((e) => ({ range: { start: index.positionAt(e.start), end: index.positionAt(e.end) }, newText: e.newText })),
  };
}

function severityOf(s: SeverityOverride): DiagnosticSeverity | undefined {
  switch (s) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'information': return DiagnosticSeverity.Information;
    case 'hint': return DiagnosticSeverity.Hint;
    case 'off': return undefined;
  }
}

/** The claim a draft diagnostic sits on (same start), for its sentence and candidates. */
export function claimAt(claims: readonly ClaimInfo[], start: number): ClaimInfo | undefined {
  // Claims are in document order: a binary search, since a large draft has tens of thousands of them (issue 12).
  const i = lastStartingBy(claims, start);
  const here = claims[i];
  if (here && here.start <= start && start < Math.max(here.end, here.start + 1)) return here;
  // Else the first claim of the sentence the offset stands in.
  let k = i;
  while (k >= 0 && claims[k]!.sentence.start <= start && start < claims[k]!.sentence.end) k--;
  const first = claims[k + 1];
  if (first && first.sentence.start <= start && start < first.sentence.end) return first;
  const next = claims[i + 1];
  return next && next.sentence.start <= start && start < next.sentence.end ? next : undefined;
}

/** The index of the last item starting at or before `offset` (-1 when none): items sorted by `start`. */
export function lastStartingBy(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** How many diagnostics of each shown severity some lists hold (as the CLI's summary counts them). */
export function countBySeverity(lists: readonly (readonly Diagnostic[])[]): { errors: number; warnings: number; information: number } {
  const counts = { errors: 0, warnings: 0, information: 0 };
  for (const list of lists) {
    for (const d of list) {
      if (d.severity === DiagnosticSeverity.Error) counts.errors++;
      else if (d.severity === DiagnosticSeverity.Warning) counts.warnings++;
      else if (d.severity === DiagnosticSeverity.Information) counts.information++;
    }
  }
  return counts;
}
