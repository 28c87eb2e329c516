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
 * Splits each block into sentences with Intl.Segmenter, one block at a time
 * and a long block in bounded pieces: on a whole long document the segmenter
 * is quadratic here (seconds on 100k words), per piece it is linear. A table
 * row is one sentence.
 */
export function splitSentences(masked: string, blocks: readonly ProseBlock[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'tableRow') {
      pushTrimmed(sentences, masked, block.start, block.end, index, block.start);
      return;
    }
    let pendingStart: number | undefined;
    for (const piece of pieces(masked, block.start, block.end)) {
      for (const { segment, index: at } of segmenter.segment(masked.slice(piece.start, piece.end))) {
        const start = pendingStart ?? piece.start + at;
        const end = piece.start + at + segment.length;
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
    }
    if (pendingStart !== undefined) pushTrimmed(sentences, masked, pendingStart, block.end, index, pendingStart);
  });
  return sentences;
}

/** The longest stretch handed to the segmenter at once; the pieces of a longer block end where a sentence likely ends. */
const SEGMENT_PIECE = 4_000;

/**
 * A block cut into pieces of about SEGMENT_PIECE characters, each ending
 * after a full stop and a space before a capital or digit (where a sentence
 * likely ends), else after a space, else anywhere: the segmenter is
 * quadratic on one long stretch (a 2 MB paragraph with no newline took
 * minutes, issue 12), linear over bounded pieces. Blocks up to the size are
 * one piece, so ordinary drafts are segmented exactly as before.
 */
function* pieces(masked: string, start: number, end: number): Generator<{ start: number; end: number }> {
  let from = start;
  while (end - from > SEGMENT_PIECE) {
    const window = masked.slice(from + SEGMENT_PIECE / 2, from + SEGMENT_PIECE);
    let cut = -1;
    for (const m of window.matchAll(/[.!?]["”’)]?\s+(?=[\p{Lu}\d])/gu)) cut = m.index! + m[0].length;
    if (cut < 0) cut = window.lastIndexOf(' ') + 1;
    const to = cut > 0 ? from + SEGMENT_PIECE / 2 + cut : from + SEGMENT_PIECE;
    yield { start: from, end: to };
    from = to;
  }
  yield { start: from, end };
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
