/**
 * Applying fixes to a draft: every fix whose value is known, as the CLI's
 * `check --fix` and the editor's "Fix all" do (issue 11, issue 12). Fixes
 * depend on each other: a misspelt name, once corrected, can tie a date to
 * another entry, and a corrected year changes the year of the dates after
 * it. So they are applied in rounds, names first, then dates, then weekdays, then the rest,
 * checking again after each, until nothing is left to fix; a fix whose
 * reason another fix took away is never applied. A fix is never applied
 * where a directive silences its code: silenced diagnostics are not in the
 * check's results.
 */
import { checkDraft, type DraftInput } from '../checkDraft';
import type { CoreDiagnostic, TextEdit } from '../diagnostic';
import type { FactBase } from '../facts/factBase';

export interface AppliedFix {
  code: CoreDiagnostic['code'];
  /** The words replaced and what replaced them. */
  from: string;
  to: string;
  /** Offset in the text before any fix (for the summary's line numbers). */
  start: number;
}

export interface FixedDraft {
  text: string;
  applied: AppliedFix[];
  /** Rounds run (the last found nothing more to fix). */
  rounds: number;
}

const MAX_ROUNDS = 12;

/** The order fixes are applied in, one class a round: those that can change other claims' ties or years first. */
const CLASSES: readonly ((code: string) => boolean)[] = [
  (code) => code === 'name-mismatch',
  (code) => code === 'date-mismatch',
  // A weekday after its date: the date's fix can make the weekday right (issue 12).
  (code) => code === 'weekday-mismatch',
  () => true,
];

/** The draft with every known fix applied, in rounds, and what was changed. */
export function fixDraft(input: DraftInput, facts: FactBase): FixedDraft {
  let text = input.text;
  const applied: AppliedFix[] = [];
  // Where each offset of the current text was in the original, for the summary.
  let shifts: { at: number; delta: number }[] = [];
  let rounds = 0;
  const seen = new Set<string>([text]);
  while (rounds < MAX_ROUNDS) {
    rounds++;
    const result = checkDraft({ path: input.path, text }, facts);
    const fixable = result.diagnostics.filter((d) => d.fix && d.fix.file === input.path);
    const inClass = CLASSES.map((test) => fixable.filter((d) => test(d.code))).find((list) => list.length) ?? [];
    const edits = independentEdits(inClass);
    if (!edits.length) break;
    for (const { diagnostic, edit } of edits) applied.push({ code: diagnostic.code, from: text.slice(edit.start, edit.end), to: edit.newText, start: original(edit.start, shifts) });
    text = applyEdits(text, edits.map((e) => e.edit));
    shifts = [...shifts, ...edits.map((e) => ({ at: e.edit.start, delta: e.edit.newText.length - (e.edit.end - e.edit.start) }))];
    // Fixes that undo each other would go round for ever: stop at a text seen before.
    if (seen.has(text)) break;
    seen.add(text);
  }
  return { text, applied, rounds };
}

/** The fixes of one round whose edits do not overlap (the first of two that do waits for the next round). */
function independentEdits(diagnostics: readonly CoreDiagnostic[]): { diagnostic: CoreDiagnostic; edit: TextEdit }[] {
  const chosen: { diagnostic: CoreDiagnostic; edit: TextEdit }[] = [];
  for (const d of diagnostics) {
    for (const edit of d.fix!.edits) {
      if (chosen.some((c) => edit.start < c.edit.end && c.edit.start < edit.end)) continue;
      chosen.push({ diagnostic: d, edit });
    }
  }
  return chosen;
}

/** Applies non-overlapping edits, from the end backwards so that offsets hold. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** An offset of a fixed text, back in the original (approximate inside a replaced stretch). */
function original(offset: number, shifts: readonly { at: number; delta: number }[]): number {
  let at = offset;
  for (let i = shifts.length - 1; i >= 0; i--) if (shifts[i]!.at < at) at -= shifts[i]!.delta;
  return at;
}
