import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { InlayHint } from 'vscode-languageserver-protocol';
import type { ClaimsResult } from '../../server/src/protocol';
import { TestClient } from './lspClient';

/** The fact-checker's desk over LSP (issue 14): a draft's claim inventory on request, and a ✓ after each confirmed claim. */
describe('language server: the claim inventory', function () {
  this.timeout(30_000);
  const examples = resolve(__dirname, '../../examples');
  const path = join(examples, 'drafts/ashgrove-dam.md');
  const text = readFileSync(path, 'utf8');
  let client: TestClient;
  let uri: string;

  before(async () => {
    client = new TestClient();
    await client.initialize(examples);
    uri = client.open(path, text);
    await client.diagnostics(uri);
  });
  after(() => client.stop());

  const claims = (): Promise<ClaimsResult> => client.connection.sendRequest('opedFacts/claims', { uri }) as Promise<ClaimsResult>;

  it('answers opedFacts/claims with every claim, its status, and a summary that adds up', async () => {
    const result = await claims();
    assert.ok(result.checked);
    assert.equal(result.summary.claims, result.claims.length);
    const counted = result.summary.contradicted + result.summary.confirmed + result.summary.cited + result.summary.unsourced + result.summary.ignored;
    assert.equal(counted, result.summary.claims);
    assert.match(result.summaryLine, /^\d+ claims: /);
  });

  it('puts every error of the example under a contradicted claim with its fix value', async () => {
    const { diagnostics } = await client.diagnostics(uri);
    const result = await claims();
    const errors = diagnostics.filter((d) => d.severity === 1 && d.code !== 'weekday-mismatch');
    assert.ok(errors.length > 0);
    for (const d of errors) {
      const claim = result.claims.find((c) => c.range.start.line === d.range.start.line && c.range.start.character === d.range.start.character);
      assert.equal(claim?.status, 'contradicted', d.message);
      assert.ok(claim?.codes.includes(String(d.code)));
    }
  });

  it('gives each claim tied to an entry its fact card, for a tooltip', async () => {
    const tied = (await claims()).claims.filter((c) => c.factId);
    assert.ok(tied.length > 0);
    for (const c of tied) assert.match(c.card ?? '', /\*\*/);
  });

  it('shows a ✓ after each confirmed claim, and none once the setting is off', async () => {
    const confirmed = (await claims()).claims.filter((c) => c.status === 'confirmed');
    assert.ok(confirmed.length > 0, 'the example has confirmed claims');
    const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: whole })) as InlayHint[];
    assert.deepEqual(hints.map((h) => h.position), confirmed.map((c) => c.range.end));
    assert.ok(hints.every((h) => h.label === '✓' && /^Confirmed by the fact file/.test(String(h.tooltip))));
    client.settings = { confirmationHints: false };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await new Promise((r) => setTimeout(r, 300));
    const none = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: whole })) as InlayHint[];
    assert.deepEqual(none, []);
  });
});
