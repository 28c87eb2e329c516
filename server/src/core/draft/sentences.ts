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

// Intl.Segmenter ends a sentence after these, although they do not end one.
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Sgt|Maj|Prof|Gov|Sen|Rep|Rev|Hon|No|Nos|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|[A-Z])\.\s*$/;

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
      pushTrimmed(sentences, masked, start, end, index, start);
    }
    if (pendingStart !== undefined) pushTrimmed(sentences, masked, pendingStart, block.end, index, pendingStart);
  });
  return sentences;
}

function pushTrimmed(out: SentenceSpan[], masked: string, start: number, end: number, block: number, segmentStart: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(masked[s]!)) s++;
  while (e > s && /\s/.test(masked[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, block, segmentStart });
}
