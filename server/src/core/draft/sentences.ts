import { HONORIFICS, MONTHS, STOP_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../grammar/words';
import type { ProseBlock } from './markdown';

/** A sentence of prose: offsets into the document, trimmed of spaces. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the block (paragraph, heading, table row) it belongs to. */
  block: number;
  /** Where its segment began, spaces included (citations just after a full stop belong to the sentence before). */
  segmentStart: number;
}

// Intl.Segmenter ends a sentence after these, although they do not end one (and after a single initial: "A. M. Chowdhary").
const ABBREVIATIONS = [...new Set([...HONORIFICS, ...Object.keys(TITLE_ABBREVIATIONS), ...MONTHS.flatMap((m) => m.abbreviations), ...STOP_ABBREVIATIONS])];
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')}|[A-Z])\\.\\s*$`);
// Intl.Segmenter does not end a sentence before one that starts with a number ("... on Tuesday. 332 of the dead were ..."): split there too.
const BEFORE_DIGIT = /[.!?]["”’)]?\s+(?=\d)/g;
const BEFORE_DIGIT_TEST = /[.!?]["”’)]?\s+(?=\d)/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits each block into sentences with Intl.Segmenter, one block at a time:
 * on a whole long document the segmenter is quadratic here (seconds on 100k
 * words), per paragraph it is linear. A table row is one sentence.
 */
export function splitSentences(masked: string, blocks: readonly ProseBlock[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'tableRow') {
      pushTrimmed(sentences, masked, block.start, block.end, index, block.start);
      return;
    }
    const slice = masked.slice(block.start, block.end);
    let pendingStart: number | undefined;
    for (const { segment, index: at } of segmenter.segment(slice)) {
      const start = pendingStart ?? block.start + at;
      const end = block.start + at + segment.length;
      // Only the segment's last characters can hold the abbreviation.
      if (end < block.end && ABBREVIATION.test(segment.slice(-12))) {
        pendingStart = start;
        continue;
      }
      pendingStart = undefined;
      let from = start;
      for (const cut of cutsBeforeDigits(masked, start, end)) {
        pushTrimmed(sentences, masked, from, cut, index, from);
        from = cut;
      }
      pushTrimmed(sentences, masked, from, end, index, from);
    }
    if (pendingStart !== undefined) pushTrimmed(sentences, masked, pendingStart, block.end, index, pendingStart);
  });
  return sentences;
}

/** Where a sentence starting with a digit begins inside a segment, unless an abbreviation stands before the stop ("Sept. 2", "No. 4"). */
function cutsBeforeDigits(masked: string, start: number, end: number): number[] {
  const text = masked.slice(start, end);
  if (!BEFORE_DIGIT_TEST.test(text)) return [];
  const cuts: number[] = [];
  for (const m of text.matchAll(BEFORE_DIGIT)) {
    const before = text.slice(Math.max(0, m.index! - 12), m.index! + 1);
    if (ABBREVIATION.test(before) || /\d\.$/.test(before)) continue;
    cuts.push(start + m.index! + m[0].length);
  }
  return cuts;
}

function pushTrimmed(out: SentenceSpan[], masked: string, start: number, end: number, block: number, segmentStart: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(masked[s]!)) s++;
  while (e > s && /\s/.test(masked[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, block, segmentStart });
}
