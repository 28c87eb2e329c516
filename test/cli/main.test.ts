import { strict as assert } from 'node:assert';
import type { FactHost } from '../../server/src/core';
import { createFsHost } from '../../server/src/cli/fsHost';
import { run, type OutStream } from '../../server/src/cli/main';
import { BROKEN_FACTS, CLAIMLESS_DRAFT, TempProject } from './cliRunner';

/** Collects what is written, as a non-terminal stream. */
function sink(): OutStream & { text: string } {
  const out = { text: '', write: (t: string) => (out.text += t) };
  return out;
}

describe('cli: run() in process', () => {
  let project: TempProject;

  beforeEach(() => {
    const files: Record<string, string> = { 'facts.yaml': BROKEN_FACTS };
    for (let i = 0; i < 200; i++) files[`drafts/${String(i).padStart(3, '0')}.md`] = CLAIMLESS_DRAFT;
    project = new TempProject(files);
  });
  afterEach(() => project.remove());

  it('reads a fact file shared by 200 drafts once, and each draft once', async () => {
    const reads = new Map<string, number>();
    const fs = createFsHost({ cacheListings: true });
    const host: FactHost = {
      readFile: (path) => {
        reads.set(path, (reads.get(path) ?? 0) + 1);
        return fs.readFile(path);
      },
      listDir: (path) => fs.listDir(path),
    };
    const stdout = sink();
    const stderr = sink();
    const status = await run(['check', 'drafts', '--format', 'json'], { cwd: project.dir, env: {}, stdout, stderr, host });
    assert.equal(status, 1);
    assert.equal(stderr.text, '');
    assert.equal(reads.get(`${project.dir}/facts.yaml`), 1);
    const draftReads = [...reads].filter(([path]) => path.endsWith('.md'));
    assert.equal(draftReads.length, 200);
    assert.ok(draftReads.every(([, n]) => n === 1));
    const out = JSON.parse(stdout.text) as { files: { path: string; diagnostics: { code: string }[] }[] };
    assert.equal(out.files.length, 201);
    const ref = out.files.flatMap((f) => f.diagnostics).filter((d) => d.code === 'facts-unknown-ref');
    assert.equal(ref.length, 1, 'listed once for 200 drafts');
  });

  it('writes nothing but the report: no progress when stderr is not a terminal', async () => {
    const stdout = sink();
    const stderr = sink();
    await run(['check', 'drafts'], { cwd: project.dir, env: {}, stdout, stderr });
    assert.equal(stderr.text, '');
    assert.match(stdout.text, /in 201 files\n$/);
  });

  it('writes a progress line to a terminal stderr for more than 20 drafts', async () => {
    const stdout = sink();
    const stderr = Object.assign(sink(), { isTTY: true });
    await run(['check', 'drafts'], { cwd: project.dir, env: {}, stdout, stderr });
    assert.match(stderr.text, /^\rchecked \d+\/200 drafts/);
    assert.ok(stderr.text.includes('\rchecked 200/200 drafts'));
    assert.ok(stderr.text.endsWith('\r\u001b[K'), 'cleared at the end');
  });
});
