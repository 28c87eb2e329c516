import { strict as assert } from 'node:assert';
import { parseArgs, type Command } from '../../server/src/cli/args';

/**
 * parseArgs in process, without building the CLI: usage.test.ts runs the
 * built bundle for exit statuses and stderr; this covers each option table.
 */
const usage = (argv: string[]): string => {
  const command = parseArgs(argv);
  assert.equal(command.kind, 'usage-error', `${argv.join(' ')} -> ${JSON.stringify(command)}`);
  return (command as Extract<Command, { kind: 'usage-error' }>).message;
};

describe('cli: parseArgs', () => {
  it('reads check with every option, --facts repeated, in any order around the paths', () => {
    assert.deepEqual(parseArgs(['check', 'a.md', '--facts', 'one.yaml', '--format=json', 'drafts', '--facts=two.yaml', '--fix', '--no-color', '-q']), {
      kind: 'check',
      inputs: ['a.md', 'drafts'],
      facts: ['one.yaml', 'two.yaml'],
      format: 'json',
      color: false,
      quiet: true,
      fix: true,
    });
  });

  it('gives check its defaults, and takes --no-colour as --no-color', () => {
    assert.deepEqual(parseArgs(['check']), { kind: 'check', inputs: [], facts: [], format: 'text', color: true, quiet: false, fix: false });
    assert.equal((parseArgs(['check', '--no-colour']) as { color: boolean }).color, false);
  });

  it('takes a value that starts with a dash only when attached, and "-" as a value', () => {
    assert.deepEqual((parseArgs(['check', '--facts=-odd.yaml']) as { facts: string[] }).facts, ['-odd.yaml']);
    assert.deepEqual((parseArgs(['check', '--facts', '-']) as { facts: string[] }).facts, ['-']);
    assert.deepEqual((parseArgs(['check', '--', '--quiet']) as { inputs: string[] }).inputs, ['--quiet']);
  });

  it('reads init with its draft and --output / -o', () => {
    assert.deepEqual(parseArgs(['init', 'd.md']), { kind: 'init', draft: 'd.md' });
    assert.deepEqual(parseArgs(['init', 'd.md', '--output', 'f.yaml']), { kind: 'init', draft: 'd.md', output: 'f.yaml' });
    assert.deepEqual(parseArgs(['init', '-o', 'f.yaml', 'd.md']), { kind: 'init', draft: 'd.md', output: 'f.yaml' });
    assert.equal(usage(['init']), 'init needs a draft (oped-facts init DRAFT)');
    assert.equal(usage(['init', 'a.md', 'b.md']), 'init takes one draft');
  });

  it('answers --help and --version before anything else, with or without a command', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['help', 'check'], ['check', '--help'], ['init', '-h'], ['check', 'x.md', '--format', 'xml', '--help']]) {
      assert.deepEqual(parseArgs(argv), { kind: 'help' }, argv.join(' '));
    }
    assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
    assert.deepEqual(parseArgs(['check', '--version']), { kind: 'version' });
  });

  it('suggests the option or command meant', () => {
    assert.equal(usage(['check', '--fromat', 'json']), "unknown option '--fromat'; did you mean --format?");
    assert.equal(usage(['check', '--fromat=json']), "unknown option '--fromat'; did you mean --format?");
    assert.equal(usage(['check', '--fast']), "unknown option '--fast'; did you mean --facts?");
    assert.equal(usage(['check', '--no-colr']), "unknown option '--no-colr'; did you mean --no-color?");
    assert.equal(usage(['init', 'd.md', '--ouput', 'f.yaml']), "unknown option '--ouput'; did you mean --output?");
    assert.equal(usage(['check', '--zzzzzz']), "unknown option '--zzzzzz'");
    assert.equal(usage(['check', '-x']), "unknown option '-x'");
    assert.equal(usage(['chekc']), "unknown command 'chekc'; did you mean check? (try 'oped-facts check')");
    assert.equal(usage(['publish', 'drafts', '--format', 'json']), "unknown command 'publish' (try 'oped-facts check')");
  });

  it("keeps each command's options to that command", () => {
    assert.equal(usage(['init', 'd.md', '--facts', 'f.yaml']), "unknown option '--facts'");
    assert.equal(usage(['check', '--output', 'f.yaml']), "unknown option '--output'");
  });

  it('says what a missing value should be, and that a switch takes none', () => {
    assert.equal(usage(['check', '--format']), 'option --format needs one of text, json, sarif');
    assert.equal(usage(['check', '--facts']), 'option --facts needs a file');
    assert.equal(usage(['check', '--facts', '--quiet']), 'option --facts needs a file');
    assert.equal(usage(['check', '--facts', '-q']), 'option --facts needs a file');
    assert.equal(usage(['init', 'd.md', '-o']), 'option --output needs a file');
    assert.equal(usage(['init', 'd.md', '-o', '-h']), 'option --output needs a file');
    assert.equal(usage(['check', '--quiet=yes']), 'option --quiet takes no value');
    assert.equal(usage(['check', '--fix=all']), 'option --fix takes no value');
  });

  it('rejects an unknown format, with a suggestion when close', () => {
    assert.equal(usage(['check', '--format', 'xml']), "unknown format 'xml' (expected text, json, sarif)");
    assert.equal(usage(['check', '--format=jsno']), "unknown format 'jsno'; did you mean json? (expected text, json, sarif)");
  });

  it('needs a command', () => {
    assert.match(usage([]), /^missing command/);
    assert.match(usage(['--quiet']), /^unknown option '--quiet'/);
  });

  it('gives every reason on one line', () => {
    for (const argv of [['check', '--facts', '--quiet'], ['check', '--format'], ['check', '-qx'], ['init', '-o', '-q']]) {
      assert.ok(!usage(argv).includes('\n'), argv.join(' '));
    }
  });
});
