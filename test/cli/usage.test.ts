import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BROKEN_FACTS,
  buildCli,
  CLAIMLESS_DRAFT,
  CLEAN_FACTS,
  REPO,
  runJson,
  TempProject,
  UNSOURCED_FACTS,
  type CliResult,
} from './cliRunner';

/** Exit 2 with exactly one line on stderr, matching `pattern`, and nothing on stdout. */
function assertUsageError(r: CliResult, pattern: RegExp): void {
  assert.equal(r.status, 2, `exit status (stderr: ${r.stderr})`);
  assert.equal(r.stdout, '');
  assert.ok(r.stderr.endsWith('\n'), 'stderr ends with a newline');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.match(lines[0]!, pattern);
}

describe('cli: exit status and usage', () => {
  let project: TempProject;

  before(() => buildCli());
  beforeEach(() => {
    project = new TempProject({
      'facts.yaml': CLEAN_FACTS,
      'drafts/a.md': CLAIMLESS_DRAFT,
    });
  });
  afterEach(() => project.remove());

  it('exits 0 when no diagnostic is an error', () => {
    const r = project.run(['check', 'drafts/a.md']);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stderr, '');
  });

  it('exits 0 when the only diagnostics are information (facts-unsourced)', () => {
    project.write('facts.yaml', UNSOURCED_FACTS);
    const { status, out } = runJson(project, ['drafts/a.md']);
    assert.equal(status, 0);
    assert.equal(out.summary.error, 0);
    const facts = out.files.find((f) => f.path === 'facts.yaml');
    assert.ok(facts, 'facts.yaml is listed');
    assert.deepEqual(
      facts.diagnostics.map((d) => [d.code, d.severity]),
      [['facts-unsourced', 'information']],
    );
  });

  it('exits 1 when a fact file has an error-severity diagnostic', () => {
    project.write('facts.yaml', BROKEN_FACTS);
    const r = project.run(['check', 'drafts/a.md']);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.stderr, '', 'nothing on stderr when stderr is not a terminal');
  });

  it('exits 1 when a fact file does not parse (facts-syntax)', () => {
    project.write('facts.yaml', 'version: 1\nevents:\n  bannu: {name: [unclosed\n');
    const { status, out } = runJson(project, ['drafts/a.md']);
    assert.equal(status, 1);
    const facts = out.files.find((f) => f.path === 'facts.yaml');
    assert.ok(facts?.diagnostics.some((d) => d.code === 'facts-syntax' && d.severity === 'error'));
  });

  it('reports a missing draft in one line and exits 2', () => {
    assertUsageError(project.run(['check', 'drafts/x.md']), /^oped-facts: cannot read drafts\/x\.md: no such file$/);
  });

  it('reports a missing draft among good ones in one line and exits 2, printing no report', () => {
    assertUsageError(
      project.run(['check', 'drafts/a.md', 'drafts/missing.md', '--format', 'json']),
      /^oped-facts: cannot read drafts\/missing\.md: no such file$/,
    );
  });

  it('reports a missing --facts file in one line and exits 2', () => {
    assertUsageError(
      project.run(['check', 'drafts/a.md', '--facts', 'nope.yaml']),
      /^oped-facts: cannot read nope\.yaml: no such file$/,
    );
  });

  it('reports a --facts folder in one line and exits 2', () => {
    assertUsageError(project.run(['check', '--facts', 'drafts']), /^oped-facts: cannot read drafts: is a folder$/);
  });

  it('rejects an unknown flag', () => {
    assertUsageError(project.run(['check', '--fast']), /^oped-facts: unknown option '--fast'; did you mean --facts\?$/);
    assertUsageError(project.run(['check', '--fromat', 'json']), /^oped-facts: unknown option '--fromat'; did you mean --format\?$/);
    assertUsageError(project.run(['chekc']), /^oped-facts: unknown command 'chekc'; did you mean check\?/);
  });

  it('rejects an unknown format', () => {
    assertUsageError(project.run(['check', '--format', 'xml']), /^oped-facts: unknown format 'xml' \(expected text, json, sarif\)$/);
    assertUsageError(project.run(['check', '--format=yaml']), /^oped-facts: unknown format 'yaml'/);
  });

  it('rejects a flag missing its value', () => {
    assertUsageError(project.run(['check', '--format']), /^oped-facts: option --format needs one of text, json, sarif$/);
    assertUsageError(project.run(['check', '--facts']), /^oped-facts: option --facts needs a file$/);
    assertUsageError(project.run(['check', '--facts', '--quiet']), /^oped-facts: option --facts needs a file$/);
  });

  it('rejects a value given to a switch', () => {
    assertUsageError(project.run(['check', '--quiet=yes']), /^oped-facts: option --quiet takes no value$/);
  });

  it('rejects an unknown command and a missing command', () => {
    assertUsageError(project.run(['lint', 'drafts']), /^oped-facts: unknown command 'lint'/);
    assertUsageError(project.run([]), /^oped-facts: missing command/);
  });

  it('reports a glob that matches no draft in one line and exits 2', () => {
    assertUsageError(project.run(['check', 'essays/**/*.md']), /^oped-facts: no drafts match 'essays\/\*\*\/\*\.md'$/);
  });

  it('prints help on stdout and exits 0', () => {
    for (const args of [['--help'], ['check', '--help'], ['-h'], ['help']]) {
      const r = project.run(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^Usage: oped-facts check \[PATH\|GLOB \.\.\.\]/);
      for (const flag of ['--facts FILE', '--format FORMAT', '--no-color', '--quiet', '--help', '--version']) {
        assert.ok(r.stdout.includes(flag), `help mentions ${flag}`);
      }
    }
  });

  it("prints package.json's version and exits 0", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    const r = project.run(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${pkg.version}\n`);
  });
});

describe('cli: which drafts are checked', () => {
  let project: TempProject;

  before(() => buildCli());
  beforeEach(() => {
    project = new TempProject({
      'facts.yaml': CLEAN_FACTS,
      'top.md': CLAIMLESS_DRAFT,
      'drafts/a.md': CLAIMLESS_DRAFT,
      'drafts/deep/b.md': CLAIMLESS_DRAFT,
      'drafts/notes.txt': 'not a draft\n',
      'drafts/.hidden/c.md': CLAIMLESS_DRAFT,
      'drafts/.e.md': CLAIMLESS_DRAFT,
      'node_modules/pkg/readme.md': CLAIMLESS_DRAFT,
      '.git/d.md': CLAIMLESS_DRAFT,
    });
  });
  afterEach(() => project.remove());

  const draftPaths = (args: string[]): string[] => {
    const { status, out } = runJson(project, args);
    assert.notEqual(status, 2);
    return out.files.filter((f) => f.path.endsWith('.md')).map((f) => f.path);
  };

  it('checks the current folder recursively when no path is given, skipping node_modules, dot-folders and dot-files', () => {
    assert.deepEqual(draftPaths([]), ['drafts/a.md', 'drafts/deep/b.md', 'top.md']);
  });

  it('searches a named folder for *.md', () => {
    assert.deepEqual(draftPaths(['drafts']), ['drafts/a.md', 'drafts/deep/b.md']);
  });

  it('expands a glob, without dot-folders or node_modules', () => {
    assert.deepEqual(draftPaths(['**/*.md']), ['drafts/a.md', 'drafts/deep/b.md', 'top.md']);
    assert.deepEqual(draftPaths(['drafts/*.md']), ['drafts/a.md']);
  });

  it('checks a draft named twice once', () => {
    assert.deepEqual(draftPaths(['drafts/a.md', 'drafts', './drafts/a.md']), ['drafts/a.md', 'drafts/deep/b.md']);
  });

  it('takes an explicitly named file as a draft whatever its extension', () => {
    assert.deepEqual(
      runJson(project, ['drafts/notes.txt']).out.files.map((f) => f.path).filter((p) => p !== 'facts.yaml'),
      ['drafts/notes.txt'],
    );
  });

  it('prints paths relative to the working directory even when given absolutely', () => {
    assert.deepEqual(draftPaths([join(project.dir, 'drafts/a.md')]), ['drafts/a.md']);
  });
});
