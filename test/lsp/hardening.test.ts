import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { hoverWhileChecked, TestClient } from './lspClient';

const FACTS = `version: 1
sources:
  wire: {title: Wire, publisher: Wire, url: https://example.org/w, date: 2025-09-03}
events:
  bannu-attack: {name: Attack in Bannu, place: Bannu, date: 2025-09-02, killed: {soldiers: 6}, sources: [wire]}
`;

/** Bad input never crashes the server, and an untrusted workspace reads nothing outside its folders. */
describe('language server: bad input and trust', function () {
  this.timeout(60_000);
  let workspace: string;

  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'oped-hard-'));
    mkdirSync(join(workspace, 'drafts'));
    writeFileSync(join(workspace, 'facts.yaml'), FACTS);
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  describe('in an untrusted workspace', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient();
      await client.initialize(join(workspace, 'drafts'), { trusted: false });
    });
    after(() => client.stop());

    it('does not read a fact file outside the workspace, and says so in the draft', async () => {
      const uri = client.open(join(workspace, 'drafts/escape.md'), '---\nfacts: ../../../../../../etc/passwd\n---\n\nIn Bannu, seven soldiers were killed.\n');
      const { diagnostics } = await client.diagnostics(uri);
      const refused = diagnostics.find((d) => d.range.start.line === 1);
      assert.ok(refused, JSON.stringify(diagnostics));
      assert.match(refused.message, /outside the workspace/);
      assert.ok(!client.published.some((p) => p.uri === URI.file('/etc/passwd').toString()), 'diagnostics were published for /etc/passwd');
    });

    it('does not follow a symbolic link out of the workspace, and quotes nothing of what it leads to', async () => {
      const outside = join(workspace, 'secret.txt');
      writeFileSync(outside, 'root-password: hunter2-do-not-show\n');
      const folder = join(workspace, 'drafts/linked');
      mkdirSync(folder);
      symlinkSync(outside, join(folder, 'facts.yaml'));
      const uri = client.open(join(folder, 'draft.md'), 'In Bannu, seven soldiers were killed.\n');
      const { diagnostics } = await client.diagnostics(uri);
      const notice = diagnostics.find((d) => d.code === 'facts-syntax');
      assert.ok(notice, JSON.stringify(diagnostics));
      assert.match(notice.message, /outside the workspace/);
      const everything = JSON.stringify(client.published) + JSON.stringify(client.notifications);
      assert.doesNotMatch(everything, /hunter2/);
    });
  });

  describe('with bad drafts', () => {
    let client: TestClient;
    before(async () => {
      client = new TestClient();
      client.settings = { maxDraftSizeKb: 1024 };
      await client.initialize(workspace);
    });
    after(() => client.stop());

    it('skips a draft with binary content, with one information diagnostic', async () => {
      const uri = client.open(join(workspace, 'drafts/binary.md'), `PK\u0003\u0004\u0000\u0000seven soldiers were killed in Bannu\u0000`);
      const { diagnostics } = await client.diagnostics(uri);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.severity, 3);
      assert.match(diagnostics[0]!.message, /Not checked: it holds binary data/);
    });

    it('skips a 10 MB draft above the size setting and stays responsive', async () => {
      const big = 'In Bannu, seven soldiers were killed. '.repeat(280_000);
      const uri = client.open(join(workspace, 'drafts/big.md'), big);
      const { diagnostics } = await client.diagnostics(uri);
      assert.match(diagnostics[0]!.message, /Not checked: this draft is \d+ KB, above opedFacts.maxDraftSizeKb \(1024 KB\)/);
      const small = client.open(join(workspace, 'drafts/small.md'), 'In Bannu, seven soldiers were killed.\n');
      await client.diagnostics(small);
      const started = Date.now();
      const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 11 } })) as Hover | null;
      assert.ok(hover, 'no hover on the small draft');
      assert.ok(Date.now() - started < 5_000);
    });

    it('answers hovers while a 2 MB draft with no newline is checked, and checks it', async () => {
      client.settings = { maxDraftSizeKb: 2048 };
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const small = client.open(join(workspace, 'drafts/beside.md'), 'In Bannu, seven soldiers were killed.\n');
      await client.diagnostics(small);
      const sentence = 'In Bannu, seven soldiers were killed on 2 September 2025, police said. ';
      const uri = client.open(join(workspace, 'drafts/one-line.md'), sentence.repeat(Math.floor(2_000_000 / sentence.length)));
      const { diagnostics, waits } = await hoverWhileChecked(client, uri, small);
      assert.ok(diagnostics.some((d) => d.code === 'casualty-mismatch'), 'the long draft was not checked');
      // The editor is sent the first 3,000 problems and one notice saying how many more there are.
      assert.equal(diagnostics.length, 3_001);
      assert.match(diagnostics[3_000]!.message, /^3,000 problems are shown in this draft; [\d,]+ more from line 1 on are not/);
      // The median hover is answered at once; the slowest waits only for the moment the results are published.
      assert.ok(waits[waits.length >> 1]! < 200, `median hover ${waits[waits.length >> 1]} ms`);
      assert.ok(waits.length > 5, `only ${waits.length} hovers while it was checked`);
      client.settings = { maxDraftSizeKb: 1024 };
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    });

    it('says a fact file over 20 MB is too large, in the draft, as the CLI does', async () => {
      const folder = join(workspace, 'drafts/huge-facts');
      mkdirSync(folder);
      writeFileSync(join(folder, 'facts.yaml'), `version: 1\n${'# padding padding padding padding padding padding padding padding\n'.repeat(330_000)}`);
      const uri = client.open(join(folder, 'draft.md'), 'In Bannu, seven soldiers were killed.\n');
      const { diagnostics } = await client.diagnostics(uri);
      assert.ok(diagnostics.some((d) => /is 2\d MB, more than the 20 MB a fact file may be/.test(d.message)), JSON.stringify(diagnostics.map((d) => d.message)));
    });

    it('answers hovers while a large fact file loads, then checks the draft against it', async () => {
      const small = client.open(join(workspace, 'drafts/beside-facts.md'), 'In Bannu, seven soldiers were killed.\n');
      await client.diagnostics(small);
      const folder = join(workspace, 'drafts/large-facts');
      mkdirSync(folder);
      const filler = Array.from({ length: 30_000 }, (_, i) => `  note-${i}: {name: "Meeting number ${i} of the district council", date: 2024-01-15, sources: [wire]}\n`).join('');
      writeFileSync(join(folder, 'facts.yaml'), `${FACTS}${filler}`);
      const uri = client.open(join(folder, 'draft.md'), 'In Bannu, seven soldiers were killed.\n');
      const { diagnostics, waits } = await hoverWhileChecked(client, uri, small);
      assert.ok(diagnostics.some((d) => d.code === 'casualty-mismatch'), JSON.stringify(diagnostics.map((d) => d.message)));
      assert.ok(waits.length > 3, `only ${waits.length} hovers while it loaded`);
      assert.ok(waits[waits.length >> 1]! < 200, `median hover ${waits[waits.length >> 1]} ms`);
    });

    for (const [name, text, line, pattern] of [
      ['a draft that is only front matter', '---\ndate: 2025-09-20\n---\n', undefined, undefined],
      ['broken front matter', '---\ndate: [unclosed\nfacts: {\n---\n\nIn Bannu, seven soldiers were killed.\n', undefined, undefined],
      ['front matter naming a missing fact file', '---\nfacts: nowhere.yaml\n---\n\nSix soldiers died.\n', 1, /does not exist|cannot|no such/i],
      ['front matter naming a folder', '---\nfacts: ../drafts\n---\n\nSix soldiers died.\n', 1, /folder|director|not a file/i],
    ] as const) {
      it(`answers ${name} with diagnostics, not a crash`, async () => {
        const uri = client.open(join(workspace, `drafts/${name.replace(/\W+/g, '-')}.md`), text);
        const { diagnostics } = await client.diagnostics(uri);
        if (line !== undefined) {
          const d = diagnostics.find((x) => x.range.start.line === line);
          assert.ok(d, JSON.stringify(diagnostics));
          assert.match(d.message, pattern!);
        }
        const alive = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
        assert.equal(alive, null);
      });
    }
  });
});
