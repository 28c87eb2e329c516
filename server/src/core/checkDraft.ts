import { claimInfos, type ClaimInfo } from './claims/claimInfo';
import { claimInventory, type ClaimInventory } from './inventory';
import { buildLexicon, readClaims, type Lexicon } from './claims/readClaims';
import { tieClaims } from './claims/tie';
import { DRAFT_CHECKS } from './checks';
import { makeDraftContext, type Finding } from './checks/draftCheck';
import { severityFor, type Code } from './codes';
import type { CoreDiagnostic } from './diagnostic';
import { readDraft } from './draft/draft';
import { emptyFactBase, type FactBase } from './facts/factBase';
import { neverCancelled, silentLogger, type CancellationToken, type Logger } from './host';

/** A draft as the core sees it: its path (absolute, forward slashes) and text. */
export interface DraftInput {
  path: string;
  text: string;
}

/** A sentence as code actions need it: its span, and where a citation or a directive comment may go in it. */
export interface SentenceSpan {
  start: number;
  end: number;
  citeAt: number;
  directiveAt: number;
}

export interface CheckOptions {
  /** Codes that are not run (the "which checks run" setting). */
  disabled?: readonly Code[];
  logger?: Logger;
  token?: CancellationToken;
  /**
   * True once the check has run past its budget (issue 12): the claims of
   * the sentences read so far are checked, the rest of the draft is not,
   * and the result says where it stopped. The core keeps no clock of its own.
   */
  outOfTime?: () => boolean;
  /** False to leave out the claim inventory (the bench times what it costs); made by default. */
  inventory?: boolean;
  /**
   * True when only the diagnostics are wanted, as `oped-facts check` prints them: no claim
   * inventory, and `claims` and `sentences` (what hovers and code actions need) left empty.
   */
  diagnosticsOnly?: boolean;
}

export interface DraftCheckResult {
  /** Diagnostics in the draft, sorted by offset. Fact-file diagnostics are in `FactBase.diagnostics`. */
  diagnostics: CoreDiagnostic[];
  /** Every claim the draft makes and how it stands (for hovers, definitions, references). */
  claims: ClaimInfo[];
  /** The draft's sentences, with where an edit may put a citation or a directive in each (for code actions). */
  sentences: SentenceSpan[];
  /** True when the check stopped early because the token was cancelled (the result is then empty). */
  cancelled: boolean;
  /** Why the draft was not checked at all (binary content), for the front ends to say so. */
  skipped?: string;
  /** Where a check that ran past its budget stopped: the text from `from` on was not read for claims. */
  stopped?: { from: number };
  /** Every claim read, with its status (SPEC section 8); absent when the draft was not checked. */
  inventory?: ClaimInventory;
}

// A NUL character never occurs in Markdown prose: such a file is binary data under a .md name.
const BINARY = /\u0000/;

// The lexicon (mention index, groups, people) is built once per fact base.
const lexicons = new WeakMap<FactBase, Lexicon>();

function lexiconFor(facts: FactBase): Lexicon {
  let lexicon = lexicons.get(facts);
  if (!lexicon) {
    lexicon = buildLexicon(facts);
    lexicons.set(facts, lexicon);
  }
  return lexicon;
}

/**
 * Checks one draft against its facts and returns every draft diagnostic of
 * SPEC section 4, directives applied. A fact base that did not parse
 * (`usable: false`) switches off every check that needs facts (SPEC section 1).
 */
export function checkDraft(input: DraftInput, facts: FactBase, options: CheckOptions = {}): DraftCheckResult {
  const logger = options.logger ?? silentLogger;
  const token = options.token ?? neverCancelled;
  const began = Date.now();
  if (BINARY.test(input.text)) {
    logger.log('info', 'checkDraft', { path: input.path, skipped: 'binary content' });
    return { diagnostics: [], claims: [], sentences: [], cancelled: false, skipped: 'it holds binary data (NUL characters), not Markdown text' };
  }
  const base = facts.usable ? facts : emptyFactBase();
  const draft = readDraft(input.text);
  if (token.isCancellationRequested) return { diagnostics: [], claims: [], sentences: [], cancelled: true };
  const lexicon = lexiconFor(base);
  const sentences = readClaims(draft, lexicon, options.outOfTime);
  if (token.isCancellationRequested) return { diagnostics: [], claims: [], sentences: [], cancelled: true };
  const tied = tieClaims(sentences, base, lexicon);
  const ctx = makeDraftContext(input.path, draft, base, facts, sentences, tied, lexicon.groups);
  const disabled = new Set(options.disabled ?? []);
  const findings: Finding[] = [];
  for (const check of DRAFT_CHECKS) {
    if (disabled.has(check.code) || (check.needsFacts && !facts.usable)) continue;
    findings.push(...check.run(ctx));
  }
  const diagnostics = findings
    .filter((f) => !silenced(f))
    .map((f): CoreDiagnostic => ({ file: input.path, severity: f.severity ?? severityFor(f.diagnostic.code, f.diagnostic.tie), ...f.diagnostic }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  logger.log('debug', 'checkDraft', { path: input.path, sentences: sentences.length, diagnostics: diagnostics.length, ms: Date.now() - began });
  const unread = draft.sentences[sentences.length];
  const stopped = unread ? { stopped: { from: unread.start } } : {};
  if (options.diagnosticsOnly) return { diagnostics, claims: [], sentences: [], cancelled: false, ...stopped };
  const spans = draft.sentences.map(({ start, end, citeAt, directiveAt }) => ({ start, end, citeAt, directiveAt }));
  const inventory = options.inventory === false ? {} : { inventory: claimInventory(draft, base, tied, findings) };
  return { diagnostics, claims: claimInfos(tied), sentences: spans, cancelled: false, ...inventory, ...stopped };
}

function silenced(f: Finding): boolean {
  const s = f.sentence.silenced;
  return s === 'all' || s.has(f.diagnostic.code);
}
