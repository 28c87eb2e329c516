import type { Code } from '../codes';
import { readDirectives, type Directive } from './directives';
import { readFrontMatter, type FrontMatter } from './frontMatter';
import { readProse, type Prose, type Span } from './markdown';
import { splitSentences } from './sentences';
import { tokenize, type Token } from '../text/tokens';
import { creditedBlock, isAttributed } from './attribution';

/** A sentence with what the draft says about it: citations and directives. */
export interface Sentence extends Span {
  index: number;
  /** The paragraph (block) it belongs to. */
  block: number;
  /** The sentence's prose (markup blanked), same length as the span. */
  text: string;
  /** Its words and numbers, for every reader of claims. */
  tokens: Token[];
  /** It carries a link, a footnote reference or an attribution (SPEC section 3). */
  cited: boolean;
  /** What cites it, when something does: the first of link, footnote, attribution. */
  citation?: Citation;
  /** Ids from `<!-- fact: id -->` directives that stand in it or just after it. */
  factRefs: { id: string; start: number; end: number }[];
  /** Codes silenced by facts-ignore or a facts-disable stretch ('all' for every code). */
  silenced: Set<Code> | 'all';
  /**
   * Where an edit may put a citation so that it stands in this sentence
   * (before its closing full stop), and a directive comment (at its end):
   * never inside a comment, a link, a code span, an image or a footnote
   * reference (issue 12).
   */
  citeAt: number;
  directiveAt: number;
}

export type Citation = 'link' | 'footnote' | 'attribution';

export interface Draft {
  text: string;
  frontMatter?: FrontMatter;
  prose: Prose;
  sentences: Sentence[];
  directives: Directive[];
}

/** Reads a draft: front matter, prose, sentences, citations and directives. */
export function readDraft(text: string): Draft {
  const prose = readProse(text);
  const spans = splitSentences(prose.masked, prose.blocks);
  const directives = readDirectives(prose.comments);
  const credited = new Set<number>();
  const sentences: Sentence[] = spans.map((s, index) => {
    const body = prose.masked.slice(s.start, s.end);
    const tokens = tokenize(body, s.start);
    const block = prose.blocks[s.block]!;
    // A credit opens or ends its block's first or last sentence, and cites the whole block (a headline, a datelined paragraph).
    if (creditedBlock(tokens, block.kind)) credited.add(s.block);
    // Written out, not spread from `s`: V8 makes the spread of a span plus nine more keys a slow
    // dictionary object, and every reader after this one pays for it (a 2 MB draft: 0.75 s here alone).
    const sentence: Sentence = {
      start: s.start, end: s.end, block: s.block, index, text: body, tokens,
      cited: false, factRefs: [], silenced: new Set<Code>(), citeAt: s.end, directiveAt: s.end,
    };
    if (isAttributed(tokens)) cite(sentence, 'attribution');
    return sentence;
  });
  for (const s of sentences) if (credited.has(s.block)) cite(s, 'attribution');
  markCitations(sentences, prose);
  applyDirectives(sentences, directives);
  placeInsertions(sentences, prose, text);
  const frontMatter = readFrontMatter(text);
  return { text, ...(frontMatter ? { frontMatter } : {}), prose, sentences, directives };
}

/** The sentence an offset falls in, or the last one before it. */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = sentences[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function markCitations(sentences: Sentence[], prose: Prose): void {
  for (const link of prose.links) {
    const s = sentenceAt(sentences, link.start);
    if (s && link.start < s.end + 1) cite(s, 'link');
    else if (s) cite(sentenceAt(sentences, link.end - 1)!, 'link');
  }
  // A footnote mark just after a full stop ("killed.[^1]") belongs to the sentence it follows.
  for (const ref of prose.footnoteRefs) {
    const s = sentenceAt(sentences, ref.start);
    if (s) cite(s, 'footnote');
  }
}

/** Closing quotes and brackets a sentence may end with after its full stop. */
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '*', '_']);

/** Where edits may go in each sentence: outside every closed span, a citation before the closing full stop. */
function placeInsertions(sentences: Sentence[], prose: Prose, text: string): void {
  const closed = [...prose.comments, ...prose.links, ...prose.footnoteRefs, ...prose.closed].sort((a, b) => a.start - b.start);
  const outside = (offset: number): number => {
    let at = offset;
    for (const span of closed) if (span.start < at && at < span.end) at = span.end;
    return at;
  };
  for (const s of sentences) {
    s.directiveAt = outside(s.end);
    let e = s.end;
    while (e > s.start && CLOSERS.has(text[e - 1]!)) e--;
    s.citeAt = outside(/[.!?]/.test(text[e - 1] ?? '') ? e - 1 : s.end);
  }
}

/** Links and footnotes are the stronger citation: they name the source itself. */
function cite(s: Sentence, how: Citation): void {
  s.cited = true;
  if (!s.citation || s.citation === 'attribution') s.citation = how;
}

function applyDirectives(sentences: Sentence[], directives: readonly Directive[]): void {
  let disabled: Set<Code> | 'all' | undefined;
  let disabledFrom = 0;
  const stretches: { from: number; to: number; codes: Set<Code> | 'all' }[] = [];
  for (const d of directives) {
    if (d.kind === 'fact' || d.kind === 'ignore') {
      // It stands in a sentence, or follows one: "the sentence just before it".
      const s = sentenceAt(sentences, d.start);
      if (!s) continue;
      if (d.kind === 'fact') s.factRefs.push(...d.ids);
      else silence(s, d.codes);
    } else if (d.kind === 'disable') {
      disabled = d.codes === 'all' ? 'all' : new Set(d.codes);
      disabledFrom = d.end;
    } else if (disabled) {
      stretches.push({ from: disabledFrom, to: d.start, codes: disabled });
      disabled = undefined;
    }
  }
  if (disabled) stretches.push({ from: disabledFrom, to: Infinity, codes: disabled });
  for (const stretch of stretches) {
    for (const s of sentences) {
      if (s.start >= stretch.from && s.start < stretch.to) silence(s, stretch.codes === 'all' ? 'all' : [...stretch.codes]);
    }
  }
}

function silence(s: Sentence, codes: Code[] | 'all'): void {
  if (s.silenced === 'all') return;
  if (codes === 'all') s.silenced = 'all';
  else for (const c of codes) s.silenced.add(c);
}
