import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import {
  BROKEN_FACTS,
  buildCli,
  CLAIMLESS_DRAFT,
  CLEAN_FACTS,
  CLI,
  lineOf,
  runJson,
  TempProject,
} from './cliRunner';

const LINE = /^(?<path>[^\s:]+):(?<line>\d+):(?<col>\d+) (?<severity>error|warning|information) (?<code>[a-z]+(?:-[a-z]+)*) (?<message>\S.*)$/;
const SUMMARY = /^(\d+) errors?, (\d+) warnings?, (\d+) information in (\d+) files?$/;
const ESC = '\u001b[';

interface Parsed {
  path: string;
  line: number;
  col: number;
  severity: string;
  code: string;
}

function parseLines(stdout: string): { lines: Parsed[]; summary: string | undefined } {
  assert.ok(stdout === '' || stdout.endsWith('\n'), 'output ends with a newline');
  const raw = stdout.split('\n').filter((l) => l !== '');
  // After the summary, a note may name the drafts that found no fact file.
  if (raw.length > 0 && raw[raw.length - 1]!.startsWith('No fact file: ')) raw.pop();
  const summary = raw.length > 0 && SUMMARY.test(raw[raw.length - 1]!) ? raw.pop() : undefined;
  const lines = raw.map((l) => {
    const m = LINE.exec(l);
    assert.ok(m?.groups, `line format: ${l}`);
    const g = m.groups;
    return { path: g['path']!, line: Number(g['line']), col: Number(g['col']), severity: g['severity']!, code: g['code']! };
  });
  return { lines, summary };
}

