/**
 * Command-line parsing (SPEC sections 6 and 8), on Node's own `util.parseArgs`:
 *   oped-facts check [PATH|GLOB ...] [--facts FILE]... [--format text|json|sarif] [--fix] [--no-color] [--quiet]
 *   oped-facts claims [PATH|GLOB ...] [--facts FILE]... [--format text|json|csv]
 *   oped-facts memo DRAFT [--facts FILE]... [--format md|html] [--output FILE]
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

/** The drafts a command reads, as `check` and `claims` take them. */
interface DraftsGiven {
  /** Paths, folders and globs as given; empty means the current folder. */
  inputs: string[];
  /** `--facts FILE`, repeatable: these fact files replace discovery for every draft. */
  facts: string[];
}

export interface CheckCommand extends DraftsGiven {
  kind: 'check';
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

export type ClaimsFormat = 'text' | 'json' | 'csv';
export const CLAIMS_FORMATS: readonly ClaimsFormat[] = ['text', 'json', 'csv'];

/** `claims`: every claim of the drafts with its status (SPEC section 8). */
export interface ClaimsCommand extends DraftsGiven {
  kind: 'claims';
  format: ClaimsFormat;
}

export type MemoFormat = 'md' | 'html';
export const MEMO_FORMATS: readonly MemoFormat[] = ['md', 'html'];

/** `memo`: the fact-check memo of one draft (SPEC section 8). */
export interface MemoCommand {
  kind: 'memo';
  draft: string;
  facts: string[];
  format: MemoFormat;
  /** `--output FILE`: where to write it (default: standard output). */
  output?: string;
}

export type Command =
  | CheckCommand
  | ClaimsCommand
  | MemoCommand
  | InitCommand
  | { kind: 'help' }
  | { kind: 'version' }
  /** Bad usage: `message` is the one-line reason; the CLI exits 2. */
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: oped-facts check [PATH|GLOB ...] [options]
       oped-facts claims [PATH|GLOB ...] [--facts FILE]... [--format text|json|csv]
       oped-facts memo DRAFT [--facts FILE]... [--format md|html] [--output FILE]
       oped-facts init DRAFT [--output FILE]

check   Checks Markdown op-ed drafts against their fact files. Folders are
        searched for *.md (node_modules, dot-folders and dot-files skipped);
        with no PATH, the current folder is checked. Each draft's fact files
        come from its front matter \`facts:\` or the nearest folder, walking
        up, that holds facts.yaml, facts.yml, facts.json or
        *.facts.yaml|yml|json.
claims  Lists every claim the checker read, with its status: contradicted,
        confirmed, cited, unsourced or ignored; its entry, the words that tied
        it, its sources; and a summary per draft. Exit status as for check.
memo    Writes the fact-check memo of a draft for a desk editor: the summary,
        what to resolve, every claim checked with its sources, what is
        ignored. Markdown, or one self-contained printable HTML file.
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
Options of claims:
  --facts FILE           as for check
  --format FORMAT        text (default), json or csv (for a spreadsheet)
Options of memo:
  --facts FILE           as for check
  --format FORMAT        md (default) or html
  --output FILE          write the memo there (default: standard output)
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

/** An option as util.parseArgs takes it, plus what its value is, said when the value is missing. */
interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  needs?: string;
}
type OptionTable = Readonly<Record<string, OptionSpec>>;

/** Options every command takes; either one ends the run before the command's own arguments are judged. */
const COMMON: OptionTable = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
};

/** Each command's own options: the whole command line, as data. */
const COMMANDS = {
  check: {
    facts: { type: 'string', multiple: true, needs: 'a file' },
    format: { type: 'string', needs: `one of ${FORMATS.join(', ')}` },
    fix: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    // The British spelling, as writers outside the US type it.
    'no-colour': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  claims: {
    facts: { type: 'string', multiple: true, needs: 'a file' },
    format: { type: 'string', needs: `one of ${CLAIMS_FORMATS.join(', ')}` },
  },
  memo: {
    facts: { type: 'string', multiple: true, needs: 'a file' },
    format: { type: 'string', needs: `one of ${MEMO_FORMATS.join(', ')}` },
    output: { type: 'string', short: 'o', needs: 'a file' },
  },
  init: {
    output: { type: 'string', short: 'o', needs: 'a file' },
  },
  help: {},
} satisfies Record<string, OptionTable>;

type CommandName = keyof typeof COMMANDS;
const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses argv (without node and the script). Never throws. */
export function parseArgs(argv: readonly string[]): Command {
  // The command is the first word that is not an option: only --help and --version may come before it.
  // A mistyped command is said first, as its options cannot be judged without knowing it.
  const at = argv.findIndex((a) => !a.startsWith('-'));
  const name = at >= 0 ? argv[at] : undefined;
  if (name !== undefined && !isCommandName(name)) return usageError(`unknown command '${name}'${suggestion(name, COMMAND_NAMES)} (try 'oped-facts check')`);
  const options: OptionTable = { ...COMMON, ...(name !== undefined ? COMMANDS[name] : {}) };
  const parsed = parseOptions(at >= 0 ? argv.filter((_, i) => i !== at) : argv, options);
  if (typeof parsed === 'string') return usageError(parsed);
  if (parsed.values['help']) return { kind: 'help' };
  if (parsed.values['version']) return { kind: 'version' };
  if (name === undefined) return usageError("missing command (try 'oped-facts check' or 'oped-facts --help')");
  return BUILD[name](parsed);
}

function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** What each command makes of its parsed arguments. */
const BUILD: Readonly<Record<CommandName, (parsed: Parsed) => Command>> = {
  help: () => ({ kind: 'help' }),
  init: initCommand,
  check: checkCommand,
  claims: claimsCommand,
  memo: memoCommand,
};

function claimsCommand({ values, positionals }: Parsed): Command {
  const format = oneOf(values['format'], CLAIMS_FORMATS, 'text');
  if (typeof format !== 'string' || !CLAIMS_FORMATS.includes(format as ClaimsFormat)) return format as Command;
  return { kind: 'claims', inputs: positionals, facts: (values['facts'] as string[] | undefined) ?? [], format: format as ClaimsFormat };
}

function memoCommand({ values, positionals }: Parsed): Command {
  if (positionals.length !== 1) return usageError(positionals.length ? 'memo takes one draft' : 'memo needs a draft (oped-facts memo DRAFT)');
  const format = oneOf(values['format'], MEMO_FORMATS, 'md');
  if (typeof format !== 'string' || !MEMO_FORMATS.includes(format as MemoFormat)) return format as Command;
  const output = values['output'];
  return { kind: 'memo', draft: positionals[0]!, facts: (values['facts'] as string[] | undefined) ?? [], format: format as MemoFormat, ...(typeof output === 'string' ? { output } : {}) };
}

/** A `--format` value among the known ones (the default when absent), or the usage error that says which are. */
function oneOf(value: unknown, known: readonly string[], fallback: string): string | Command {
  const given = typeof value === 'string' ? value : fallback;
  return known.includes(given) ? given : usageError(`unknown format '${given}'${suggestion(given, known)} (expected ${known.join(', ')})`);
}

function initCommand({ values, positionals }: Parsed): Command {
  if (positionals.length !== 1) return usageError(positionals.length ? 'init takes one draft' : 'init needs a draft (oped-facts init DRAFT)');
  const output = values['output'];
  return { kind: 'init', draft: positionals[0]!, ...(typeof output === 'string' ? { output } : {}) };
}

function checkCommand({ values, positionals }: Parsed): Command {
  const format = (values['format'] as string | undefined) ?? 'text';
  if (!isFormat(format)) return usageError(`unknown format '${format}'${suggestion(format, FORMATS)} (expected ${FORMATS.join(', ')})`);
  return {
    kind: 'check',
    inputs: positionals,
    facts: (values['facts'] as string[] | undefined) ?? [],
    format,
    color: !values['no-color'] && !values['no-colour'],
    quiet: values['quiet'] === true,
    fix: values['fix'] === true,
  };
}

function isFormat(format: string): format is Format {
  return (FORMATS as readonly string[]).includes(format);
}

/** util.parseArgs over one table, strictly (an unknown option is an error, not a value); its error as our one-line reason. */
function parseOptions(args: readonly string[], table: OptionTable): Parsed | string {
  const options = Object.fromEntries(Object.entries(table).map(([key, { needs: _needs, ...option }]) => [key, option])) as ParseArgsOptionsConfig;
  try {
    return parseNodeArgs({ args: [...args], options, strict: true, allowPositionals: true }) as Parsed;
  } catch (error) {
    return explainParseError(error, table);
  }
}

/**
 * util.parseArgs's error in our words. Its code says what went wrong; only
 * the option's name is read from its message, which quotes the option as
 * given ('--fromat', '-o') or as declared ('-q, --quiet', '--format <value>').
 */
function explainParseError(error: unknown, table: OptionTable): string {
  const { code, message = String(error) } = error as { code?: string; message?: string };
  const given = /^(?:Unknown option|Option) '(-{1,2}[^' ,]+)/.exec(message)?.[1];
  const name = given === undefined ? undefined : longName(given, table);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && given !== undefined) {
    // A suggestion only for a long option: any one letter is within two edits of a short name.
    return `unknown option '${given}'${given.startsWith('--') ? suggestion(given.slice(2), Object.keys(table), '--') : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name !== undefined) {
    // A switch given a value (--quiet=yes), or a value missing: at the end, or an option where it should be (--facts --quiet).
    const spec = table[name]!;
    return spec.type === 'boolean' ? `option --${name} takes no value` : `option --${name} needs ${spec.needs ?? 'a value'}`;
  }
  return message.split('\n')[0]!;
}

/** The declared name of an option given as --name or -x, if the table has it. */
function longName(given: string, table: OptionTable): string | undefined {
  const name = given.startsWith('--') ? given.slice(2) : Object.keys(table).find((key) => table[key]!.short === given.slice(1));
  return name !== undefined && Object.hasOwn(table, name) ? name : undefined;
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
