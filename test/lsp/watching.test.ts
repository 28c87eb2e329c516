import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { TestClient } from './lspClient';

const FACTS = 'version: 1\nsources:\n  w: {title: W, publisher: W, url: https://example.org/w, date: 2025-09-03}\nevents:\n  bannu: {name: Attack in Bannu, place: Bannu, killed: {soldiers: 6}, sources: [w]}\n';

/** Fact files appearing on disk, settings changing, and several workspace folders. */
describe('language server: watching and settings', function () {
  this.timeout(60_000);
  let workspace: string;
  let client: TestClient;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'oped-watch-'));
    for (const f of ['one', 'two']) mkdirSync(join(workspace, f));
    writeFileSync(join(workspace, 'two/facts.yaml'), FACTS.replace('soldiers: 6', 'soldiers: 9'));
    client = new TestClient();
    await client.initialize(join(workspace, 'one'), {}, [join(workspace, 'one'), join(workspace, 'two')]);
  });
  after(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('picks up a fact file created on disk', async () => {
    const uri = client.open(join(workspace, 'one/draft.md'), 'In Bannu, seven soldiers were killed.\n');
    const first = await client.diagnostics(uri);
    assert.deepEqual(first.diagnostics.map((d) => d.code), ['unsourced-claim']);
    writeFileSync(join(workspace, 'one/facts.yaml'), FACTS);
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(join(workspace, 'one/facts.yaml')).toString(), type: 1 }] });
    const after = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'casualty-mismatch'));
    assert.match(after.diagnostics[0]!.message, /6 soldiers/);
  });

  it('gives each workspace folder its own fact file', async () => {
    const uri = client.open(join(workspace, 'two/draft.md'), 'In Bannu, seven soldiers were killed.\n');
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.match(diagnostics.find((d) => d.code === 'casualty-mismatch')!.message, /9 soldiers/);
  });

  it('applies a severity override and a disabled check from the settings', async () => {
    client.settings = { severity: { 'casualty-mismatch': 'warning' }, disabledChecks: ['weekday-mismatch'] };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = URI.file(join(workspace, 'one/draft.md')).toString();
    const after = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'casualty-mismatch' && d.severity === 2));
    assert.ok(after);
    client.settings = { severity: { 'casualty-mismatch': 'off' } };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const off = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'casualty-mismatch'));
    assert.ok(off);
  });
});
