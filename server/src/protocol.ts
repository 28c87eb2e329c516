/**
 * The custom messages between the Op-Ed Facts client and server, and the
 * settings they share. Imported by both sides (STYLE rule 13); plain data
 * only, so it pulls no LSP library into the client or the core.
 */
import type { ClaimJson, Code, InventorySummary, Severity } from './core';

/** The tool's name: the CLI's command, the server's name, SARIF's driver. */
export const TOOL_NAME = 'oped-facts';

/** The `source` of every diagnostic the server publishes; the client and code actions know ours by it. */
export const DIAGNOSTIC_SOURCE = TOOL_NAME;

/** The settings section; every setting is `opedFacts.<name>`, resource-scoped. */
export const SETTINGS_SECTION = 'opedFacts';

/** What a setting may set a code's severity to ("off" silences the code). */
export type SeverityOverride = Severity | 'hint' | 'off';

/** The settings, as the server reads them for one document (STYLE rule 12). */
export interface Settings {
  /** Check drafts and fact files at all. */
  enable: boolean;
  /** Severity per code, overriding SPEC section 4's default. */
  severity: Partial<Record<Code, SeverityOverride>>;
  /** Extra fact files for every draft, relative to the workspace folder (or absolute), merged after the discovered ones. */
  factFiles: string[];
  /** Codes that are not checked. */
  disabledChecks: Code[];
  /** The unsourced-claim check (a shortcut for disabling that code). */
  unsourcedClaims: boolean;
  /** Milliseconds to wait after an edit before checking again (0 checks at once; stale checks are cancelled either way). */
  debounceMs: number;
  /** Drafts larger than this many kilobytes are not checked (one information diagnostic says so). */
  maxDraftSizeKb: number;
  /** A quiet ✓ after each claim the fact file confirms (an inlay hint). */
  confirmationHints: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  enable: true,
  severity: {},
  factFiles: [],
  disabledChecks: [],
  unsourcedClaims: true,
  debounceMs: 0,
  maxDraftSizeKb: 2048,
  confirmationHints: true,
};

/** `initializationOptions` (client -> server): whether the workspace is trusted; untrusted, nothing outside the workspace folders is read. */
export interface InitializationOptions {
  trusted?: boolean;
  /**
   * The editor shows a diagnostic's message in the same hover as the fact
   * card (VS Code does; Neovim and Emacs do not): the card then leaves out
   * the verdict and reason the message above it already gives, so the card
   * fits its box (issue 11).
   */
  hoverShowsDiagnostics?: boolean;
}

/** `workspace/executeCommand` command (client -> server): check every draft in the workspace, open or not. Returns CheckWorkspaceResult. */
export const CHECK_WORKSPACE_COMMAND = 'opedFacts.server.checkWorkspace';

export interface CheckWorkspaceResult {
  drafts: number;
  /** Counted as the CLI counts them: every draft's diagnostics and every fact file's, each file once. */
  errors: number;
  warnings: number;
  information: number;
  /** Drafts not checked at all (too large, binary): they have no counts. */
  notChecked: number;
}

/** Notification (server -> client) while checking the workspace: how far it has got. */
export const CHECK_PROGRESS_NOTIFICATION = 'opedFacts/checkProgress';

export interface CheckProgressParams {
  done: number;
  total: number;
}

/** Request (client -> server): the fact files a draft uses, as URIs. */
export const FACT_FILES_REQUEST = 'opedFacts/factFiles';

export interface FactFilesParams {
  uri: string;
}

export interface FactFilesResult {
  uris: string[];
}

/** Notification (server -> client): the server's state, for the language status item. */
export const STATUS_NOTIFICATION = 'opedFacts/status';

export interface StatusParams {
  state: 'ok' | 'warning' | 'error';
  /** What went wrong, when the state is not ok. */
  message?: string;
  /** How long the last check of a draft took, in milliseconds. */
  lastCheckMs?: number;
}

/**
 * Notification (server -> client) after each check of a draft: what the
 * status bar shows for it, counted as the CLI counts (the draft's
 * diagnostics and its fact files'), or why it was not checked.
 */
export const DRAFT_SUMMARY_NOTIFICATION = 'opedFacts/draftSummary';

export interface DraftSummaryParams {
  uri: string;
  /** False when the draft was not checked (too large, binary, turned off). */
  checked: boolean;
  /** Why it was not checked, in a writer's words. */
  reason?: string;
  errors: number;
  warnings: number;
  information: number;
  /** A fact file of the draft that does not parse: its facts are not checked until it is mended. */
  brokenFactFile?: string;
  /** No fact file at all: only the checks that need none ran. */
  withoutFacts?: boolean;
  /** How the draft's claims stand (SPEC section 8): what the status bar's ✓ ✗ ? show. */
  coverage?: InventorySummary;
  /** "14 claims: 11 confirmed, 1 cited, 1 unsourced, 1 contradicted". */
  coverageLine?: string;
}

/**
 * Request (client -> server): a draft's claim inventory (SPEC section 8),
 * for the Claims view and any editor that asks. Each claim is in the JSON
 * shape of `oped-facts claims --format json`, plus its LSP range, its fact
 * card (Markdown) and its fix value.
 */
export const CLAIMS_REQUEST = 'opedFacts/claims';

export interface ClaimsParams {
  uri: string;
}

export interface ClaimsResult {
  uri: string;
  /** False when the draft was not checked (too large, binary, turned off). */
  checked: boolean;
  /** The fact files the draft uses, as URIs. */
  facts: string[];
  claims: (ClaimJson & { range: { start: { line: number; character: number }; end: { line: number; character: number } }; card?: string; expected?: string })[];
  summary: InventorySummary;
  summaryLine: string;
}

/** Request (client -> server): a fact file started from a draft (the values as the draft states them), or why not. */
export const START_FACT_FILE_REQUEST = 'opedFacts/startFactFile';

export interface StartFactFileParams {
  uri: string;
}

export type StartFactFileResult =
  | { ok: true; uri: string; text: string; events: number; people: number; figures: number }
  | { ok: false; reason: string };

/** Request (client -> server): a draft's fact-check memo (SPEC section 8), for "Export fact-check memo". */
export const MEMO_REQUEST = 'opedFacts/memo';

export interface MemoParams {
  uri: string;
  format: 'md' | 'html';
}

export type MemoResult =
  | { ok: true; text: string; summaryLine: string }
  | { ok: false; reason: string };
