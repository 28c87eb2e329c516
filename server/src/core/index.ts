/**
 * The checking core's facade: every front end (CLI, language server, tests)
 * calls these and nothing deeper (STYLE rule 4). Nothing under core/ imports
 * vscode, vscode-languageserver* or node:fs.
 */
export { CODES, ALL_CODES, docsAnchor, severityFor } from './codes';
export type { Code, CodeInfo, Severity } from './codes';
export type { CoreDiagnostic, Fix, TextEdit, RelatedLocation } from './diagnostic';
export type { FactHost, Logger, LogLevel, CancellationToken } from './host';
export { silentLogger, neverCancelled } from './host';
export { LineIndex } from './text/lineIndex';
export type { Position } from './text/lineIndex';
export type { FactBase, FactEntry, FactFile, Section } from './facts/factBase';
export { emptyFactBase } from './facts/factBase';
export { readFrontMatter } from './draft/frontMatter';
export type { FrontMatter } from './draft/frontMatter';
/** Loads, validates and merges fact files: `loadFacts(paths, host)`. */
export { loadFacts } from './loadFacts';
/** Which files are fact files, by name: one rule for every front end and package.json. */
export { DEFAULT_FACT_FILE_NAME, FACT_FILE_GLOBS, FACT_FILE_NAME, FACT_FILE_PATTERNS, isFactFileName, YAML_FACT_FILE_NAME } from './facts/factFileNames';
/** Finds the fact files a draft uses (SPEC section 1): `factFilesForDraft(draft, host, options)`. */
export { factFilesForDraft } from './facts/discovery';
export type { FactDiscovery, DiscoveryOptions } from './facts/discovery';
/** Checks a draft on a host, the one entry point of every front end: `checkDraftFile(path, host, cache, options)`. */
export { checkDraftFile, discoverFactFiles, NOT_CHECKED } from './checkDraftFile';
export type { DraftFileCheck, DraftFileOptions, NotCheckedNotice } from './checkDraftFile';
/** Loaded fact bases shared by the drafts that use the same fact files. */
export { FactBaseCache } from './factBaseCache';
/** Checks one draft against its facts: `checkDraft(draft, facts, options, token)`. */
export { checkDraft } from './checkDraft';
export type { DraftInput, CheckOptions, DraftCheckResult, SentenceSpan } from './checkDraft';
export type { ClaimInfo, ClaimValues } from './claims/claimInfo';
/** The claim inventory (SPEC section 8): every claim with its status, made with the diagnostics. */
export { CLAIM_STATUSES, emptyInventorySummary, summaryLine } from './inventory';
export type { ClaimInventory, ClaimStatus, InventoryClaim, InventorySummary } from './inventory';
export { claimsAsJson } from './inventoryJson';
/** The fact-check memo (SPEC section 8) a desk editor reads: `renderMemoMarkdown(input)`, `renderMemoHtml(input)`. */
export { renderMemo, renderMemoHtml, renderMemoMarkdown } from './memo';
export type { MemoInput } from './memo';
export type { ClaimJson } from './inventoryJson';
export { isSourced } from './claims/tie';
/** Adds an entry to a fact file's text, keeping it parsing and schema-valid: `insertEntry(path, text, section, entry)`. */
export { insertEntry } from './edits/factEdits';
export type { NewEntry, EntryInsert } from './edits/factEdits';
/** Applies every known fix to a draft, in rounds until nothing changes: `fixDraft(draft, facts)`. */
export { fixDraft, applyEdits } from './edits/applyFixes';
export type { FixedDraft, AppliedFix } from './edits/applyFixes';
/** A fact file started from a draft, values as the draft states them: `startFactFile(text, from)`. */
export { startFactFile, planStartFactFile } from './edits/startFactFile';
export type { StartedFactFile, StartPlan } from './edits/startFactFile';
