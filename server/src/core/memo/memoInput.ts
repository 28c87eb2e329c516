/**
 * What the fact-check memo (SPEC section 8) says, read once from a checked
 * draft, so that the Markdown and the HTML renderers cannot say different
 * things: they only lay out and escape the `Memo` made here. All text in a
 * `Memo` is raw (as the draft or the fact file has it); each renderer
 * escapes it for its own format.
 */
import type { CoreDiagnostic } from '../diagnostic';
import { readDraft, type Citation, type Draft, type Sentence } from '../draft/draft';
import type { Directive } from '../draft/directives';
import { readFrontMatter } from '../draft/frontMatter';
import type { FactBase, FactDate } from '../facts/factBase';
import { MONTHS } from '../grammar/words';
import { summaryLine, type ClaimInventory, type ClaimStatus, type InventoryClaim } from '../inventory';
import { LineIndex } from '../text/lineIndex';

/** Everything a memo is made from: one checked draft (what `checkDraftFile` returns, with display paths). */
export interface MemoInput {
  /** The draft's path as the reader should see it (relative to the working directory). */
  draft: string;
  text: string;
  /** The fact files used, as display paths, in merge order. */
  factFiles: string[];
  facts: FactBase;
  inventory: ClaimInventory;
  /** The draft's own diagnostics (not the fact files'). */
  diagnostics: CoreDiagnostic[];
}

/** The memo's heading: the draft's title, and its publication date (YYYY-MM-DD) when the front matter gives one. */
export interface MemoHeading {
  title: string;
  date?: string;
}

/** A source that backs a claim, as the fact file describes it. */
export interface MemoSource {
  id: string;
  /** Its headline, or its id when it has none. */
  title: string;
  /** An http(s) address, the only kind that becomes a link. */
  url?: string;
  /** Any other address as written (a file name, an archive reference): shown, never linked. */
  location?: string;
  publisher?: string;
  /** In words: "9 October 2024". */
  date?: string;
  accessed?: string;
  locator?: string;
  quote?: string;
}

export interface MemoClaim {
  /** 1-based line of the claim's first character. */
  line: number;
  status: ClaimStatus;
  /** The claim's words as the draft has them. */
  text: string;
  /** The sentence it stands in, comments left out and white space folded. */
  sentence: string;
  entry?: { id: string; name?: string };
  /** What the fact file says about it ("23 residents were killed"). */
  factText?: string;
  citation: Citation | null;
  sources: MemoSource[];
}

/** One thing wrong with a claim (or with a sentence, where no claim carries it). */
export interface MemoProblem {
  message: string;
  /** The quick fix: the words to replace and what to put in. */
  fix?: { from: string; to: string };
}

/** An item under "To resolve": a contradicted or unsourced claim, or a problem that sits on no claim. */
export interface ResolveItem {
  line: number;
  claim?: MemoClaim;
  /** The sentence the problem is in, or for one outside the prose (a front-matter line) that line's text. */
  sentence: string;
  where: 'sentence' | 'line';
  problems: MemoProblem[];
}

/** The claims of one paragraph (or heading, or table row), in document order. */
export interface MemoParagraph {
  kind: 'paragraph' | 'heading' | 'tableRow';
  line: number;
  /** Its first few words, so an editor can find it. */
  opening: string;
  claims: MemoClaim[];
}

/** A directive comment as written, where it is, and what it silences in words. */
export interface MemoDirective {
  text: string;
  line: number;
  silences: string;
}

export interface IgnoredItem {
  claim: MemoClaim;
  directives: MemoDirective[];
}

export interface Memo {
  heading: MemoHeading;
  draft: string;
  factFiles: string[];
  /** False when a fact file did not parse: then no claim was checked against the facts (SPEC section 1). */
  factsUsable: boolean;
  /** `summaryLine` of the inventory. */
  summary: string;
  toResolve: ResolveItem[];
  checked: MemoParagraph[];
  ignored: IgnoredItem[];
}

/** The status of a claim in the words a desk editor reads. */
export const STATUS_WORDS: Readonly<Record<ClaimStatus, string>> = {
  contradicted: 'Contradicted',
  confirmed: 'Confirmed',
  cited: 'Cited',
  unsourced: 'Unsourced',
  ignored: 'Ignored',
};

/** How the draft itself cites a claim's sentence. */
export const CITATION_WORDS: Readonly<Record<Citation, string>> = {
  link: 'a link',
  footnote: 'a footnote',
  attribution: 'attribution ("according to ...")',
};

// unsourced-claim sits on a sentence's first claim only (SPEC section 4); the others are unsourced for the same reason.
const UNSOURCED = 'Nothing backs this claim: its sentence cites no source, and no fact entry with a source covers it.';

/** The draft's title (front matter `title:`, else its first `# ` heading, else its file name) and date (front matter `date:`). */
export function memoHeading(input: Pick<MemoInput, 'draft' | 'text'>): MemoHeading {
  const front = readFrontMatter(input.text);
  const title = (front?.title ? plainText(front.title) : undefined) ?? firstHeading(input.text.slice(front?.end ?? 0)) ?? fileName(input.draft);
  return { title, ...(front?.date ? { date: front.date } : {}) };
}

