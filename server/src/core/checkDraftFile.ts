/**
 * "Check this draft on this host": the one entry point every front end
 * calls (the language server, the CLI, the corpus test, the test helper), so
 * that they cannot drift (issue 13). It reads the draft through the host,
 * finds its fact files, loads them through one cache, checks the draft, and
 * decides once whether a draft is not checked at all (binary data, or longer
 * than the front end allows), with one notice code that every front end
 * reports.
 */
import { checkDraft, type CheckOptions, type DraftCheckResult } from './checkDraft';
import type { CoreDiagnostic } from './diagnostic';
import type { FactBaseCache } from './factBaseCache';
import type { FactBase } from './facts/factBase';
import { factFilesForDraft, type FactDiscovery } from './facts/discovery';
import type { FactHost } from './host';

/** The code of the one notice on a draft that was not checked; outside SPEC section 4's table, as no check makes it. */
export const NOT_CHECKED = 'not-checked';

export interface DraftFileOptions extends CheckOptions {
  /** The draft's text when the caller has it (an open document); read through the host otherwise. */
  text?: string;
  /** Fact files that replace discovery for the draft (the CLI's `--facts`). */
  givenFacts?: readonly string[];
  /** Fact files added after the discovered ones (the editor's `opedFacts.factFiles`). */
  extraFacts?: readonly string[];
  /** Where discovery's walk up stops (the workspace folder). */
  root?: string;
  /** The draft's fact files as the caller already found them (`discoverFactFiles`), so they are not looked for twice. */
  discovery?: FactDiscovery;
  /** A draft longer than `chars` characters is not checked; `rule` names the limit for the notice. */
  sizeLimit?: { chars: number; rule: string };
}

/** The notice on a draft that was not checked, at its start. */
export interface NotCheckedNotice {
  code: typeof NOT_CHECKED;
  start: 0;
  end: 0;
  /** "Not checked: <why>." */
  message: string;
}

export interface DraftFileCheck {
  path: string;
  /** The draft's text; undefined when the host could not read it. */
  text: string | undefined;
  /** The fact files the draft uses, in merge order. */
  factPaths: string[];
  facts: FactBase;
  /** Diagnostics in the draft (discovery's and the checks'), by offset; fact-file diagnostics are in `facts`. */
  diagnostics: CoreDiagnostic[];
  result: DraftCheckResult;
  /** Present when the draft was not checked: say so, once, with this notice. */
  notChecked?: NotCheckedNotice;
}

const EMPTY: DraftCheckResult = { diagnostics: [], claims: [], sentences: [], cancelled: false };

/** Checks the draft at `path` against the fact files it uses, loaded through `cache`. */
export function checkDraftFile(path: string, host: FactHost, cache: FactBaseCache, options: DraftFileOptions = {}): DraftFileCheck {
  const text = options.text ?? (host.readDraft ?? host.readFile).call(host, path);
  if (text === undefined) return { path, text, factPaths: [], facts: cache.get([]), diagnostics: [], result: EMPTY };
  const { sizeLimit } = options;
  if (sizeLimit && text.length > sizeLimit.chars) {
    return notChecked(path, text, cache, `this draft is ${Math.round(text.length / 1024)} KB, above ${sizeLimit.rule}`);
  }
  const draft = { path, text };
  const discovery = options.discovery ?? discoverFactFiles(draft, host, options);
  const facts = cache.get(discovery.paths);
  const result = checkDraft(draft, facts, options);
  if (result.skipped) return { ...notChecked(path, text, cache, result.skipped), factPaths: discovery.paths, facts };
  // Discovery's and the checks' diagnostics in one list by position; the sort is stable, so the core's own order stands on ties.
  const diagnostics = [...discovery.diagnostics, ...result.diagnostics].sort((a, b) => a.start - b.start);
  return { path, text, factPaths: discovery.paths, facts, diagnostics, result };
}

/** The fact files a draft uses under these options: those given (`--facts`), or those discovery finds plus the extra ones. */
export function discoverFactFiles(draft: { path: string; text: string }, host: FactHost, options: Pick<DraftFileOptions, 'givenFacts' | 'extraFacts' | 'root'>): FactDiscovery {
  if (options.givenFacts && options.givenFacts.length > 0) return { paths: [...options.givenFacts], diagnostics: [] };
  return factFilesForDraft(draft, host, { ...(options.root ? { root: options.root } : {}), extraFacts: [...(options.extraFacts ?? [])] });
}

function notChecked(path: string, text: string, cache: FactBaseCache, why: string): DraftFileCheck {
  return { path, text, factPaths: [], facts: cache.get([]), diagnostics: [], result: EMPTY, notChecked: { code: NOT_CHECKED, start: 0, end: 0, message: `Not checked: ${why}.` } };
}
