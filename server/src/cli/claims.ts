/**
 * `oped-facts claims` and `oped-facts memo` (SPEC section 8): the claim
 * inventory of each draft, through the core's one entry point as `check`
 * uses it, printed as a table, SPEC's JSON or CSV; and one draft's
 * fact-check memo, Markdown or HTML.
 */
import { writeFileSync } from 'node:fs';
import { checkDraftFile, claimsAsJson, emptyInventorySummary, FactBaseCache, renderMemo, summaryLine, type DraftFileCheck, type FactHost, type InventoryClaim } from '../core';
import type { ClaimsFormat, MemoFormat } from './args';
import { displayPath } from './report';

/** One draft's inventory as the claims command reports it. */
export interface DraftClaims {
  path: string;
  checked: DraftFileCheck;
}

/** Checks each draft (fact files given or discovered) and keeps what the inventory needs; undefined in place of an unreadable draft. */
export function inventoriesOf(drafts: readonly string[], host: FactHost, givenFacts: readonly string[]): (DraftClaims | { path: string; unreadable: true })[] {
  const cache = new FactBaseCache(host);
  return drafts.map((path) => {
    const checked = checkDraftFile(path, host, cache, { givenFacts });
    return checked.text === undefined ? { path, unreadable: true as const } : { path, checked };
  });
}

/** Whether any draft, or any fact file it uses, has an error-severity diagnostic (the exit status of `check`). */
export function hasError(drafts: readonly DraftClaims[]): boolean {
  return drafts.some(({ checked }) => checked.diagnostics.some((d) => d.severity === 'error') || checked.facts.diagnostics.some((d) => d.severity === 'error'));
}

/** The report in the format asked for. */
export function renderClaims(drafts: readonly DraftClaims[], format: ClaimsFormat, cwd: string): string {
  if (format === 'json') return `${JSON.stringify({ version: 1, files: drafts.map((d) => claimsFile(d, cwd)) }, null, 2)}\n`;
  if (format === 'csv') return claimsCsv(drafts, cwd);
  return claimsText(drafts, cwd);
}

function claimsFile({ path, checked }: DraftClaims, cwd: string): object {
  const inventory = checked.result.inventory;
  return {
    path: displayPath(path, cwd),
    facts: checked.factPaths.map((p) => displayPath(p, cwd)),
    claims: inventory ? claimsAsJson(inventory.claims, checked.text ?? '') : [],
    summary: inventory?.summary ?? emptyInventorySummary(),
    ...(checked.notChecked ? { notChecked: checked.notChecked.message } : {}),
  };
}

const CSV_COLUMNS = ['path', 'line', 'column', 'endLine', 'endColumn', 'kind', 'text', 'status', 'factId', 'tie', 'tiedBy', 'sources', 'citation', 'codes'] as const;

/**
 * RFC 4180 CSV, one row per claim; lists joined with "; ". Written here
 * rather than with a CSV library: quoting is the whole of the format's rules
 * for output, three lines, and nothing is parsed.
 */
function claimsCsv(drafts: readonly DraftClaims[], cwd: string): string {
  const quote = (value: unknown): string => {
    const text = Array.isArray(value) ? value.join('; ') : value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = [CSV_COLUMNS.join(',')];
  for (const draft of drafts) {
    const path = displayPath(draft.path, cwd);
    const claims = draft.checked.result.inventory ? claimsAsJson(draft.checked.result.inventory.claims, draft.checked.text ?? '') : [];
    for (const claim of claims) rows.push(CSV_COLUMNS.map((c) => quote(c === 'path' ? path : claim[c])).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

const STATUS_MARK: Record<InventoryClaim['status'], string> = { contradicted: '✗', confirmed: '✓', cited: '~', unsourced: '?', ignored: '-' };

/** A table a desk editor reads: a line per claim, then the draft's summary line. */
function claimsText(drafts: readonly DraftClaims[], cwd: string): string {
  const out: string[] = [];
  for (const { path, checked } of drafts) {
    const shown = displayPath(path, cwd);
    const inventory = checked.result.inventory;
    if (!inventory) {
      out.push(`${shown}: ${checked.notChecked?.message ?? 'Not checked.'}`, '');
      continue;
    }
    const claims = claimsAsJson(inventory.claims, checked.text ?? '');
    const width = Math.max(0, ...claims.map((c) => `${c.line}:${c.column}`.length));
    out.push(`${shown}${checked.factPaths.length ? ` (facts: ${checked.factPaths.map((p) => displayPath(p, cwd)).join(', ')})` : ' (no fact file)'}`);
    for (const c of claims) {
      const entry = c.factId ? `${c.factId}${c.tiedBy ? ` (${c.tie}: ${c.tiedBy})` : ''}` : c.citation ? `cited by ${c.citation}` : 'no entry';
      out.push(`  ${`${c.line}:${c.column}`.padEnd(width)}  ${STATUS_MARK[c.status]} ${c.status.padEnd(12)} ${c.kind.padEnd(8)} "${c.text}"  ${entry}${c.codes.length ? `  [${c.codes.join(', ')}]` : ''}`);
    }
    out.push(`  ${summaryLine(inventory.summary)}`, '');
  }
  return out.join('\n');
}

/** One draft's memo in the format asked for, with paths shown from the working directory. */
export function memoOf(draft: DraftClaims, format: MemoFormat, cwd: string): string | undefined {
  return renderMemo(draft.checked, format, (p) => displayPath(p, cwd));
}

export function writeMemo(path: string, text: string): void {
  writeFileSync(path, text, 'utf8');
}
