import { strict as assert } from 'node:assert';
import { factFilesForDraft } from '../../../../server/src/core/facts/discovery';
import { LineIndex } from '../../../../server/src/core/text/lineIndex';
import { memoryHost } from '../../helpers/memoryHost';

const FACT = 'version: 1\n';

/** A draft with front matter lines (none when empty). */
function draft(path: string, ...frontMatter: string[]): { path: string; text: string } {
  const head = frontMatter.length ? `---\n${frontMatter.join('\n')}\n---\n` : '';
  return { path, text: `${head}\nSix soldiers were killed in Bannu.\n` };
}

describe('factFilesForDraft: front matter facts:', () => {
  const host = memoryHost({
    '/ws/facts/bannu.yaml': FACT,
    '/ws/facts/people.yaml': FACT,
    '/ws/drafts/facts.yaml': FACT,
    '/ws/facts/archive/old.yaml': FACT,
  });

  it('takes a path relative to the draft, instead of any nearby fact file', () => {
    const found = factFilesForDraft(draft('/ws/drafts/a.md', 'facts: ../facts/bannu.yaml'), host);
    assert.deepEqual(found, { paths: ['/ws/facts/bannu.yaml'], diagnostics: [] });
  });

  it('takes a list, in its order', () => {
    const found = factFilesForDraft(draft('/ws/drafts/a.md', 'facts: [../facts/people.yaml, ../facts/bannu.yaml]'), host);
    assert.deepEqual(found.paths, ['/ws/facts/people.yaml', '/ws/facts/bannu.yaml']);
  });

  it('reports a missing file in the draft, on the path in the facts: line', () => {
    const d = draft('/ws/drafts/a.md', 'title: Bannu', 'facts: ../x.yaml');
    const found = factFilesForDraft(d, host);
    assert.deepEqual(found.paths, []);
    assert.equal(found.diagnostics.length, 1);
    const [diagnostic] = found.diagnostics;
    assert.equal(diagnostic!.file, '/ws/drafts/a.md');
    assert.equal(diagnostic!.code, 'facts-syntax');
    assert.equal(diagnostic!.severity, 'error');
    assert.equal(diagnostic!.message, 'Fact file "../x.yaml" named in front matter does not exist');
    assert.equal(d.text.slice(diagnostic!.start, diagnostic!.end), '../x.yaml');
    assert.equal(new LineIndex(d.text).positionAt(diagnostic!.start).line + 1, 3);
  });

  it('reports each missing file of a block list on its own line, and keeps the others', () => {
    const d = draft('/ws/drafts/a.md', 'facts:', '  - ../facts/bannu.yaml', '  - ../facts/gone.yaml');
    const found = factFilesForDraft(d, host);
    assert.deepEqual(found.paths, ['/ws/facts/bannu.yaml']);
    assert.equal(new LineIndex(d.text).positionAt(found.diagnostics[0]!.start).line + 1, 4);
  });

  it('reports a folder', () => {
    const found = factFilesForDraft(draft('/ws/drafts/a.md', 'facts: ../facts/archive'), host);
    assert.equal(found.diagnostics[0]!.message, 'Fact file "../facts/archive" named in front matter is a folder, not a file');
  });

  it('does not read a path the host refuses, and says why', () => {
    const guarded = memoryHost({ '/etc/facts.yaml': FACT, '/ws/drafts/facts.yaml': FACT }, { outside: ['/etc'] });
    const found = factFilesForDraft(draft('/ws/drafts/a.md', 'facts: ../../etc/facts.yaml'), guarded);
    assert.deepEqual(found.paths, []);
    assert.equal(found.diagnostics[0]!.message, 'Fact file "../../etc/facts.yaml" named in front matter is outside the workspace and is not read');
    assert.deepEqual(guarded.reads, []);
  });

  it('takes an absolute path as it is', () => {
    assert.deepEqual(factFilesForDraft(draft('/ws/drafts/a.md', 'facts: /ws/facts/bannu.yaml'), host).paths, ['/ws/facts/bannu.yaml']);
  });
});

