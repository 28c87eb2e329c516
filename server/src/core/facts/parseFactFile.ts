/**
 * A fact file's text to a positioned tree, by its kind: YAML for .yaml/.yml
 * (and anything else), JSON for .json. JSON is read by the same YAML parser
 * (JSON is YAML 1.2), which alone knows positions, after `JSON.parse` has
 * vouched for it: YAML accepts what JSON does not, such as a trailing comma
 * or a comment, and a .json file with those is a facts-syntax error.
 */
import { parseYamlTree } from './parseYaml';
import { explainYamlError } from './yamlErrors';
import type { ParsedYaml, TextProblem } from './yamlTree';

export function parseFactFile(path: string, text: string): ParsedYaml {
  if (/\.json$/i.test(path)) {
    const error = jsonError(text);
    if (error) return { ok: false, error };
  }
  const parsed = parseYamlTree(text);
  if (parsed.ok) return parsed;
  // The commonest slip has a fix to show; any other gets plain words and the line where the writer made it.
  const hinted = withHint(parsed.error, text);
  return { ok: false, error: hinted !== parsed.error ? hinted : explainYamlError(text, parsed.error) };
}

/** `key: value: more` on one line: the commonest YAML mistake in hand-written facts. */
const COLON_IN_VALUE = /^\s*(?:- +)?([^\s#'"{[][^:#]*?):[ \t]+([^'"{[|>#\s][^#]*?:[ \t].*?)\s*$/;

/**
 * js-yaml's reason for a plain value holding ": " ("bad indentation of a
 * mapping entry") does not say what to do; add the fix when the line shows it.
 */
function withHint(error: TextProblem, text: string): TextProblem {
  const lineStart = text.lastIndexOf('\n', error.start - 1) + 1;
  const lineEnd = text.indexOf('\n', error.start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const m = COLON_IN_VALUE.exec(line);
  if (!m) return error;
  const quoted = `"${m[2]!.replace(/["\\]/g, '\\$&')}"`;
  return { ...error, message: `A value holding ": " must be quoted: write ${m[1]}: ${quoted}` };
}

/** Where JSON.parse fails, or undefined. An empty file is an empty fact file, not an error. */
function jsonError(text: string): TextProblem | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  if (body.trim() === '') return undefined;
  try {
    JSON.parse(body);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // V8 says "... in JSON at position N" (and nothing for an early end of input).
    const position = /position (\d+)/.exec(reason);
    const start = Math.min(position ? Number(position[1]) + bom : text.length, text.length);
    const what = reason.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'The JSON ends too early');
    return { start, end: Math.min(start + 1, text.length), message: `Not valid JSON: ${what}` };
  }
}
