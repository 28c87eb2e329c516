import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createFsHost, toCorePath } from '../../../server/src/cli/fsHost';
import { CLAIM_STATUSES, checkDraftFile, FactBaseCache, summaryLine, type FactHost, type InventoryClaim } from '../../../server/src/core';
import { FACTS } from '../helpers/checkProse';

/** The claim inventory (SPEC section 8): every claim with its status, made in the same pass as the diagnostics. */
function inventoryOf(prose: string): InventoryClaim[] {
  const files = new Map([['/t/facts.yaml', FACTS], ['/t/draft.md', `---\ndate: 2025-09-20\n---\n\n${prose}\n`]]);
  const host: FactHost = { readFile: (p) => files.get(p), listDir: (d) => (d === '/t' ? ['draft.md', 'facts.yaml'] : undefined) };
  return checkDraftFile('/t/draft.md', host, new FactBaseCache(host)).result.inventory!.claims;
}

const statusOf = (claims: InventoryClaim[], text: string): string | undefined => claims.find((c) => c.text === text)?.status;

describe('the claim inventory', () => {
  it('is left out, with the hover and code-action data, when only the diagnostics are asked for (oped-facts check); the diagnostics are the same', () => {
    const files = new Map([['/t/facts.yaml', FACTS], ['/t/draft.md', '---\ndate: 2025-09-20\n---\n\nIn Bannu, nine soldiers were killed.\n']]);
    const host: FactHost = { readFile: (p) => files.get(p), listDir: (d) => (d === '/t' ? ['draft.md', 'facts.yaml'] : undefined) };
    const full = checkDraftFile('/t/draft.md', host, new FactBaseCache(host)).result;
    const only = checkDraftFile('/t/draft.md', host, new FactBaseCache(host), { diagnosticsOnly: true }).result;
    assert.deepEqual([only.inventory, only.claims, only.sentences], [undefined, [], []]);
    assert.ok(full.inventory && full.claims.length && full.sentences.length);
    assert.deepEqual(only.diagnostics, full.diagnostics);
    assert.equal(only.diagnostics[0]?.code, 'casualty-mismatch');
  });

  it('calls a count that agrees with its sourced entry confirmed, with its tie, the words that tied it and its sources', () => {
    const [claim] = inventoryOf('In Bannu, six soldiers were killed.');
    assert.deepEqual(
      { status: claim?.status, factId: claim?.factId, tie: claim?.tie, tiedBy: claim?.tiedBy, sources: claim?.sources, codes: claim?.codes },
      { status: 'confirmed', factId: 'bannu-attack', tie: 'named', tiedBy: 'Bannu', sources: ['wire'], codes: [] },
    );
  });

  it('calls a count that disagrees contradicted, with the code on it and the fix value', () => {
    const [claim] = inventoryOf('In Bannu, nine soldiers were killed.');
    assert.equal(claim?.status, 'contradicted');
    assert.deepEqual(claim?.codes, ['casualty-mismatch']);
    assert.equal(claim?.expected, 'six');
  });

  it('calls a claim with no entry but a link cited, and one with neither unsourced', () => {
    const claims = inventoryOf('In Quetta, 14 police officers were wounded, [the wire said](https://example.org/q).\n\nIn Turbat, 11 miners were killed.');
    assert.equal(statusOf(claims, '14'), 'cited');
    assert.equal(statusOf(claims, '11'), 'unsourced');
  });

  it('calls a contradicted claim that a directive silences ignored', () => {
    const claims = inventoryOf('In Bannu, nine soldiers were killed. <!-- facts-ignore -->');
    assert.equal(claims[0]?.status, 'ignored');
    assert.deepEqual(claims[0]?.codes, []);
  });

  it('sums to a summary line a desk editor reads', () => {
    assert.equal(summaryLine({ claims: 14, confirmed: 11, cited: 1, unsourced: 1, contradicted: 1, ignored: 0 }), '14 claims: 11 confirmed, 1 cited, 1 unsourced, 1 contradicted');
  });

  describe('agrees with the diagnostics on every corpus case', () => {
    const corpus = resolve(__dirname, '../../fixtures/corpus');
    const cases = readdirSync(corpus).filter((c) => statSync(join(corpus, c)).isDirectory() && existsSync(join(corpus, c, 'draft.md')));
    for (const name of cases) {
      it(name, () => {
        const host = createFsHost();
        const checked = checkDraftFile(toCorePath(join(corpus, name, 'draft.md')), host, new FactBaseCache(host));
        const inventory = checked.result.inventory!;
        const at = (d: { start: number; end: number }): InventoryClaim | undefined => inventory.claims.find((c) => c.start === d.start && c.end === d.end);
        const dateBeside = (d: { start: number; end: number }): InventoryClaim | undefined =>
          inventory.claims.filter((c) => c.kind === 'date' && c.sentence.start <= d.start && d.end <= c.sentence.end).sort((a, b) => Math.abs(a.start - d.end) - Math.abs(b.start - d.end))[0];
        for (const d of checked.diagnostics) {
          if (d.code === 'weekday-mismatch') {
            assert.equal(dateBeside(d)?.status, 'contradicted', `the date beside the weekday at ${d.start}`);
            continue;
          }
          if (/-mismatch$|^internal-inconsistency$/.test(d.code)) assert.equal(at(d)?.status, 'contradicted', `${d.code} at ${d.start}: ${d.message}`);
          if (d.code === 'unsourced-claim') assert.equal(at(d)?.status, 'unsourced', `unsourced-claim at ${d.start}`);
        }
        const counted = CLAIM_STATUSES.reduce((n, s) => n + inventory.summary[s], 0);
        assert.equal(counted, inventory.summary.claims);
        assert.equal(inventory.summary.claims, inventory.claims.length);
      });
    }
  });
});