/** "YYYY-MM-DD", "YYYY-MM" or "YYYY" in words ("28 October 2024"); anything else as written. */
export function dateInWords(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const month = m?.[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return value;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month.name} ${m[1]}` : `${month.name} ${m[1]}`;
}

/** Reads the memo's content from a checked draft. */
export function readMemo(input: MemoInput): Memo {
  const lines = new LineIndex(input.text);
  const draft = readDraft(input.text);
  const lineOf = (offset: number): number => lines.positionAt(offset).line + 1;
  const sentenceText = (span: { start: number; end: number }): string => plainText(input.text.slice(span.start, span.end));
  const claims = [...input.inventory.claims].sort((a, b) => a.start - b.start);
  const memoClaims = new Map(claims.map((c) => [c, memoClaim(c, input, lineOf(c.start), sentenceText(c.sentence))]));

  // Each diagnostic goes with the claim it sits on (a weekday with the date it is written with), or stands alone.
  const problems = new Map<InventoryClaim, CoreDiagnostic[]>();
  const loose: CoreDiagnostic[] = [];
  for (const d of input.diagnostics) {
    const on = claims.find((c) => c.codes.includes(d.code) && c.start === d.start && c.end === d.end)
      ?? (d.code === 'weekday-mismatch' ? nearestDate(claims, d) : undefined);
    if (on) problems.set(on, [...(problems.get(on) ?? []), d]);
    else loose.push(d);
  }

  const toResolve: (ResolveItem & { at: number })[] = [];
  for (const c of claims) {
    if (c.status !== 'contradicted' && c.status !== 'unsourced') continue;
    const claim = memoClaims.get(c)!;
    const found = (problems.get(c) ?? []).map((d) => problemOf(d, input.text));
    if (found.length === 0) found.push({ message: c.status === 'unsourced' ? UNSOURCED : `The fact file says ${c.factText ?? 'otherwise'}.` });
    toResolve.push({ at: c.start, line: claim.line, claim, sentence: claim.sentence, where: 'sentence', problems: found });
  }
  for (const d of loose) {
    const line = lines.positionAt(d.start).line;
    // In a sentence, or just after it on its line (a directive comment): that sentence; elsewhere (front matter) its own line.
    const s = sentenceAt(draft.sentences, d.start);
    const inSentence = s !== undefined && (d.start < s.end || lines.positionAt(s.end).line === line);
    const lineSpan = { start: lines.offsetAt({ line, character: 0 }), end: lines.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) };
    toResolve.push({ at: d.start, line: line + 1, sentence: sentenceText(inSentence ? s : lineSpan), where: inSentence ? 'sentence' : 'line', problems: [problemOf(d, input.text)] });
  }
  toResolve.sort((a, b) => a.at - b.at);

  return {
    heading: memoHeading(input),
    draft: input.draft,
    factFiles: [...input.factFiles],
    factsUsable: input.facts.usable,
    summary: summaryLine(input.inventory.summary),
    toResolve: toResolve.map(({ at: _at, ...item }) => item),
    checked: paragraphs(claims, memoClaims, draft, input.text, lineOf),
    ignored: claims.filter((c) => c.status === 'ignored').map((c) => ({ claim: memoClaims.get(c)!, directives: directivesOn(c, draft, input.text, lineOf) })),
  };
}

function memoClaim(c: InventoryClaim, input: MemoInput, line: number, sentence: string): MemoClaim {
  const entry = c.factId !== null ? input.facts.entries.get(c.factId) : undefined;
  const sources: MemoSource[] = [];
  for (const id of c.sources) {
    const s = input.facts.entries.get(id);
    if (!s) continue;
    const url = s.url !== undefined && /^https?:\/\//i.test(s.url.trim()) ? s.url.trim() : undefined;
    sources.push({
      id,
      title: s.title ?? s.name ?? id,
      ...(url ? { url } : s.url ? { location: s.url } : {}),
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.date ? { date: factDateInWords(s.date) } : {}),
      ...(s.accessed ? { accessed: dateInWords(s.accessed) } : {}),
      ...(s.locator ? { locator: s.locator } : {}),
      ...(s.quote ? { quote: s.quote } : {}),
    });
  }
  return {
    line,
    status: c.status,
    text: c.text,
    sentence,
    ...(c.factId !== null ? { entry: { id: c.factId, ...(entry?.name ? { name: entry.name } : {}) } } : {}),
    ...(c.factText !== undefined ? { factText: c.factText } : {}),
    citation: c.citation,
    sources,
  };
}

function problemOf(d: CoreDiagnostic, text: string): MemoProblem {
  // The words the quick fix replaces, and what it puts in (a qualifier it drops included: "more than 120" to "116").
  const edit = d.fix?.edits.length === 1 ? d.fix.edits[0]! : undefined;
  const fix = edit ? { from: plainText(text.slice(edit.start, edit.end)), to: edit.newText } : d.expected !== undefined ? { from: plainText(text.slice(d.start, d.end)), to: d.expected } : undefined;
  return { message: d.message, ...(fix ? { fix } : {}) };
}

/** The contradicted date of the weekday's sentence nearest to it (the inventory puts a weekday-mismatch on that date). */
function nearestDate(claims: readonly InventoryClaim[], d: CoreDiagnostic): InventoryClaim | undefined {
  const distance = (c: InventoryClaim): number => (c.start >= d.end ? c.start - d.end : Math.max(0, d.start - c.end));
  return claims
    .filter((c) => c.kind === 'date' && c.codes.includes('weekday-mismatch') && c.sentence.start <= d.start && d.end <= c.sentence.end)
    .sort((a, b) => distance(a) - distance(b))[0];
}

/** Claims grouped by the block (paragraph, heading, table row) their sentence belongs to, in document order. */
function paragraphs(claims: readonly InventoryClaim[], memoClaims: ReadonlyMap<InventoryClaim, MemoClaim>, draft: Draft, text: string, lineOf: (offset: number) => number): MemoParagraph[] {
  const result: (MemoParagraph & { block: number })[] = [];
  for (const c of claims) {
    const block = sentenceAt(draft.sentences, c.sentence.start)?.block ?? -1;
    const last = result[result.length - 1];
    if (last && last.block === block) {
      last.claims.push(memoClaims.get(c)!);
      continue;
    }
    const span = draft.prose.blocks[block] ?? c.sentence;
    result.push({
      block,
      kind: draft.prose.blocks[block]?.kind ?? 'paragraph',
      line: lineOf(span.start),
      opening: openingWords(text.slice(span.start, span.end)),
      claims: [memoClaims.get(c)!],
    });
  }
  return result.map(({ block: _block, ...p }) => p);
}

/**
 * The directives that silence an ignored claim (SPEC section 5): a
 * facts-ignore in or just after its sentence, or the facts-disable whose
 * stretch it starts in, read as `draft.ts` applies them.
 */
function directivesOn(c: InventoryClaim, draft: Draft, text: string, lineOf: (offset: number) => number): MemoDirective[] {
  const sentence = sentenceAt(draft.sentences, c.sentence.start);
  const found: MemoDirective[] = [];
  const add = (d: Directive, silences: string): void => {
    found.push({ text: text.slice(d.start, d.end), line: lineOf(d.start), silences });
  };
  let disable: Extract<Directive, { kind: 'disable' }> | undefined;
  const inStretch = (d: Directive, to: number): boolean => c.sentence.start >= d.end && c.sentence.start < to;
  for (const d of draft.directives) {
    if (d.kind === 'ignore' && sentence && sentenceAt(draft.sentences, d.start) === sentence) add(d, `${codesInWords(d.codes)} in this sentence`);
    else if (d.kind === 'disable') disable = d;
    else if (d.kind === 'enable' && disable) {
      if (inStretch(disable, d.start)) add(disable, `${codesInWords(disable.codes)} from line ${lineOf(disable.start)} to line ${lineOf(d.start)}`);
      disable = undefined;
    }
  }
  if (disable && inStretch(disable, Infinity)) add(disable, `${codesInWords(disable.codes)} from line ${lineOf(disable.start)} to the end of the draft`);
  return found;
}

function codesInWords(codes: readonly string[] | 'all'): string {
  if (codes === 'all') return 'Silences every check';
  return `Silences ${codes.length === 1 ? 'the check' : 'the checks'} ${codes.join(', ')}`;
}

/** The sentence an offset falls in, or the last one before it (as directives are placed). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const s of sentences) {
    if (s.start > offset) break;
    found = s;
  }
  return found;
}

function factDateInWords(date: FactDate): string {
  return date.from === date.to ? dateInWords(date.from) : `${dateInWords(date.from)} to ${dateInWords(date.to)}`;
}

/** Draft text as one line: comments left out, block quote markers of continued lines dropped, white space folded. */
function plainText(raw: string): string {
  return raw.replace(/<!--[\s\S]*?-->/g, ' ').replace(/(?:\r\n|\r|\n)[ \t]*(?:>[ \t]?)*/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The first words of a block, without its heading, quote or list markers. */
function openingWords(raw: string): string {
  const words = plainText(raw).replace(/^(?:#{1,6}\s+|>\s*|[-+*]\s+|\d{1,9}[.)]\s+|\|\s*)+/, '').split(' ');
  return words.length > 10 ? `${words.slice(0, 10).join(' ')} ...` : words.join(' ');
}

/** The first level-one ATX heading outside fenced code. */
function firstHeading(text: string): string | undefined {
  let fence: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (f && (!fence || (f[0] === fence[0] && f.length >= fence.length))) {
      fence = fence ? undefined : f;
      continue;
    }
    if (fence) continue;
    const m = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (m && m[1]!.trim()) return plainText(m[1]!);
  }
  return undefined;
}

function fileName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() || path;
}
