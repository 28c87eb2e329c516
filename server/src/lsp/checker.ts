import { setImmediate } from 'node:timers/promises';
import { CancellationTokenSource, DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDraftFile, discoverFactFiles, factFilesForDraft, LineIndex, NOT_CHECKED, type ClaimInfo, type CoreDiagnostic, type DraftCheckResult, type DraftFileCheck, type DraftFileOptions, type FactBase, type FactDiscovery, type Logger, summaryLine, type ClaimInventory } from '../core';
import { DIAGNOSTIC_SOURCE, DRAFT_SUMMARY_NOTIFICATION, type DraftSummaryParams, type Settings } from '../protocol';
import { CHECK_BUDGET_MS, CheckThread, LARGE_DRAFT, Superseded } from './checkThread';
import { countBySeverity, toLspDiagnostics, type DiagnosticData } from './diagnostics';
import { draftExtras } from './diagnosticExtras';
import type { FactsCache } from './factsCache';
import type { LspHost } from './host';
import { isFactFilePath, isInside, pathOf, uriOf } from './paths';
import { disabledCodes, type SettingsCache } from './settings';

/** Where a check that ran past its budget stopped: one information diagnostic there, saying what was not read. */
function stoppedNotice(text: string, from: number): Diagnostic {
  const at = new LineIndex(text).positionAt(from);
  const kb = Math.max(1, Math.round((text.length - from) / 1024));
  return {
    range: { start: at, end: at },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: `Not checked from here on: reading this draft for claims took longer than ${CHECK_BUDGET_MS / 1000} seconds, so its last ${kb} KB were not checked. Splitting it into shorter drafts, or paragraphs, lets every part be checked.`,
  };
}

/**
 * The most diagnostics published for one draft. Past a few thousand an
 * editor gains nothing a writer can use, and the one message that carries
 * them takes the server's event loop long enough to hold hovers back
 * (issue 12: 17,000 took 0.5 s to send); the rest are said in one notice.
 */
export const MAX_PUBLISHED = 3_000;

/** The first MAX_PUBLISHED diagnostics and, when there are more, one notice where the rest begin. */
function publishedPart(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_PUBLISHED) return diagnostics;
  const shown = diagnostics.slice(0, MAX_PUBLISHED);
  const at = diagnostics[MAX_PUBLISHED]!.range.start;
  const more = diagnostics.length - MAX_PUBLISHED;
  shown.push({
    range: { start: at, end: at },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: `${MAX_PUBLISHED.toLocaleString('en-GB')} problems are shown in this draft; ${more.toLocaleString('en-GB')} more from line ${at.line + 1} on are not, so that the editor stays responsive. \`oped-facts check\` lists them all.`,
  });
  return shown;
}

/** The last check of a draft: what code actions, hovers and references read. */
export interface DraftState {
  uri: string;
  version: number | undefined;
  text: string;
  result: DraftCheckResult;
  facts: FactBase;
  factPaths: string[];
  diagnostics: Diagnostic[];
  /** The core's diagnostics in the draft, discovery's included (what the memo lists, as the CLI's does). */
  draftDiagnostics: CoreDiagnostic[];
  /** What the status bar shows for the draft (counted as the CLI counts). */
  summary: DraftSummaryParams;
}

/**
 * Checks drafts and fact files and publishes their diagnostics. An edit
 * cancels the check it makes stale; a result is published only if the
 * document is still at the version that was checked.
 */
