/**
 * Command-line parsing (SPEC section 6), on Node's own `util.parseArgs`:
 *   oped-facts check [PATH|GLOB ...] [--facts FILE]... [--format text|json|sarif] [--fix] [--no-color] [--quiet]
 *   oped-facts init DRAFT [--output FILE]
 * plus `--help` and `--version`. A pure function of argv: expanding paths
 * and globs against the disk is inputs.ts's. A mistyped command or option
 * gets a suggestion ("--fromat": did you mean --format?).
 */
import { closest, distance } from 'fastest-levenshtein';
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export type Format = 'text' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

export interface CheckCommand {
  kind: 'check';
  /** Paths, folders and globs as given; empty means the current folder. */
  inputs: string[];
  /** `--facts FILE`, repeatable: these fact files replace discovery for every draft. */
  facts: string[];
  format: Format;
  /** False with `--no-color`; colour also needs a terminal and no NO_COLOR. */
  color: boolean;
  /** `--quiet`: report error-severity diagnostics only, no summary line, no progress. */
  quiet: boolean;
  /** `--fix`: apply every fix whose value is known, in place, then report what is left. */
  fix: boolean;
}

export interface InitCommand {
  kind: 'init';
  draft: string;
  /** `--output FILE`: where to write the fact file (default: facts.yaml beside the draft). */
  output?: string;
}

export type Command =
  | CheckCommand
  | InitCommand
  | { kind: 'help' }
  | { kind: 'version' }
  /** Bad usage: `message` is the one-line reason; the CLI exits 2. */
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: oped-facts check [PATH|GLOB ...] [options]
       oped-facts init DRAFT [--output FILE]

check   Checks Markdown op-ed drafts against their fact files. Folders are
        searched for *.md (node_modules and dot-folders skipped); with no
        PATH, the current folder is checked. Each draft's fact files come from
        its front matter \`facts:\` or the nearest folder, walking up, that holds
        facts.yaml, facts.yml, facts.json or *.facts.yaml|yml|json.
init    Starts a fact file from a draft: an entry for each event, person and
        figure it names, holding the values as the draft states them, each
        waiting for the source that confirms it. Never overwrites a file.

Options of check:
  --facts FILE           use FILE as the fact file for every draft instead of
                         discovery (repeat to merge several files)
  --format FORMAT        text (default), json or sarif
  --fix                  put in every fix whose value is known (a wrong count,
                         date, name...), in place, then report what is left
  --no-color             no colour in text output (also: NO_COLOR=1)
  --quiet                report errors only, without the summary line
Options of init:
  --output FILE          write the fact file there (default: facts.yaml beside
                         the draft)
  -h, --help             show this help
  --version              show the version

A file with binary content (NUL bytes) is not checked; one information
diagnostic, not-checked, says so. From 400 drafts on, idle cores check them
in parallel.

Exit status: 0 no error, 1 at least one error-severity diagnostic,
2 bad usage or an unreadable input (a *.md found in a folder that is a
broken symbolic link or a pipe is one).
`;

const COMMANDS = ['check', 'init', 'help'] as const;

/** Each command's options, as util.parseArgs takes them. */
const OPTIONS = {
  check: {
    facts: { type: 'string', multiple: true },
    format: { type: 'string' },
    fix: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    'no-colour': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  init: {
    output: { type: 'string', short: 'o' },
  },
  common: {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
  },
} as const;

/** What each option needs, said when it is missing. */
const NEEDS: Readonly<Record<string, string>> = {
  facts: 'a file',
  format: `one of ${FORMATS.join(', ')}`,
  output: 'a file',
};

/** Parses argv (without node and the script). Never throws. */
export function parseArgs(argv: readonly string[]): Command {
  const first = argv.findIndex((a) => !a.startsWith('-'));
  const name = first >= 0 ? argv[first]! : undefined;
  const command = name !== undefined && (COMMANDS as readonly string[]).includes(name) ? (name as (typeof COMMANDS)[number]) : undefined;
  const rest = first >= 0 ? [...argv.slice(0, first), ...argv.slice(first + 1)] : [...argv];
  const options: ParseArgsOptionsConfig = { ...OPTIONS.common, ...(command === 'init' ? OPTIONS.init : command === 'check' ? OPTIONS.check : {}) };
  const missingValue = rest.findIndex((a, i) => {
    const key = a.startsWith('--') && !a.includes('=') ? a.slice(2) : undefined;
    if (!key || options[key]?.type !== 'string') return false;
    const next = rest[i + 1];
    return next === undefined || (next.startsWith('-') && next !== '-');
  });
  if (missingValue >= 0) {
    const key = rest[missingValue]!.slice(2);
    return usageError(`option --${key} needs ${NEEDS[key] ?? 'a value'}`);
  }
  let parsed: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args: rest, options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    return usageError(explainParseError(error, Object.keys(options)));
  }
  const { values, positionals } = parsed;
  if (values['help']) return { kind: 'help' };
  if (values['version']) return { kind: 'version' };
  if (name === undefined) return usageError("missing command (try 'oped-facts check' or 'oped-facts --help')");
  if (command === undefined) return usageError(`unknown command '${name}'${suggestion(name, COMMANDS)} (try 'oped-facts check')`);
  switch (command) {
    case 'help':
      return { kind: 'help' };
    case 'init':
      if (positionals.length !== 1) return usageError(positionals.length ? 'init takes one draft' : 'init needs a draft (oped-facts init DRAFT)');
      return { kind: 'init', draft: positionals[0]!, ...(typeof values['output'] === 'string' ? { output: values['output'] } : {}) };
    case 'check': {
      const format = (values['format'] as string | undefined) ?? 'text';
      if (!(FORMATS as readonly string[]).includes(format)) return usageError(`unknown format '${format}'${suggestion(format, FORMATS)} (expected ${FORMATS.join(', ')})`);
      return {
        kind: 'check',
        inputs: positionals,
        facts: (values['facts'] as string[] | undefined) ?? [],
        format: format as Format,
        color: !values['no-color'] && !values['no-colour'],
        quiet: values['quiet'] === true,
        fix: values['fix'] === true,
      };
    }
  }
}

/** util.parseArgs's errors, as one line in our words, with a suggestion for a mistyped option. */
function explainParseError(error: unknown, known: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'[^']*?(--[\w-]+(?:=[^']*)?)'/.exec(message)?.[1] ?? /'(-{1,2}[^' ,]+)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const bare = option?.replace(/^-+/, '').replace(/=.*$/, '') ?? '';
      return `unknown option '${option}'${suggestion(bare, known, '--')}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option && /takes no argument|does not take an argument/.test(message) ? `option ${option.replace(/=.*$/, '')} takes no value` : `option ${option ?? ''} ${message.replace(/^Option '[^']*' /, '')}`.trim();
    default:
      return message;
  }
}

/** "; did you mean --format?" for a word within 2 edits of a known one, else nothing. */
function suggestion(word: string, known: readonly string[], prefix = ''): string {
  if (!word || !known.length) return '';
  const best = closest(word, [...known]);
  return distance(word, best) <= 2 ? `; did you mean ${prefix}${best}?` : '';
}

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}