describe('factFilesForDraft: the nearest folder with fact files', () => {
  const host = memoryHost({
    '/ws/facts.yaml': FACT,
    '/ws/op-eds/people.facts.yaml': FACT,
    '/ws/op-eds/events.facts.yml': FACT,
    '/ws/op-eds/a.facts.json': FACT,
    '/ws/op-eds/facts.json': FACT,
    '/ws/op-eds/notes.yaml': FACT,
    '/ws/op-eds/.facts.yaml': FACT,
    '/ws/op-eds/2025/september/draft.md': 'x',
    '/ws/other/draft.md': 'x',
  });

  it('walks up to the first folder with fact files and takes all of them, by file name', () => {
    const found = factFilesForDraft(draft('/ws/op-eds/2025/september/draft.md'), host);
    assert.deepEqual(found, {
      paths: ['/ws/op-eds/a.facts.json', '/ws/op-eds/events.facts.yml', '/ws/op-eds/facts.json', '/ws/op-eds/people.facts.yaml'],
      diagnostics: [],
    });
  });

  it('takes the draft’s own folder first', () => {
    assert.deepEqual(factFilesForDraft(draft('/ws/other/draft.md'), host).paths, ['/ws/facts.yaml']);
  });

  it('stops at the workspace root', () => {
    const outer = memoryHost({ '/facts.yaml': FACT, '/ws/drafts/a.md': 'x' });
    assert.deepEqual(factFilesForDraft(draft('/ws/drafts/a.md'), outer, { root: '/ws' }).paths, []);
    assert.deepEqual(factFilesForDraft(draft('/ws/drafts/a.md'), outer, { root: '/ws/' }).paths, []);
    assert.deepEqual(factFilesForDraft(draft('/ws/drafts/a.md'), outer).paths, ['/facts.yaml'], 'the CLI walks to the filesystem root');
  });

  it('searches the root itself', () => {
    assert.deepEqual(factFilesForDraft(draft('/ws/other/draft.md'), host, { root: '/ws' }).paths, ['/ws/facts.yaml']);
  });

  it('skips folders the host refuses', () => {
    const guarded = memoryHost({ '/ws/facts.yaml': FACT, '/ws/secret/facts.yaml': FACT, '/ws/secret/d/a.md': 'x' }, { outside: ['/ws/secret'] });
    assert.deepEqual(factFilesForDraft(draft('/ws/secret/d/a.md'), guarded).paths, ['/ws/facts.yaml']);
  });

  it('works with drive-letter paths', () => {
    const windows = memoryHost({ 'C:/ws/facts.yaml': FACT, 'C:/ws/drafts/a.md': 'x' });
    assert.deepEqual(factFilesForDraft(draft('C:/ws/drafts/a.md'), windows).paths, ['C:/ws/facts.yaml']);
    assert.deepEqual(factFilesForDraft(draft('C:/ws/drafts/a.md', 'facts: ../facts.yaml'), windows).paths, ['C:/ws/facts.yaml']);
  });

  it('never throws when the host does', () => {
    const failing = { readFile: (): string => { throw new Error('EACCES'); }, listDir: (): string[] => { throw new Error('EACCES'); } };
    assert.deepEqual(factFilesForDraft(draft('/ws/a.md'), failing), { paths: [], diagnostics: [] });
    const named = factFilesForDraft(draft('/ws/a.md', 'facts: facts.yaml'), failing);
    assert.equal(named.diagnostics[0]!.message, 'Fact file "facts.yaml" named in front matter cannot be read: EACCES');
  });

  it('finds nothing, and says nothing, when there is no fact file', () => {
    assert.deepEqual(factFilesForDraft(draft('/empty/a.md'), memoryHost({})), { paths: [], diagnostics: [] });
  });
});

describe('factFilesForDraft: extraFacts', () => {
  const host = memoryHost({ '/ws/facts.yaml': FACT, '/ws/extra.yaml': FACT });

  it('are appended after the discovered files, without repeats', () => {
    const found = factFilesForDraft(draft('/ws/a.md'), host, { extraFacts: ['/ws/extra.yaml', '/ws/facts.yaml'] });
    assert.deepEqual(found.paths, ['/ws/facts.yaml', '/ws/extra.yaml']);
  });

  it('are appended after front matter files too', () => {
    const found = factFilesForDraft(draft('/ws/a.md', 'facts: facts.yaml'), host, { extraFacts: ['/ws/extra.yaml'] });
    assert.deepEqual(found.paths, ['/ws/facts.yaml', '/ws/extra.yaml']);
  });
});
