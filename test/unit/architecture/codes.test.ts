import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_CODES } from '../../../server/src/core';
import { DRAFT_CHECKS, FACT_CHECKS } from '../../../server/src/core/checks';

/** STYLE rule 6: the codes are a closed, documented table, each with a README entry and a corpus case. */
const ROOT = resolve(__dirname, '../../..');

describe('diagnostic codes', () => {
  it('are exactly the fifteen of SPEC section 4', () => {
    assert.equal(ALL_CODES.length, 15);
  });

  it('each has an entry in the README reference', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const missing = ALL_CODES.filter((code) => !readme.includes(`<a id="${code}"></a>`));
    assert.deepEqual(missing, []);
  });

  it('each is exercised by at least one corpus case', () => {
    const corpus = join(ROOT, 'test/fixtures/corpus');
    const seen = new Set<string>();
    for (const c of readdirSync(corpus)) {
      const file = join(corpus, c, 'expected.json');
      if (!statSync(join(corpus, c)).isDirectory()) continue;
      for (const d of JSON.parse(readFileSync(file, 'utf8')) as { code: string }[]) seen.add(d.code);
    }
    assert.deepEqual(ALL_CODES.filter((c) => !seen.has(c)), []);
  });

  it('every code, facts-* included, has a check in the registry', () => {
    const registered = new Set([...DRAFT_CHECKS, ...FACT_CHECKS].map((c) => c.code));
    assert.deepEqual(ALL_CODES.filter((c) => !registered.has(c)), []);
  });

  it('every code has its own check file, named after it', () => {
    for (const check of [...DRAFT_CHECKS, ...FACT_CHECKS]) {
      const file = check.code.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
      assert.ok(statSync(join(ROOT, 'server/src/core/checks', `${file}.ts`)).isFile(), check.code);
    }
  });
});
