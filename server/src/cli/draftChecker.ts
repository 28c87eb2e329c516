/**
 * Checks drafts one at a time on one thread (the main thread, or each worker
 * of a parallel run), through the core's one entry point, as the editor
 * does (STYLE rule 4): checkDraftFile. Each draft is printed at once and its
 * text dropped, so a run over thousands of drafts keeps only what it prints.
 * Drafts that use the same fact files share one FactBase.
 */
import { checkDraftFile, FactBaseCache, type FactHost } from '../core';
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
  private readonly bases: FactBaseCache;
  /** The fact-file lists whose diagnostics this thread has reported. */
  private readonly reported = new Set<string>();
  /** Fact files' texts for the life of the checker, plus the draft being printed. */
  private readonly texts = new Map<string, string>();
  private readonly positions = new Positions(this.texts);

  constructor(
    private readonly host: FactHost,
    private readonly settings: CheckSettings,
  ) {
    this.bases = new FactBaseCache(host);
  }

  check(path: string): DraftOutcome {
    // `check` reports diagnostics only: the claim inventory (`claims`, `memo`) and the editor's hover data are left out.
    const checked = checkDraftFile(path, this.host, this.bases, { givenFacts: this.settings.givenFacts, diagnosticsOnly: true });
    const { text } = checked;
    if (text === undefined) return { path, unreadable: true };
    const discovery = { paths: checked.factPaths };
    const baseKey = discovery.paths.join('\n');
    let loaded: LoadedBase | undefined;
    if (!this.reported.has(baseKey)) {
      // The first draft of this thread to use these fact files lists their diagnostics.
      this.reported.add(baseKey);
      const files = checked.facts.files.map((f) => ({ path: f.path, text: f.text }));
      for (const file of files) if (!this.texts.has(file.path)) this.texts.set(file.path, file.text);
      loaded = { files, diagnostics: checked.facts.diagnostics };
    }

    const found: ReportDiagnostic[] = checked.notChecked ? [{ ...checked.notChecked, file: path, severity: 'information' }] : checked.diagnostics;
    const own: ReportDiagnostic[] = [];
    const elsewhere: ReportDiagnostic[] = [];
    const seen = new Set<string>();
    for (const d of found) {
      const key = diagnosticKey(d);
      if (seen.has(key)) continue;
      seen.add(key);
      (d.file === path ? own : elsewhere).push(d);
    }

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