describe('cli: text output', () => {
  let project: TempProject;

  before(() => buildCli());
  beforeEach(() => {
    project = new TempProject({
      'facts.yaml': BROKEN_FACTS,
      'drafts/a.md': CLAIMLESS_DRAFT,
      'drafts/b.md': CLAIMLESS_DRAFT,
    });
  });
  afterEach(() => project.remove());

  it('prints path:line:col severity code message, then a summary line', () => {
    const r = project.run(['check', 'drafts']);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
    const { lines, summary } = parseLines(r.stdout);
    const ref = lines.filter((l) => l.code === 'facts-unknown-ref');
    assert.equal(ref.length, 1, 'the fact-file problem is printed once for two drafts');
    const refLine = lineOf(BROKEN_FACTS, 'no-such-event');
    assert.deepEqual(ref[0], {
      path: 'facts.yaml',
      line: refLine,
      col: BROKEN_FACTS.split('\n')[refLine - 1]!.indexOf('no-such-event') + 1,
      severity: 'error',
      code: 'facts-unknown-ref',
    });
    assert.ok(summary, `a summary line closes the output:\n${r.stdout}`);
    const [, errors, warnings, information, files] = SUMMARY.exec(summary)!.map(Number);
    assert.equal(errors, lines.filter((l) => l.severity === 'error').length);
    assert.equal(warnings, lines.filter((l) => l.severity === 'warning').length);
    assert.equal(information, lines.filter((l) => l.severity === 'information').length);
    assert.equal(files, 3, 'two drafts and their fact file');
  });

  it('agrees with the JSON report line for line', () => {
    const { lines } = parseLines(project.run(['check', 'drafts']).stdout);
    const { out } = runJson(project, ['drafts']);
    const fromJson = out.files.flatMap((f) =>
      f.diagnostics.map((d) => ({ path: f.path, line: d.line, col: d.column, severity: d.severity, code: d.code })),
    );
    assert.deepEqual(lines, fromJson);
  });

  it('sorts by file, then position', () => {
    project.write('a-facts-first.md', '---\nfacts: [missing-one.yaml, missing-two.yaml]\n---\n' + CLAIMLESS_DRAFT);
    const { lines } = parseLines(project.run(['check', '.']).stdout);
    assert.ok(lines.length >= 3, `several diagnostics:\n${JSON.stringify(lines)}`);
    const keys = lines.map((l) => [l.path, l.line, l.col] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    assert.deepEqual(keys, sorted);
  });

  it('says which drafts found no fact file, so that nothing checked does not read as a clean pass', () => {
    project.write('facts.yaml', CLEAN_FACTS);
    project.write('lone/b.md', CLAIMLESS_DRAFT);
    project.write('lone/.keep', '');
    const r = project.run(['check', 'lone/b.md', '--facts', 'facts.yaml']);
    assert.doesNotMatch(r.stdout, /No fact file/);
    const other = new TempProject({ 'b.md': CLAIMLESS_DRAFT });
    try {
      const alone = other.run(['check', 'b.md']);
      assert.match(alone.stdout, /^No fact file: 1 draft \(b\.md\) has none, so nothing in it was checked against facts; only weekdays, internal consistency and unsourced claims were\. Start one from a draft with: oped-facts init b\.md$/m);
    } finally {
      other.remove();
    }
  });

  it('pluralises the summary and counts the files checked', () => {
    project.write('facts.yaml', CLEAN_FACTS);
    const r = project.run(['check', 'drafts/a.md']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '0 errors, 0 warnings, 0 information in 2 files\n');
  });

  it('with --quiet prints error lines only and no summary', () => {
    const r = project.run(['check', 'drafts', '--quiet']);
    assert.equal(r.status, 1);
    const { lines, summary } = parseLines(r.stdout);
    assert.equal(summary, undefined);
    assert.ok(lines.length > 0);
    assert.ok(lines.every((l) => l.severity === 'error'), r.stdout);
    assert.ok(!r.stdout.includes('facts-unsourced'));
  });

  it('uses no colour when stdout is not a terminal, colour with FORCE_COLOR, none with --no-color or NO_COLOR', () => {
    const plain = project.run(['check', 'drafts']).stdout;
    assert.ok(!plain.includes(ESC));
    const forced = project.run(['check', 'drafts'], { FORCE_COLOR: '1' }).stdout;
    assert.ok(forced.includes(ESC), 'FORCE_COLOR colours a pipe');
    assert.equal(forced.replace(/\u001b\[\d+m/g, ''), plain, 'colour changes nothing but the escapes');
    assert.ok(!project.run(['check', 'drafts', '--no-color'], { FORCE_COLOR: '1' }).stdout.includes(ESC));
    assert.ok(!project.run(['check', 'drafts'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout.includes(ESC));
  });
});

describe('cli: on a terminal', () => {
  let project: TempProject;

  /** Runs the CLI under a pseudo-terminal (util-linux `script`): stdout and stderr are then TTYs. */
  function inTerminal(args: string): { status: number | null; output: string } {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'NO_COLOR' && k !== 'FORCE_COLOR') env[k] = v;
    const r = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${args}`, '/dev/null'], {
      cwd: project.dir,
      env: { ...env, TERM: 'xterm' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: r.status, output: r.stdout };
  }

  before(function () {
    if (spawnSync('script', ['--version']).status !== 0) this.skip();
    buildCli();
  });
  beforeEach(() => {
    const files: Record<string, string> = { 'facts.yaml': CLEAN_FACTS };
    for (let i = 0; i < 25; i++) files[`many/d${String(i).padStart(2, '0')}.md`] = CLAIMLESS_DRAFT;
    for (let i = 0; i < 3; i++) files[`few/d${i}.md`] = CLAIMLESS_DRAFT;
    project = new TempProject(files);
  });
  afterEach(() => project.remove());

  it('shows a progress line, rewritten in place and cleared, for more than 20 drafts', () => {
    const { status, output } = inTerminal('check many --no-color');
    assert.equal(status, 0, output);
    assert.ok(output.includes('\rchecked 25/25 drafts'), JSON.stringify(output));
    assert.ok(output.includes('\r\u001b[K'), 'the progress line is cleared before the report');
    assert.ok(output.trimEnd().endsWith('0 errors, 0 warnings, 0 information in 26 files'), JSON.stringify(output));
  });

  it('shows no progress line for a few drafts or with --quiet', () => {
    assert.ok(!inTerminal('check few --no-color').output.includes('checked'));
    assert.ok(!inTerminal('check many --quiet').output.includes('checked'));
  });

  it('colours output on a terminal unless --no-color', () => {
    project.write('facts.yaml', BROKEN_FACTS);
    assert.ok(inTerminal('check few').output.includes(ESC));
    assert.ok(!inTerminal('check few --no-color').output.includes(ESC));
  });
});
