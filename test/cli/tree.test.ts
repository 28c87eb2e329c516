/**
 * The CLI over a tree of drafts: the same report on one thread and on worker
 * threads (OPED_FACTS_WORKERS forces them for a set this small), the exit
 * status on a tree, unreadable entries in a tree, and binary content.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  BROKEN_FACTS,
  buildCli,
  CLAIMLESS_DRAFT,
  CLEAN_FACTS,
  REPO,
  runJson,
  TempProject,
  type CliResult,
} from './cliRunner';

const EXAMPLE = readFileSync(join(REPO, 'examples/drafts/ashgrove-dam.md'), 'utf8');
const EXAMPLE_FACTS = readFileSync(join(REPO, 'examples/facts.yaml'), 'utf8');
/** The example's front matter and first two sections: a date, counts, a weekday, an age. */
const SHORT = EXAMPLE.split('\n').slice(0, 33).join('\n') + '\n';

const COUNTS = ['twenty-five', 'twenty-three', 'twenty', 'thirty', '23', '25'];
const WEEKDAYS = ['Wednesday', 'Tuesday', 'Monday'];
const AGES = ['56', '58', '60'];
const ODD = ['', '\n😀🇵🇰 Ünïcödé, a zero\u200bwidth space and “quotes” before 41 residents were injured.\n', '\n<!-- facts-ignore -->\n'];

/** Draft n of the generated set: the short example with its claims varied. */
function variant(n: number): string {
  return (
    SHORT.replace('twenty-five', COUNTS[n % COUNTS.length]!)
      .replace('Wednesday', WEEKDAYS[n % WEEKDAYS.length]!)
      .replace('aged 56', `aged ${AGES[n % AGES.length]}`) + ODD[n % ODD.length]!
  );
}

/**
 * About 100 drafts over three fact bases: `desk/` under the example's facts,
 * `broken/` under its own broken fact file (one error, to be listed once),
 * `named/` naming its fact file in front matter (one names a missing file).
 */
function generatedSet(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    'facts.yaml': EXAMPLE_FACTS,
    'broken/facts.yaml': BROKEN_FACTS,
    'named/binary.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x2a]),
  };
  for (let n = 0; n < 60; n++) files[`desk/${String(n).padStart(2, '0')}.md`] = variant(n);
  for (let n = 0; n < 20; n++) files[`broken/${n}.md`] = n % 2 ? CLAIMLESS_DRAFT : variant(n);
  for (let n = 0; n < 20; n++) {
    const named = n === 7 ? '../missing.yaml' : '../facts.yaml';
    files[`named/${n}.md`] = variant(n).replace('date: 2024-10-28\n', `date: 2024-10-28\nfacts: ${named}\n`);
  }
  return files;
}

/** Exit 2 with exactly one line on stderr, matching `pattern`, and nothing on stdout. */
function assertUnreadable(r: CliResult, pattern: RegExp): void {
  assert.equal(r.status, 2, `exit status (stdout: ${r.stdout.slice(0, 300)}, stderr: ${r.stderr})`);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.match(lines[0]!, pattern);
}

const ONE_THREAD = { OPED_FACTS_WORKERS: '0' };
const THREE_THREADS = { OPED_FACTS_WORKERS: '2' };

/** Preloaded in every thread of the CLI (NODE_OPTIONS --require): notes which threads ran. */
const THREAD_PROBE = `const { isMainThread, threadId } = require('node:worker_threads');
require('node:fs').appendFileSync(process.env.THREAD_PROBE_OUT, (isMainThread ? 'main ' : 'worker ') + threadId + '\\n');
`;

