/**
 * The shared corpus's fact files (in test/fixtures/corpus, the one copy of
 * the corpus): each case's files, loaded and merged in
 * file-name order, give exactly the fact-file diagnostics its expected.json
 * lists, by file, line and code; a clean case's fact file gives none at all,
 * not even facts-unsourced.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FactHost } from '../../../../server/src/core/host';
import { loadFacts } from '../../../../server/src/core/loadFacts';
import { LineIndex } from '../../../../server/src/core/text/lineIndex';
import { FACT_FILE_NAME as FACT_FILE } from '../../../../server/src/core/facts/factFileNames';

const CORPUS = join(__dirname, '../../../fixtures/corpus');

const diskHost: FactHost = {
  readFile: (path) => (existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined),
  listDir: (path) => (existsSync(path) && statSync(path).isDirectory() ? readdirSync(path) : undefined),
};

interface Expected {
  file?: string;
  line: number;
  code: string;
}

describe('corpus fact files', () => {
  const cases = readdirSync(CORPUS)
    .filter((c) => statSync(join(CORPUS, c)).isDirectory() && readdirSync(join(CORPUS, c)).some((f) => FACT_FILE.test(f)))
    .sort();

  it('has the corpus cases that have a fact file', () => {
    assert.ok(cases.length >= 33, `only ${cases.length}`);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(CORPUS, name);
      const files = readdirSync(dir).filter((f) => FACT_FILE.test(f)).sort();
      const base = loadFacts(files.map((f) => join(dir, f)), diskHost);
      const got = base.diagnostics.map((d) => {
        const text = base.files.find((f) => f.path === d.file)!.text;
        return `${d.file.slice(dir.length + 1)}:${new LineIndex(text).positionAt(d.start).line + 1}:${d.code}`;
      });
      const expected = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[])
        .filter((e) => e.file !== undefined)
        .map((e) => `${e.file}:${e.line}:${e.code}`);
      assert.deepEqual(got.sort(), expected.sort(), base.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
      assert.equal(base.usable, !got.some((g) => g.endsWith(':facts-syntax')));
    });
  }
});
