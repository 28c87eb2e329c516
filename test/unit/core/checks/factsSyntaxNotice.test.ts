import { strict as assert } from 'node:assert';
import { checkDraft, loadFacts, type FactHost } from '../../../../server/src/core';

/** SPEC section 1: a draft whose fact file does not parse gets one information notice, so that it does not look clean. */
function draftDiagnostics(draft: string, facts: string) {
  const files = new Map([['/t/facts.yaml', facts]]);
  const host: FactHost = { readFile: (p) => files.get(p), listDir: () => ['facts.yaml'] };
  return checkDraft({ path: '/t/draft.md', text: draft }, loadFacts(['/t/facts.yaml'], host)).diagnostics;
}

describe('facts-syntax in the draft', () => {
  const broken = 'version: 1\nevents:\n  e1: {name: Fire, killed: {people: 3}\n';

  it('gives one information notice on the first line, naming the file and the line of its error', () => {
    const ds = draftDiagnostics('# A fire\n\nSeven people died in the fire.\n', broken);
    assert.deepEqual(ds.map((d) => [d.code, d.severity, d.start]), [['facts-syntax', 'information', 0]]);
    assert.match(ds[0]!.message, /The fact file facts\.yaml:\d+ cannot be read/);
    assert.match(ds[0]!.message, /nothing in this draft is checked against its facts/);
  });

  it('sits on the front matter facts: line where there is one', () => {
    const text = '---\nfacts: facts.yaml\n---\n\nSeven people died.\n';
    const [d] = draftDiagnostics(text, broken);
    assert.equal(text.slice(d!.start, d!.end), 'facts: facts.yaml');
  });

  it('says nothing once the file parses again', () => {
    assert.deepEqual(draftDiagnostics('Seven people died.\n', 'version: 1\n').filter((d) => d.code === 'facts-syntax'), []);
  });
});