export class Checker {
  private readonly pending = new Map<string, { timer?: NodeJS.Timeout; source: CancellationTokenSource }>();
  /** The last check of each draft, by URI. */
  readonly drafts = new Map<string, DraftState>();
  /** Fact files whose diagnostics are published, so they can be cleared. */
  private readonly publishedFacts = new Map<string, string>();
  /** Each fact file's diagnostics as last published, for counting. */
  private readonly factDiagnostics = new Map<string, Diagnostic[]>();
  /** Called after each draft check with its duration (for the status item). */
  onChecked: (ms: number) => void = () => undefined;
  /** Called after a draft's diagnostics are published (the ✓ hints are asked for again). */
  onPublished: (uri: string) => void = () => undefined;
  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly host: LspHost,
    private readonly facts: FactsCache,
    private readonly settings: SettingsCache,
    private readonly logger: Logger,
    /** Where large drafts are checked. */
    private readonly thread: CheckThread,
  ) {}

  /** Checks a document after the configured debounce, cancelling a check already waiting for it. */
  schedule(doc: TextDocument): void {
    this.cancel(doc.uri);
    const entry: { timer?: NodeJS.Timeout; source: CancellationTokenSource } = { source: new CancellationTokenSource() };
    this.pending.set(doc.uri, entry);
    void this.settings.get(doc.uri).then((settings) => {
      if (entry.source.token.isCancellationRequested) return;
      entry.timer = setTimeout(() => {
        this.pending.delete(doc.uri);
        void this.checkOpen(doc.uri, entry.source);
      }, settings.debounceMs);
    });
  }

  cancel(uri: string): void {
    const p = this.pending.get(uri);
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    p.source.cancel();
    this.pending.delete(uri);
  }

  /** Checks every open document again (settings or fact files changed). */
  recheckAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc);
  }

  /**
   * A fact file changed, appeared or went: drop the bases that hold it and
   * check every open document again, since a new fact file can change which
   * files other drafts discover, not only the drafts that used it.
   */
  factFilesChanged(paths: readonly string[]): void {
    this.facts.invalidate(paths);
    this.recheckAll();
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.drafts.delete(uri);
    if (!isFactFilePath(pathOf(uri))) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async checkOpen(uri: string, source: CancellationTokenSource): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc || source.token.isCancellationRequested) return;
    const settings = await this.settings.get(uri);
    const version = doc.version;
    try {
      if (isFactFilePath(pathOf(uri))) await this.checkFactDocument(doc, settings);
      else {
        const state = await this.checkDraftText(uri, doc.getText(), version, settings, source);
        if (!state || this.documents.get(uri)?.version !== version) return;
        this.drafts.set(uri, state);
        await this.connection.sendDiagnostics({ uri, version, diagnostics: state.diagnostics });
        void this.connection.sendNotification(DRAFT_SUMMARY_NOTIFICATION, state.summary);
        this.onPublished(uri);
      }
    } catch (error) {
      this.logger.log('error', 'check', { uri, error: String(error instanceof Error ? error.stack : error) });
    }
  }

  /**
   * Checks a draft's text (open or from disk) and publishes its fact files'
   * diagnostics; undefined when cancelled or replaced by a newer version. A
   * large draft is checked on the check thread, so the server answers
   * everything else meanwhile.
   */
  async checkDraftText(uri: string, text: string, version: number | undefined, settings: Settings, source?: CancellationTokenSource): Promise<DraftState | undefined> {
    const path = pathOf(uri);
    const root = this.host.folders.find((f) => isInside(path, f));
    if (!settings.enable) return this.emptyState(uri, text, version);
    const began = Date.now();
    const options: DraftFileOptions = {
      text,
      ...(root ? { root } : {}),
      extraFacts: extraFactPaths(settings, root),
      sizeLimit: { chars: settings.maxDraftSizeKb * 1024, rule: `opedFacts.maxDraftSizeKb (${settings.maxDraftSizeKb} KB)` },
      disabled: disabledCodes(settings),
      logger: this.logger,
      ...(source ? { token: source.token } : {}),
    };
    let checked: DraftFileCheck;
    try {
      // Found once here: large fact files load on the check thread, then checkDraftFile finds them loaded.
      options.discovery = discoverFactFiles({ path, text }, this.host, options);
      await this.facts.ready(options.discovery.paths);
      if (source?.token.isCancellationRequested) return undefined;
      checked = text.length > LARGE_DRAFT && text.length <= options.sizeLimit!.chars ? await this.checkOnThread(path, options.discovery, options) : checkDraftFile(path, this.host, this.facts, options);
    } catch (error) {
      if (error instanceof Superseded) return undefined;
      throw error;
    }
    if (checked.result.cancelled || source?.token.isCancellationRequested) return undefined;
    if (checked.notChecked) return this.notChecked(uri, text, version, checked.notChecked.message);
    const { facts, result } = checked;
    const afterCheck = Date.now();
    this.publishFacts(facts, settings);
    const texts = (p: string): string | undefined => facts.files.find((f) => f.path === p)?.text;
    const extras = (d: CoreDiagnostic, index: LineIndex): ReturnType<typeof draftExtras> => draftExtras(d, result.claims, result.sentences, facts, index);
    const diagnostics: Diagnostic[] = [];
    if (text.length > LARGE_DRAFT) {
      // In slices, a turn of the event loop between them, so hovers and edits are answered meanwhile.
      const index = new LineIndex(text);
      for (let i = 0; i < checked.diagnostics.length; i += 1_000) {
        diagnostics.push(...toLspDiagnostics(checked.diagnostics.slice(i, i + 1_000), index, settings, texts, extras));
        await setImmediate();
      }
    } else diagnostics.push(...toLspDiagnostics(checked.diagnostics, text, settings, texts, extras));
    if (result.stopped) diagnostics.push(stoppedNotice(text, result.stopped.from));
    if (text.length > LARGE_DRAFT) this.logger.log('debug', 'large draft', { path, checkMs: afterCheck - began, convertMs: Date.now() - afterCheck, diagnostics: diagnostics.length });
    this.onChecked(Date.now() - began);
    // The status bar counts every problem, as the CLI does; the editor is sent the first MAX_PUBLISHED.
    const summary = this.summarise(uri, diagnostics, facts, checked.factPaths, result.inventory);
    return { uri, version, text, result, facts, factPaths: checked.factPaths, diagnostics: publishedPart(diagnostics), draftDiagnostics: checked.diagnostics, summary };
  }

  /**
   * A large draft, checked by checkDraftFile on the check thread against the
   * texts of the fact files found here (so an unsaved one counts); front
   * matter's problems with them are found here too.
   */
  private async checkOnThread(path: string, discovery: FactDiscovery, options: DraftFileOptions): Promise<DraftFileCheck> {
    const text = options.text!;
    const facts = this.facts.get(discovery.paths);
    const factFiles = facts.files.map((f) => ({ path: f.path, text: f.text }));
    const { result, notChecked } = await this.thread.check({ path, text, factFiles, disabled: [...(options.disabled ?? [])] });
    const diagnostics = [...discovery.diagnostics, ...result.diagnostics].sort((a, b) => a.start - b.start);
    return { path, text, factPaths: discovery.paths, facts, diagnostics, result, ...(notChecked ? { notChecked } : {}) };
  }

  /** The draft's counts as the CLI gives them for this draft alone: its own diagnostics and its fact files'. */
  private summarise(uri: string, diagnostics: readonly Diagnostic[], facts: FactBase, factPaths: readonly string[], inventory?: ClaimInventory): DraftSummaryParams {
    const counts = countBySeverity([diagnostics, ...facts.files.map((f) => this.factDiagnostics.get(uriOf(f.path)) ?? [])]);
    const broken = facts.files.find((f) => !f.parsed);
    const coverage = inventory ? { coverage: inventory.summary, coverageLine: summaryLine(inventory.summary) } : {};
    return { uri, checked: true, ...counts, ...coverage, ...(broken ? { brokenFactFile: broken.path.slice(broken.path.lastIndexOf('/') + 1) } : {}), ...(factPaths.length === 0 ? { withoutFacts: true } : {}) };
  }

  private emptyState(uri: string, text: string, version: number | undefined, reason = 'Op-Ed Facts is turned off for this folder (opedFacts.enable)'): DraftState {
    return {
      uri, version, text, result: { diagnostics: [], claims: [], sentences: [], cancelled: false }, facts: this.facts.get([]), factPaths: [], diagnostics: [], draftDiagnostics: [],
      summary: { uri, checked: false, reason, errors: 0, warnings: 0, information: 0 },
    };
  }

  /** One information diagnostic at the top saying why a draft was not checked. */
  private notChecked(uri: string, text: string, version: number | undefined, message: string): DraftState {
    const state = this.emptyState(uri, text, version, message.replace(/^Not checked: /, '').replace(/\.$/, ''));
    state.diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code: NOT_CHECKED, message }];
    return state;
  }

  /** An open fact file is checked with the other fact files of its folder (SPEC section 1). */
  private async checkFactDocument(doc: TextDocument, settings: Settings): Promise<void> {
    const path = pathOf(doc.uri);
    const paths = this.factFilesOfFolder(path);
    let facts: FactBase;
    try {
      facts = await this.facts.ready(paths);
    } catch (error) {
      if (error instanceof Superseded) return;
      throw error;
    }
    if (this.documents.get(doc.uri)?.version === doc.version) this.publishFacts(facts, settings);
  }

  /** The fact files merged with this one: every fact file of its folder. */
  factFilesOfFolder(path: string): string[] {
    const folder = path.slice(0, path.lastIndexOf('/'));
    const found = factFilesForDraft({ path: `${folder}/.oped-facts.md`, text: '' }, this.host, { root: folder }).paths;
    return found.includes(path) ? found : [...found, path].sort();
  }

  /** Publishes each fact file's diagnostics (only when they changed). */
  publishFacts(facts: FactBase, settings: Settings): void {
    for (const file of facts.files) {
      const mine = facts.diagnostics.filter((d) => d.file === file.path);
      const diagnostics = toLspDiagnostics(mine, file.text, settings, (p) => facts.files.find((f) => f.path === p)?.text);
      const uri = uriOf(file.path);
      this.factDiagnostics.set(uri, diagnostics);
      const key = JSON.stringify(diagnostics);
      if (this.publishedFacts.get(uri) === key) continue;
      this.publishedFacts.set(uri, key);
      const open = this.documents.get(uri);
      void this.connection.sendDiagnostics({ uri, ...(open ? { version: open.version } : {}), diagnostics });
    }
  }

  /** A fact file's counts as last published (for the workspace check, which counts each fact file once). */
  factFileCounts(path: string): DraftSummaryParams {
    return { uri: uriOf(path), checked: true, ...countBySeverity([this.factDiagnostics.get(uriOf(path)) ?? []]) };
  }

  /**
   * The state of a draft: the open one's last check, or a fresh check of a
   * file on disk. A large open draft answers from its last check even when
   * newer edits are being checked, so a hover never waits for the check
   * thread (issue 12).
   */
  async stateOf(uri: string): Promise<DraftState | undefined> {
    const open = this.documents.get(uri);
    const state = this.drafts.get(uri);
    if (open && state && state.version === open.version) return state;
    if (open && open.getText().length > LARGE_DRAFT) return state;
    const settings = await this.settings.get(uri);
    const text = open?.getText() ?? this.host.readDraft(pathOf(uri));
    if (text === undefined) return undefined;
    return this.checkDraftText(uri, text, open?.version, settings);
  }

  /** The claim under an offset of a draft's last check. */
  claimAtOffset(state: DraftState, offset: number): ClaimInfo | undefined {
    return state.result.claims.find((c) => c.start <= offset && offset <= c.end);
  }
}

function extraFactPaths(settings: Settings, root: string | undefined): string[] {
  return settings.factFiles.map((f) => (f.startsWith('/') || !root ? f : `${root}/${f}`));
}

export type { DiagnosticData };
