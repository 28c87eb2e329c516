import { strict as assert } from 'node:assert';
import {
  BROKEN_FACTS,
  buildCli,
  CLAIMLESS_DRAFT,
  CLEAN_FACTS,
  lineOf,
  runJson,
  TempProject,
  type JsonDiag,
  type JsonOut,
} from './cliRunner';

const DIAG_KEYS = ['line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'expected', 'factId'];

/** Checks the SPEC section 6 shape, key by key, for every file and diagnostic. */
function assertShape(out: JsonOut): void {
  assert.deepEqual(Object.keys(out), ['version', 'files', 'summary']);
  assert.equal(out.version, 1);
  assert.deepEqual(Object.keys(out.summary), ['error', 'warning', 'information']);
  const counts = { error: 0, warning: 0, information: 0 };
  for (const file of out.files) {
    assert.deepEqual(Object.keys(file), ['path', 'facts', 'diagnostics']);
    assert.equal(typeof file.path, 'string');
    assert.ok(!file.path.startsWith('/') && !file.path.includes('\\'), `relative, forward slashes: ${file.path}`);
    for (const f of file.facts) assert.ok(!f.startsWith('/') && !f.includes('\\'), `relative fact path: ${f}`);
    for (const d of file.diagnostics) {
      const keys = Object.keys(d);
      assert.deepEqual(keys, DIAG_KEYS.filter((k) => keys.includes(k)), `key order of ${JSON.stringify(d)}`);
      for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) {
        assert.ok(Number.isInteger(d[k]) && d[k] >= 1, `${k} is 1-based: ${JSON.stringify(d)}`);
      }
      assert.ok(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), 'end after start');
      assert.ok(['error', 'warning', 'information'].includes(d.severity));
      assert.match(d.code, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(d.message.length > 0);
      counts[d.severity]++;
    }
  }
  assert.deepEqual(out.summary, counts, 'summary counts the listed diagnostics');
}

function fileIn(out: JsonOut, path: string): JsonOut['files'][number] {
  const file = out.files.find((f) => f.path === path);
  assert.ok(file, `${path} in ${out.files.map((f) => f.path).join(', ')}`);
  return file;
}

function only(diags: JsonDiag[], code: string): JsonDiag {
  const found = diags.filter((d) => d.code === code);
  assert.equal(found.length, 1, `one ${code} in ${JSON.stringify(diags)}`);
  return found[0]!;
}

