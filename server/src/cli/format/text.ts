/**
 * Text output (STYLE rule 4): one line per diagnostic,
 * `path:line:col severity code message`, so that an editor task's problem
 * matcher can read it, then a summary line. Lines and columns are 1-based,
 * columns in UTF-16 code units (SPEC section 6).
 */
import type { Severity } from '../../core';
import type { Positions, ReportFile, SeverityCounts } from '../report';

const RESET = '\u001b[0m';
const STYLE: Record<Severity | 'path' | 'code', string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  information: '\u001b[36m',
  path: '\u001b[1m',
  code: '\u001b[2m',
};

function paint(color: boolean, style: keyof typeof STYLE, text: string): string {
  return color ? `${STYLE[style]}${text}${RESET}` : text;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One file's lines, in order of position, each ending with a newline ('' when it has none). */
export function textPart(file: ReportFile, positions: Positions, color: boolean): string {
  let out = '';
  for (const d of file.diagnostics) {
    const r = positions.range(d.file, d.start, d.end);
    // A message is one line; a stray line break would split it for a problem matcher.
    const message = d.message.replace(/\s*[\r\n]+\s*/g, ' ');
    out +=
      `${paint(color, 'path', `${file.display}:${r.line}:${r.column}`)} ${paint(color, d.severity, d.severity)} ` +
      `${paint(color, 'code', d.code)} ${message}\n`;
  }
  return out;
}

/** The closing `N errors, N warnings, N information in N files` line, with its newline. */
export function textSummary(counts: SeverityCounts, files: number, color: boolean): string {
  const summary =
    `${plural(counts.error, 'error', 'errors')}, ${plural(counts.warning, 'warning', 'warnings')}, ` +
    `${counts.information} information in ${plural(files, 'file', 'files')}`;
  return `${counts.error > 0 ? paint(color, 'error', summary) : summary}\n`;
}

/**
 * After the summary: the drafts that found no fact file, so that a run with
 * nothing to check against does not read as a clean pass (issue 11).
 */
export function textWithoutFacts(drafts: readonly string[]): string {
  const shown = drafts.length > 5 ? `${drafts.slice(0, 5).join(', ')} and ${drafts.length - 5} more` : drafts.join(', ');
  const which = drafts.length === 1 ? `1 draft (${shown}) has` : `${drafts.length} drafts (${shown}) have`;
  return `No fact file: ${which} none, so nothing in ${drafts.length === 1 ? 'it' : 'them'} was checked against facts; ` +
    `only weekdays, internal consistency and unsourced claims were. Start one from a draft with: oped-facts init ${drafts[0]}\n`;
}
