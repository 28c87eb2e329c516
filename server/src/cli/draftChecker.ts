/**
 * Checks drafts one at a time on one thread (the main thread, or each worker
 * of a parallel run), through the same core calls as the editor (STYLE rule
 * 4): factFilesForDraft, loadFacts, checkDraft. Each draft is printed at once
 * and its text dropped, so a run over thousands of drafts keeps only what it
 * prints. Drafts that use the same fact files share one FactBase.
 */
import { checkDraft, factFilesForDraft, loadFacts, type FactBase, type FactHost } from '../core';
import { renderFile, type OutputOptions, type RenderedFile } from './output';
import { diagnosticKey, displayPath, Positions, type ReportDiagnostic } from './report';

export interface CheckSettings extends OutputOptions {
  /** `--facts`: absolute paths that replace discovery for every draft; empty to discover. */
  givenFacts: string[];
}

/** A fact base as the report needs it: its files' texts and its diagnostics (in the fact files). */
export interface LoadedBase {
  files: { path: string; text: string }[];
  diagnostics: ReportDiagnostic[];
}

/** What checking one draft gave: plain data, so that it crosses from a worker as it is. */
export type DraftOutcome =
  | { path: string; unreadable: true }
  | CheckedDraft;

export interface CheckedDraft {
  path: string;
  unreadable: false;
  /** The fact files the draft uses, as one key (paths joined by newlines). */
  baseKey: string;
  /** The base, when this thread loaded it for this draft (the first of its drafts to use it). */
  base?: LoadedBase;
  /** Diagnostics the check placed in another file than the draft (listed under that file). */
  elsewhere: ReportDiagnostic[];
  /** The draft's own diagnostics, printed. */
  rendered: RenderedFile;
}

export class DraftChecker {
  private readonly bases = new Map<string, FactBase>();
  /** Fact files' texts for the life of the checker, plus the draft being printed. */
  private readonly texts = new Map<string, string>();
  private readonly positions = new Positions(this.texts);

  constructor(
    private readonly host: FactHost,
    private readonly settings: CheckSettings,
  ) {}

  check(path: string): DraftOutcome {
    const text = (this.host.readDraft ?? this.host.readFile).call(this.host, path);
    if (text === undefined) return { path, unreadable: true };
    const draft = { path, text };
    const { givenFacts } = this.settings;
    const discovery =
      givenFacts.length > 0 ? { paths: [...givenFacts], diagnostics: [] } : factFilesForDraft(draft, this.host);
    const baseKey = discovery.paths.join('\n');
    let base = this.bases.get(baseKey);
    let loaded: LoadedBase | undefined;
    if (!base) {
      base = loadFacts(discovery.paths, this.host);
      this.bases.set(baseKey, base);
      const files = base.files.map((f) => ({ path: f.path, text: f.text }));
      for (const file of files) if (!this.texts.has(file.path)) this.texts.set(file.path, file.text);
      loaded = { files, diagnostics: base.diagnostics };
    }

    const result = checkDraft(draft, base);
    const found: ReportDiagnostic[] = [...discovery.diagnostics];
    if (result.skipped) found.push(notChecked(path, result.skipped));
    else found.push(...result.diagnostics);
    const own: ReportDiagnostic[] = [];
    const elsewhere: ReportDiagnostic[] = [];
    const seen = new Set<string>();
    for (const d of found) {
      const key = diagnosticKey(d);
      if (seen.has(key)) continue;
      seen.add(key);
      (d.file === path ? own : elsewhere).push(d);
    }
    // Discovery's and the checks' diagnostics merge into one list in order of
    // position; the sort is stable, so the core's own order stands on ties.
    own.sort((a, b) => a.start - b.start);

    const known = this.texts.has(path);
    if (!known) this.texts.set(path, text);
    const file = { path, display: displayPath(path, this.settings.cwd), facts: discovery.paths, diagnostics: own };
    const rendered: RenderedFile = { ...renderFile(file, this.positions, this.settings), ...(discovery.paths.length === 0 ? { withoutFacts: true } : {}) };
    if (!known) {
      this.texts.delete(path);
      this.positions.forget(path);
    }
    return { path, unreadable: false, baseKey, ...(loaded ? { base: loaded } : {}), elsewhere, rendered };
  }
}

/** The one diagnostic of a draft the core did not check (binary content), at its start. */
function notChecked(path: string, why: string): ReportDiagnostic {
  return { file: path, code: 'not-checked', severity: 'information', start: 0, end: 0, message: `Not checked: ${why}.` };
}