describe('cli: --format json', () => {
  let project: TempProject | undefined;

  before(() => buildCli());
  afterEach(() => project?.remove());

  it("has SPEC section 6's shape, with every checked draft listed even without diagnostics", () => {
    project = new TempProject({
      'facts.yaml': CLEAN_FACTS,
      'drafts/a.md': CLAIMLESS_DRAFT,
      'drafts/b.md': CLAIMLESS_DRAFT,
    });
    const { status, out, stderr } = runJson(project, ['drafts']);
    assert.equal(status, 0, stderr);
    assertShape(out);
    assert.deepEqual(
      out.files.map((f) => [f.path, f.facts, f.diagnostics.length]),
      [
        ['drafts/a.md', ['facts.yaml'], 0],
        ['drafts/b.md', ['facts.yaml'], 0],
        ['facts.yaml', [], 0],
      ],
    );
    assert.deepEqual(out.summary, { error: 0, warning: 0, information: 0 });
  });

  it('lists fact-file diagnostics once, under the fact file, for two drafts that use it', () => {
    project = new TempProject({
      'facts.yaml': BROKEN_FACTS,
      'drafts/a.md': CLAIMLESS_DRAFT,
      'drafts/b.md': CLAIMLESS_DRAFT,
    });
    const { status, out } = runJson(project, ['drafts/a.md', 'drafts/b.md']);
    assert.equal(status, 1);
    assertShape(out);
    const facts = fileIn(out, 'facts.yaml');
    assert.deepEqual(facts.facts, []);
    const ref = only(facts.diagnostics, 'facts-unknown-ref');
    assert.equal(ref.severity, 'error');
    assert.equal(ref.line, lineOf(BROKEN_FACTS, 'no-such-event'));
    const refLine = BROKEN_FACTS.split('\n')[ref.line - 1]!;
    assert.equal(refLine.slice(ref.column - 1, ref.endColumn - 1).replace(/^"|"$/g, ''), 'no-such-event');
    const unsourced = facts.diagnostics.filter((d) => d.code === 'facts-unsourced');
    assert.ok(unsourced.some((d) => d.line === lineOf(BROKEN_FACTS, '  bannu-fc-attack:') && d.severity === 'information'));
    const keys = facts.diagnostics.map((d) => JSON.stringify(d));
    assert.equal(new Set(keys).size, keys.length, 'no diagnostic is listed twice');
    for (const draft of ['drafts/a.md', 'drafts/b.md']) {
      const file = fileIn(out, draft);
      assert.deepEqual(file.facts, ['facts.yaml']);
      assert.ok(!file.diagnostics.some((d) => d.code.startsWith('facts-')), `no fact-file diagnostic under ${draft}`);
    }
    // Nowhere else either: each fact-file problem appears exactly once in the whole report.
    const all = out.files.flatMap((f) => f.diagnostics.map((d) => d.code));
    assert.equal(all.filter((c) => c === 'facts-unknown-ref').length, 1);
  });

  it('counts columns in UTF-16 code units (an emoji counts two)', () => {
    const facts =
      'version: 1\n' +
      'totals:\n' +
      '  sept-2025-soldiers: {name: "Soldiers 🇵🇰 killed 😀", killed: {soldiers: 6}, of: [no-such-event]}\n';
    project = new TempProject({ 'a.md': CLAIMLESS_DRAFT, 'facts.yaml': facts });
    const { out } = runJson(project, ['a.md']);
    assertShape(out);
    const ref = only(fileIn(out, 'facts.yaml').diagnostics, 'facts-unknown-ref');
    const line = facts.split('\n')[ref.line - 1]!;
    assert.equal(ref.line, 3);
    const utf16 = line.indexOf('no-such-event');
    const codePoints = [...line.slice(0, utf16)].length;
    assert.ok(codePoints < utf16, 'the line has characters outside the BMP before the id');
    assert.equal(ref.column, utf16 + 1);
    assert.equal(ref.endColumn, utf16 + 1 + 'no-such-event'.length);
    assert.equal(ref.endLine, 3);
  });

  it('places a draft claim after an emoji by UTF-16 column, with the fix value', () => {
    const draft =
      '# Bannu\n\n' +
      '😀🇵🇰 Seven soldiers were killed in the Bannu attack on 2 September 2025, according to ISPR.\n';
    project = new TempProject({ 'facts.yaml': CLEAN_FACTS, 'drafts/a.md': draft });
    const { status, out } = runJson(project, ['drafts/a.md']);
    assertShape(out);
    assert.equal(status, 1);
    const d = only(fileIn(out, 'drafts/a.md').diagnostics, 'casualty-mismatch');
    const line = draft.split('\n')[2]!;
    assert.equal(d.line, 3);
    assert.equal(d.column, line.indexOf('Seven') + 1, 'six UTF-16 code units before the claim: column 8');
    assert.equal(d.column, 8);
    assert.equal(line.slice(d.column - 1, d.endColumn - 1), 'Seven');
    assert.equal(d.expected, 'Six');
    assert.equal(d.factId, 'bannu-fc-attack');
  });

  it('reports a missing front-matter fact file in the draft, with the draft listing no fact file', () => {
    const draft = `---\ntitle: A quiet week\nfacts: missing.yaml\n---\n${CLAIMLESS_DRAFT}`;
    project = new TempProject({ 'facts.yaml': CLEAN_FACTS, 'a.md': draft });
    const { status, out } = runJson(project, ['a.md']);
    assertShape(out);
    const file = fileIn(out, 'a.md');
    const onFacts = file.diagnostics.filter((d) => d.line === lineOf(draft, 'facts: missing.yaml'));
    assert.equal(onFacts.length, 1, JSON.stringify(file.diagnostics));
    assert.equal(onFacts[0]!.severity, 'error');
    assert.equal(status, 1);
    assert.ok(!file.facts.includes('facts.yaml'), 'front matter overrides the folder fact file');
  });

  it('merges every fact file of the nearest folder, walking up from the draft', () => {
    project = new TempProject({
      'facts.yaml': BROKEN_FACTS,
      'desk/facts.yaml': CLEAN_FACTS,
      'desk/extra.facts.json': JSON.stringify({ version: 1, figures: { 'ttp-talks-2021': { name: 'Ceasefire', value: 30, unit: 'days' } } }),
      'desk/drafts/a.md': CLAIMLESS_DRAFT,
    });
    const { out } = runJson(project, ['desk']);
    assertShape(out);
    assert.deepEqual(fileIn(out, 'desk/drafts/a.md').facts, ['desk/extra.facts.json', 'desk/facts.yaml']);
    assert.ok(!out.files.some((f) => f.path === 'facts.yaml'), 'the outer fact file is not used');
    only(fileIn(out, 'desk/extra.facts.json').diagnostics, 'facts-unsourced');
  });

  it('uses --facts files instead of discovery, relative to the working directory', () => {
    project = new TempProject({
      'facts.yaml': BROKEN_FACTS,
      'other/clean.yaml': CLEAN_FACTS,
      'a.md': CLAIMLESS_DRAFT,
    });
    const { status, out } = runJson(project, ['a.md', '--facts', 'other/clean.yaml']);
    assertShape(out);
    assert.equal(status, 0);
    assert.deepEqual(
      out.files.map((f) => [f.path, f.facts]),
      [
        ['a.md', ['other/clean.yaml']],
        ['other/clean.yaml', []],
      ],
    );
  });

  it('reads a draft saved as UTF-16 with a byte order mark', () => {
    const text = `---\nfacts: missing.yaml\n---\n${CLAIMLESS_DRAFT}`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    project = new TempProject({ 'facts.yaml': CLEAN_FACTS, 'utf16.md': le, 'utf8.md': text });
    const { out } = runJson(project, []);
    assertShape(out);
    const utf16 = fileIn(out, 'utf16.md');
    const utf8 = fileIn(out, 'utf8.md');
    assert.ok(utf8.diagnostics.length > 0, 'the missing front-matter fact file is reported');
    assert.deepEqual(
      utf16.diagnostics.map((d) => [d.line, d.code]),
      utf8.diagnostics.map((d) => [d.line, d.code]),
      'UTF-16 text is decoded: its front matter is read like the UTF-8 copy',
    );
  });

  it('checks many drafts sharing one fact file and lists it once', () => {
    const files: Record<string, string> = { 'facts.yaml': BROKEN_FACTS };
    for (let i = 0; i < 60; i++) files[`drafts/d${String(i).padStart(3, '0')}.md`] = CLAIMLESS_DRAFT;
    project = new TempProject(files);
    const { out } = runJson(project, ['drafts']);
    assertShape(out);
    assert.equal(out.files.length, 61);
    assert.equal(out.files.filter((f) => f.path === 'facts.yaml').length, 1);
    assert.equal(out.summary.error, fileIn(out, 'facts.yaml').diagnostics.filter((d) => d.severity === 'error').length);
  });
});
