import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsHost } from '../../../../server/src/cli/fsHost';
import { loadFacts } from '../../../../server/src/core';
import { generateFactFile } from '../../../bench/factsBench';
import { loadText } from '../facts/loadText';

/** Fact files a newsroom's repository may hold by accident: each gets a diagnostic or loads, and nothing throws. */
describe('bad fact files', function () {
  this.timeout(60_000);

  it('loads a 5 MB fact file', () => {
    const big = generateFactFile(24_000);
    assert.ok(big.length > 5e6, `only ${big.length} bytes`);
    const base = loadText(big);
    assert.equal(base.entries.size, 24_000);
    assert.ok(base.usable);
  });

  it('reports a binary file named facts.yaml as facts-syntax', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00]);
    const base = loadText(bytes.toString('latin1'));
    assert.equal(base.usable, false);
    assert.deepEqual(base.diagnostics.map((d) => d.code), ['facts-syntax']);
  });

  it('reads UTF-16 fact files (little- and big-endian, with their byte-order mark)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oped-utf16-'));
    try {
      const yaml = 'version: 1\nsources:\n  s: {title: Ś, publisher: P, url: https://example.org/s, date: 2024-01-02}\nevents:\n  e: {name: Ēvent, killed: {people: 3}, sources: [s]}\n';
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(yaml, 'utf16le')]);
      const be = Buffer.from(le);
      be.swap16();
      writeFileSync(join(dir, 'le.facts.yaml'), le);
      writeFileSync(join(dir, 'be.facts.yaml'), be);
      for (const name of ['le.facts.yaml', 'be.facts.yaml']) {
        const base = loadFacts([join(dir, name)], createFsHost());
        assert.deepEqual(base.diagnostics, [], name);
        assert.equal(base.entries.get('e')?.name, 'Ēvent', name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes no id or key as a way into prototypes', () => {
    loadText('events:\n  constructor: {name: C}\n  prototype: {name: P}\n  __proto__: {polluted: yes}\nprototype:\n  polluted: yes\n');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });

  it('reports a number written as a string where a count belongs', () => {
    const base = loadText('version: 1\nevents:\n  e:\n    killed: {people: "6"}\n');
    assert.ok(base.diagnostics.some((d) => d.code === 'facts-schema'), base.diagnostics.map((d) => d.message).join('; '));
  });
});
