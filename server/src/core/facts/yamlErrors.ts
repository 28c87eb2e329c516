/**
 * Plain words and the right place for a YAML error (issue 11). js-yaml stays
 * the fast path, but its reasons are a parser's ("Deficient indentation", on
 * the line after a missing "}"). When it fails, and only then, the `yaml`
 * package reads the text again: its error codes say what kind of slip it is,
 * and the lines of the text say where the writer made it (the line that
 * opened the brace, not the line where the parser noticed). The ten commonest
 * slips of hand-written fact files are tested in yamlErrors.test.ts.
 */
import { parseDocument } from 'yaml';
import type { TextProblem } from './yamlTree';

/** A better message and place for a YAML error js-yaml reported, or js-yaml's own when no better one is known. */
export function explainYamlError(text: string, fallback: TextProblem): TextProblem {
  let code: string | undefined;
  let at = fallback.start;
  try {
    const error = parseDocument(text, { uniqueKeys: false, prettyErrors: false }).errors[0];
    // Valid YAML that our reader refuses (an alias bomb, a recursive alias) keeps its own message.
    if (!error) return fallback;
    code = error.code;
    at = error.pos[0];
  } catch {
    return fallback;
  }
  const lines = lineStarts(text);
  const lineOf = (offset: number): number => lineNumberAt(lines, offset);
  const unclosed = unclosedOpener(text, Math.max(at, fallback.start));
  if (unclosed) {
    const line = lineOf(unclosed.at);
    const what = unclosed.char === '{' ? 'brace "{"' : unclosed.char === '[' ? 'bracket "["' : `quote ${unclosed.char}`;
    const close = unclosed.char === '{' ? '"}"' : unclosed.char === '[' ? '"]"' : 'the closing quote';
    return { ...lineRange(text, lines, line), message: `The ${what} opened on line ${line} is never closed: add ${close} where the value ends, on that line` };
  }
  const problemLine = lineOf(at);
  const lineText = lineTextAt(text, lines, problemLine);
  switch (code) {
    case 'TAB_AS_INDENT':
      return { ...lineRange(text, lines, problemLine), message: `Line ${problemLine} is indented with a tab: YAML needs spaces there` };
    case 'MULTILINE_IMPLICIT_KEY':
    case 'IMPLICIT_KEY_NEEDS_VALUE': {
      const noColon = /^(\s*)([A-Za-z0-9_-]+)\s+(\S.*)$/.exec(lineText);
      if (noColon) return { ...lineRange(text, lines, problemLine), message: `Line ${problemLine} has no colon after "${noColon[2]}": write "${noColon[2]}: ${noColon[3]}"` };
      break;
    }
    case 'BAD_INDENT': {
      const indent = /^ */.exec(lineText)![0].length;
      const above = previousContentLine(text, lines, problemLine);
      const expected = above === undefined ? undefined : /^ */.exec(lineTextAt(text, lines, above))![0].length;
      if (expected !== undefined && expected !== indent) {
        return { ...lineRange(text, lines, problemLine), message: `Line ${problemLine} is indented by ${indent} space${indent === 1 ? '' : 's'}, but the line above it by ${expected}: line up the keys of one entry` };
      }
      return { ...lineRange(text, lines, problemLine), message: `Line ${problemLine} is not indented like the lines around it: line up the keys of one entry` };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { ...lineRange(text, lines, problemLine), message: `Line ${problemLine} starts a list item ("-") where a key was expected: indent it under its key, like the items above it` };
    case 'DUPLICATE_KEY':
      return { ...lineRange(text, lines, problemLine), message: `Line ${problemLine} repeats a key of the same entry` };
    default:
      break;
  }
  return fallback;
}

/** A "{", "[" or quote left open before `before`, scanning the text as YAML flow and quoted scalars nest (comments skipped). */
function unclosedOpener(text: string, before: number): { char: string; at: number } | undefined {
  const stack: { char: string; at: number }[] = [];
  let quote: { char: string; at: number } | undefined;
  for (let i = 0; i < Math.min(before, text.length); i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote.char && !(quote.char === "'" && text[i + 1] === "'") && !(quote.char === '"' && text[i - 1] === '\\')) quote = undefined;
      else if (quote.char === "'" && c === "'" ) i++;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    // A quote opens a scalar only where a value can start (after ": ", "- ", "[", "{", "," or at a line's start).
    if ((c === '"' || c === "'") && /(?:^|[:\-[{,]\s*|\n\s*)$/.test(text.slice(Math.max(0, i - 3), i))) quote = { char: c, at: i };
    else if (c === '{' || c === '[') stack.push({ char: c, at: i });
    else if ((c === '}' || c === ']') && stack.length) stack.pop();
  }
  return quote ?? stack[0];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset. */
function lineNumberAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function lineTextAt(text: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1] ?? text.length;
  const end = starts[line] !== undefined ? starts[line]! - 1 : text.length;
  return text.slice(start, end).replace(/\r$/, '');
}

function lineRange(text: string, starts: readonly number[], line: number): { start: number; end: number } {
  const start = starts[line - 1] ?? text.length;
  const content = lineTextAt(text, starts, line);
  const lead = /^\s*/.exec(content)![0].length;
  return { start: start + lead, end: start + content.length };
}

function previousContentLine(text: string, starts: readonly number[], line: number): number | undefined {
  for (let l = line - 1; l >= 1; l--) {
    const t = lineTextAt(text, starts, l);
    if (t.trim() && !t.trim().startsWith('#')) return l;
  }
  return undefined;
}
