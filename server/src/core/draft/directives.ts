import { ALL_CODES, type Code } from '../codes';
import type { Comment } from './markdown';

/** An inline directive (SPEC section 5), parsed from an HTML comment. */
export type Directive =
  | { kind: 'fact'; ids: { id: string; start: number; end: number }[]; start: number; end: number }
  | { kind: 'ignore'; codes: Code[] | 'all'; start: number; end: number }
  | { kind: 'disable'; codes: Code[] | 'all'; start: number; end: number }
  | { kind: 'enable'; codes: Code[] | 'all'; start: number; end: number };

// "fact" needs its colon ("<!-- fact-check this -->" is an ordinary comment); the others stand alone or take codes.
const DIRECTIVE = /^\s*(fact(?=\s*:)|facts-ignore|facts-disable|facts-enable)(?![\w-])\s*:?\s*([\s\S]*?)\s*$/;
const KNOWN = new Set<string>(ALL_CODES);

/** Reads our directives out of the draft's comments; other comments are ignored. */
export function readDirectives(comments: readonly Comment[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const bodyStart = comment.start + 4;
    const keywordEnd = comment.body.indexOf(m[1]!) + m[1]!.length;
    const argsStart = bodyStart + comment.body.indexOf(m[2] ?? '', keywordEnd);
    const { start, end } = comment;
    if (m[1] === 'fact') directives.push({ kind: 'fact', ids: idsIn(m[2] ?? '', argsStart), start, end });
    else {
      const kind = m[1] === 'facts-ignore' ? 'ignore' : m[1] === 'facts-disable' ? 'disable' : 'enable';
      directives.push({ kind, codes: codesIn(m[2] ?? ''), start, end });
    }
  }
  return directives;
}

function idsIn(args: string, base: number): { id: string; start: number; end: number }[] {
  const ids: { id: string; start: number; end: number }[] = [];
  for (const m of args.matchAll(/[^\s,]+/g)) ids.push({ id: m[0], start: base + m.index!, end: base + m.index! + m[0].length });
  return ids;
}

/**
 * "facts-ignore unsourced-claim, weekday-mismatch" -> those codes; nothing ->
 * all. A misspelt code silences nothing rather than everything.
 */
function codesIn(args: string): Code[] | 'all' {
  if (!args.trim()) return 'all';
  return args.split(/[\s,]+/).filter((c): c is Code => KNOWN.has(c));
}