describe('cli: a tree of drafts', function () {
  this.timeout(30_000);
  before(() => buildCli());

  describe('on worker threads', () => {
    let project: TempProject;
    before(() => {
      project = new TempProject({ ...generatedSet(), 'probe.cjs': THREAD_PROBE });
    });
    after(() => project.remove());

    it('prints the same JSON report, byte for byte, as on one thread, each fact file once, from three threads', () => {
      const single = project.run(['check', '--format', 'json'], ONE_THREAD);
      const probe = join(project.dir, 'threads.txt');
      const parallel = project.run(['check', '--format', 'json'], {
        ...THREE_THREADS,
        NODE_OPTIONS: `--require ${join(project.dir, 'probe.cjs')}`,
        THREAD_PROBE_OUT: probe,
      });
      assert.equal(single.status, 1, single.stderr);
      assert.equal(single.stderr, '');
      assert.equal(parallel.stderr, '');
      assert.equal(parallel.status, 1);
      assert.ok(parallel.stdout === single.stdout, 'JSON output differs between one thread and three');
      const threads = readFileSync(probe, 'utf8').trim().split('\n').map((l) => l.split(' ')[0]);
      assert.deepEqual(threads.sort(), ['main', 'worker', 'worker'], 'the main thread and two workers ran');

      const out = JSON.parse(parallel.stdout) as { files: { path: string; diagnostics: { code: string; line: number }[] }[] };
      const paths = out.files.map((f) => f.path);
      assert.equal(paths.length, 101 + 2, 'every draft and the two fact files');
      assert.deepEqual(paths, [...paths].sort());
      assert.equal(new Set(paths).size, paths.length, 'no file listed twice');
      const broken = out.files.find((f) => f.path === 'broken/facts.yaml')!;
      assert.equal(broken.diagnostics.filter((d) => d.code === 'facts-unknown-ref').length, 1, 'listed once for 20 drafts');
      const missing = out.files.find((f) => f.path === 'named/7.md')!;
      assert.ok(missing.diagnostics.some((d) => d.code === 'facts-syntax' && d.line === 5), 'the missing fact file named in front matter');
    });

    it('prints the same SARIF log, byte for byte, as on one thread', () => {
      const single = project.run(['check', '--format', 'sarif'], ONE_THREAD);
      const parallel = project.run(['check', '--format', 'sarif'], THREE_THREADS);
      assert.equal(single.status, 1, single.stderr);
      assert.equal(parallel.status, 1, parallel.stderr);
      assert.ok(parallel.stdout === single.stdout, 'SARIF output differs between one thread and three');
    });
  });

  describe('exit status', () => {
    let project: TempProject;
    beforeEach(() => {
      const files: Record<string, string> = { 'facts.yaml': CLEAN_FACTS };
      for (let n = 0; n < 100; n++) files[`drafts/${n % 4}/${String(n).padStart(2, '0')}.md`] = CLAIMLESS_DRAFT;
      project = new TempProject(files);
    });
    afterEach(() => project.remove());

    for (const [name, env] of [['one thread', ONE_THREAD], ['three threads', THREE_THREADS]] as const) {
      it(`is 0 for a tree with no error, 1 with one error, 2 with an unreadable draft (${name})`, () => {
        const clean = project.run(['check', 'drafts'], env);
        assert.equal(clean.status, 0, clean.stdout + clean.stderr);
        assert.equal(clean.stdout, '0 errors, 0 warnings, 0 information in 101 files\n');

        project.write('drafts/3/wrong.md', '# Bannu\n\nSeven soldiers were killed in the Bannu attack on 2 September 2025, according to ISPR.\n');
        const wrong = project.run(['check', 'drafts'], env);
        assert.equal(wrong.status, 1, wrong.stdout + wrong.stderr);
        assert.match(wrong.stdout, /^drafts\/3\/wrong\.md:3:1 error casualty-mismatch .*\n1 error, 0 warnings, 0 information in 102 files\n$/);

        // Drafts too large to read (sparse files: no disk used) fail only when read, on whichever
        // thread: the first in the drafts' order is the one reported, as on one thread.
        execFileSync('truncate', ['-s', '3G', join(project.dir, 'drafts/1/57.md')]);
        execFileSync('truncate', ['-s', '3G', join(project.dir, 'drafts/0/92.md')]);
        assertUnreadable(project.run(['check', 'drafts'], env), /^oped-facts: cannot read drafts\/0\/92\.md: larger than 2 GiB$/);
      });
    }
  });

  describe('unreadable and odd entries', () => {
    let project: TempProject;
    beforeEach(() => {
      project = new TempProject({ 'facts.yaml': CLEAN_FACTS, 'drafts/a.md': CLAIMLESS_DRAFT, 'drafts/z.md': CLAIMLESS_DRAFT });
    });
    afterEach(() => project.remove());

    it('stops at a broken symbolic link named *.md, in a folder searched or named, before checking anything', () => {
      symlinkSync('nowhere.md', join(project.dir, 'drafts/gone.md'));
      const reason = /^oped-facts: cannot read drafts\/gone\.md: broken symbolic link$/;
      assertUnreadable(project.run(['check', 'drafts']), reason);
      assertUnreadable(project.run(['check']), reason);
      assertUnreadable(project.run(['check', 'drafts/gone.md']), reason);
      // A glob lists only what exists (tinyglobby leaves broken links out), so the pattern skips it.
      assert.deepEqual(runJson(project, ['drafts/*.md']).out.files.map((f) => f.path), ['drafts/a.md', 'drafts/z.md', 'facts.yaml']);
    });

    it('stops at a named pipe named *.md without opening it (which would wait forever)', function () {
      try {
        execFileSync('mkfifo', [join(project.dir, 'drafts/pipe.md')]);
      } catch {
        this.skip(); // no mkfifo here
      }
      assertUnreadable(project.run(['check', 'drafts']), /^oped-facts: cannot read drafts\/pipe\.md: not a regular file$/);
      assertUnreadable(project.run(['check', 'drafts/pipe.md']), /^oped-facts: cannot read drafts\/pipe\.md: not a regular file$/);
    });

    it('searches a folder named x.md like any folder', () => {
      project.write('drafts/x.md/inner.md', CLAIMLESS_DRAFT);
      const { status, out } = runJson(project, ['drafts']);
      assert.equal(status, 0);
      assert.deepEqual(
        out.files.map((f) => f.path),
        ['drafts/a.md', 'drafts/x.md/inner.md', 'drafts/z.md', 'facts.yaml'],
      );
    });

    it('reports a draft it may not read (permission denied) in one line', function () {
      if (process.getuid?.() === 0) this.skip(); // root reads files whatever their mode
      project.write('drafts/locked.md', CLAIMLESS_DRAFT);
      execFileSync('chmod', ['000', join(project.dir, 'drafts/locked.md')]);
      assertUnreadable(project.run(['check', 'drafts']), /^oped-facts: cannot read drafts\/locked\.md: permission denied$/);
    });
  });

  describe('binary content', () => {
    let project: TempProject;
    const BINARY = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64), Buffer.from('Seven soldiers were killed in Bannu.\u0000\u00ff\u00fe')]);
    beforeEach(() => {
      project = new TempProject({ 'facts.yaml': CLEAN_FACTS, 'drafts/a.md': CLAIMLESS_DRAFT, 'drafts/x.md': BINARY });
    });
    afterEach(() => project.remove());

    it('skips a file with NUL bytes with one information diagnostic, and exits 0', () => {
      const r = project.run(['check', 'drafts']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.equal(
        r.stdout,
        'drafts/x.md:1:1 information not-checked Not checked: it holds binary data (NUL characters), not Markdown text.\n' +
          '0 errors, 0 warnings, 1 information in 3 files\n',
      );
    });

    it('says so in JSON and SARIF too', () => {
      const { status, out } = runJson(project, ['drafts']);
      assert.equal(status, 0);
      assert.deepEqual(out.files.find((f) => f.path === 'drafts/x.md')?.diagnostics, [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          severity: 'information',
          code: 'not-checked',
          message: 'Not checked: it holds binary data (NUL characters), not Markdown text.',
        },
      ]);
      const sarif = project.run(['check', 'drafts', '--format', 'sarif']);
      const results = (JSON.parse(sarif.stdout) as { runs: { results: Record<string, unknown>[] }[] }).runs[0]!.results;
      assert.equal(results.length, 1);
      assert.equal(results[0]!['ruleId'], 'not-checked');
      assert.equal(results[0]!['level'], 'note');
      assert.ok(!('ruleIndex' in results[0]!), 'no rule in the table');
    });
  });
});
