import { strict as assert } from 'node:assert';
import { chmodSync } from 'node:fs';
import { createFsHost, decodeText, whyUnreadable } from '../../server/src/cli/fsHost';
import { buildCli, TempProject } from './cliRunner';

describe('cli: the node:fs FactHost', function () {
  this.timeout(60_000);
  let project: TempProject;
  before(() => buildCli());

  beforeEach(() => {
    project = new TempProject({ 'facts.yaml': 'version: 1\n', 'sub/b.md': 'b\n', 'sub/a.md': 'a\n' });
  });
  afterEach(() => project.remove());

  it('keeps text exact: a UTF-8 byte order mark stays, CRLF stays', () => {
    project.write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\nb\n')]));
    assert.equal(createFsHost().readFile(`${project.dir}/bom.md`), '\uFEFFa\r\nb\n');
  });

  it('decodes UTF-16 LE and BE by their byte order mark, keeping the mark as U+FEFF', () => {
    const text = 'Bannu 😀 attack\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    assert.equal(decodeText(le), `\uFEFF${text}`);
    assert.equal(decodeText(be), `\uFEFF${text}`);
    assert.equal(decodeText(Buffer.from(text, 'utf8')), text);
  });

  it('refuses a fact file over 20 MB in plain words, as the language server does (one size rule)', () => {
    project.write('big/facts.yaml', `version: 1\n${'# padding padding padding padding padding padding padding padding\n'.repeat(330_000)}`);
    project.write('big/draft.md', 'In Bannu, seven soldiers were killed.\n');
    assert.throws(() => createFsHost().readFile(`${project.dir}/big/facts.yaml`), /it is 2\d MB, more than the 20 MB a fact file may be/);
    const run = project.run(['check', 'big/draft.md', '--format', 'json']);
    const out = JSON.parse(run.stdout) as { files: { path: string; diagnostics: { message: string }[] }[] };
    const messages = out.files.flatMap((f) => f.diagnostics.map((d) => d.message));
    assert.ok(messages.some((m) => /Fact file "facts.yaml" cannot be read: it is 2\d MB, more than the 20 MB a fact file may be/.test(m)), messages.join('\n'));
  });

  it('returns undefined for a folder, a missing file and an unreadable one', () => {
    const host = createFsHost();
    assert.equal(host.readFile(`${project.dir}/sub`), undefined);
    assert.equal(host.readFile(`${project.dir}/nope.md`), undefined);
    assert.equal(whyUnreadable(`${project.dir}/nope.md`), 'no such file');
    assert.equal(whyUnreadable(`${project.dir}/sub`), 'is a folder');
    if (process.getuid?.() === 0) return; // root reads files whatever their mode
    chmodSync(`${project.dir}/facts.yaml`, 0o000);
    assert.equal(host.readFile(`${project.dir}/facts.yaml`), undefined);
    assert.equal(whyUnreadable(`${project.dir}/facts.yaml`), 'permission denied');
  });

  it('lists a folder by name, sorted, and gives undefined for a file or a missing folder', () => {
    const host = createFsHost({ cacheListings: true });
    assert.deepEqual(host.listDir(`${project.dir}/sub`), ['a.md', 'b.md']);
    assert.equal(host.listDir(`${project.dir}/facts.yaml`), undefined);
    assert.equal(host.listDir(`${project.dir}/nope`), undefined);
  });
});
