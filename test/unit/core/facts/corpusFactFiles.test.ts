/**
 * The shared corpus's fact files (copied to test/fixtures/facts-corpus; its
 * README says how to refresh them): each case's files, loaded and merged in
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

const CORPUS = join(__dirname, '../../../fixtures/facts-corpus');
const FACT_FILE = /^(?:.+\.)?facts\.(?:yaml|yml|json)$/;

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
  const cases = readdirSync(CORPUS).filter((c) => statSync(join(CORPUS, c)).isDirectory()).sort();

  it('has every case of the corpus that has a fact file', () => {
    assert.equal(cases.length, 33);
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
