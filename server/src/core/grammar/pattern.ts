/**
 * Small declarative patterns over a sentence's tokens, in the manner of
 * Harper's `SequenceExpr`: a reader says what a phrase looks like ("a
 * qualifier, a number, up to two adjectives, a group noun") instead of doing
 * index arithmetic, and gets back where it ended and what it captured.
 *
 * Written by hand: the pattern libraries for prose (compromise's match
 * syntax, nlcst-search) work on their own parse trees and tag sets, which we
 * would have to build beside our tokens for every sentence; these few
 * combinators work on the tokens every reader already has, in linear time.
 */
import type { Token } from '../text/tokens';

/** Named stretches a pattern captured: token indexes [from, to). */
export type Captures = Record<string, { from: number; to: number }>;

/**
 * What a match has captured so far, as a journal: a failed sequence cuts it
 * back to where it began, so that trying a pattern allocates nothing until
 * it matches (readers try patterns at every token of every sentence).
 */
export type Journal = { name: string; from: number; to: number }[];

/** Matches at `tokens[at]` and returns the index one past its last token, or undefined. */
export type Pattern = (tokens: readonly Token[], at: number, journal: Journal) => number | undefined;

/**
 * A set of words and phrases, indexed by first word, longest first: one
 * look-up per token whatever the size of the list.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) this.add(phrase);
  }

  add(phrase: string): void {
    const words = phrase.toLowerCase().split(' ');
    const list = this.byFirst.get(words[0]!) ?? [];
    if (list.some((w) => w.join(' ') === words.join(' '))) return;
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    this.byFirst.set(words[0]!, list);
  }

  /** The number of tokens of the longest phrase starting at `tokens[at]`, or 0. */
  lengthAt(tokens: readonly Token[], at: number): number {
    const list = this.byFirst.get(tokens[at]?.lower ?? '');
    if (!list) return 0;
    for (const words of list) if (words.every((w, k) => tokens[at + k]?.lower === w)) return words.length;
    return 0;
  }

  /** The phrase (lower case) starting at `tokens[at]`, or undefined. */
  phraseAt(tokens: readonly Token[], at: number): string | undefined {
    const n = this.lengthAt(tokens, at);
    return n ? tokens.slice(at, at + n).map((t) => t.lower).join(' ') : undefined;
  }

  /** The length of the longest phrase that ends just before `tokens[end]`, or 0. */
  lengthBefore(tokens: readonly Token[], end: number): number {
    let best = 0;
    for (let from = Math.max(0, end - 5); from < end; from++) {
      if (this.lengthAt(tokens, from) === end - from) best = Math.max(best, end - from);
    }
    return best;
  }

  has(word: string): boolean {
    return (this.byFirst.get(word.toLowerCase()) ?? []).some((w) => w.length === 1);
  }
}

/** Any word or phrase of a list. */
export function phrase(set: PhraseSet): Pattern {
  return (tokens, at) => {
    const n = set.lengthAt(tokens, at);
    return n ? at + n : undefined;
  };
}

/** The given words, in order, one token each (lower case). */
export function words(text: string): Pattern {
  const parts = text.toLowerCase().split(' ');
  return (tokens, at) => (parts.every((w, k) => tokens[at + k]?.lower === w) ? at + parts.length : undefined);
}

/** One token that satisfies a test. */
export function token(test: (t: Token, at: number, tokens: readonly Token[]) => boolean): Pattern {
  return (tokens, at) => {
    const t = tokens[at];
    return t && test(t, at, tokens) ? at + 1 : undefined;
  };
}

/** Each pattern after the one before. */
export function seq(...patterns: Pattern[]): Pattern {
  return (tokens, at, journal) => {
    // What a failed sequence captured is forgotten, so an optional part that half matched leaves nothing behind.
    const mark = journal.length;
    let i: number | undefined = at;
    for (const p of patterns) {
      i = p(tokens, i, journal);
      if (i === undefined) {
        journal.length = mark;
        return undefined;
      }
    }
    return i;
  };
}

/** The first of the patterns that matches. */
export function alt(...patterns: Pattern[]): Pattern {
  return (tokens, at, journal) => {
    for (const p of patterns) {
      const mark = journal.length;
      const end = p(tokens, at, journal);
      if (end !== undefined) return end;
      journal.length = mark;
    }
    return undefined;
  };
}

/** The pattern, or nothing. */
export function opt(p: Pattern): Pattern {
  return (tokens, at, journal) => {
    const mark = journal.length;
    const end = p(tokens, at, journal);
    if (end !== undefined) return end;
    journal.length = mark;
    return at;
  };
}

/** The pattern repeated up to `max` times (greedy, no backtracking). */
export function upTo(max: number, p: Pattern): Pattern {
  return (tokens, at, journal) => {
    let i = at;
    for (let n = 0; n < max; n++) {
      const next = p(tokens, i, journal);
      if (next === undefined || next === i) break;
      i = next;
    }
    return i;
  };
}

/** Records where the pattern matched under `name`. */
export function capture(name: string, p: Pattern): Pattern {
  return (tokens, at, journal) => {
    const end = p(tokens, at, journal);
    if (end !== undefined) journal.push({ name, from: at, to: end });
    return end;
  };
}

/** Matches at `at` and returns the end and the captures (the last capture of a name wins), or undefined. */
export function matchAt(p: Pattern, tokens: readonly Token[], at: number): { end: number; captures: Captures } | undefined {
  const journal: Journal = [];
  const end = p(tokens, at, journal);
  if (end === undefined) return undefined;
  const captures: Captures = {};
  for (const { name, from, to } of journal) captures[name] = { from, to };
  return { end, captures };
}
