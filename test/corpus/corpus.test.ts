import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineIndex } from '../../server/src/core';
import { checkCase, key, type Expected } from './labelledCase';

/**
 * The labelled corpus (SPEC section 7), one test per case: the core's
 * diagnostics must match expected.json exactly by file, line and code, with
 * the right fix value; then every fix is applied and the draft checked again.
 */
const CORPUS = resolve(__dirname, '../fixtures/corpus');
const MISMATCH = /-mismatch$/;

describe('corpus (SPEC section 7)', () => {
  const cases = readdirSync(CORPUS).filter((c) => statSync(join(CORPUS, c)).isDirectory() && existsSync(join(CORPUS, c, 'expected.json'))).sort();

  it('holds every case of the shared corpus', () => {
    assert.ok(cases.length >= 36, `only ${cases.length} cases`);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(CORPUS, name);
      const want: Expected[] = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      const { found, draft, text } = checkCase(dir);
      assert.deepEqual(found.map(key).sort(), want.map(key).sort(), `diagnostics differ:\n${found.map((f) => `${key(f)} ${f.message}`).join('\n')}`);
      // Pair each label with a diagnostic in order (two on one line and code are told apart by their order), then check its fix value and severity.
      const left = [...found];
      for (const w of want) {
        const got = left.splice(left.findIndex((f) => key(f) === key(w)), 1)[0];
        if (w.expected !== undefined) assert.equal(got?.expected, w.expected, `fix value of ${key(w)}`);
        if (w.severity !== undefined) assert.equal(got?.severity, w.severity, `severity of ${key(w)}`);
      }
      // Apply every fix, from the end backwards, and check again: no mismatch is left.
      const fixes = draft.flatMap((d) => d.fix?.edits ?? []).sort((a, b) => b.start - a.start);
      if (!fixes.length) return;
      let fixed = text;
      for (const e of fixes) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
      const lines = new LineIndex(text);
      const fixedKeys = new Set(draft.filter((d) => d.fix).map((d) => key({ line: lines.positionAt(d.start).line + 1, code: d.code })));
      const again = checkCase(dir, fixed).found.filter((f) => MISMATCH.test(f.code) && !f.file);
      assert.deepEqual(again.map(key).filter((k) => fixedKeys.has(k)), [], 'a fix left its mismatch behind');
    });
  }
});
