import { strict as assert } from 'node:assert';
import { checkDraft, loadFacts, type FactHost } from '../../../../server/src/core';
import { FACTS } from '../../helpers/checkProse';

/** A long draft is parsed in pieces; what is read, and where, must not change. */
describe('long drafts', () => {
  const host: FactHost = { readFile: () => FACTS, listDir: () => ['facts.yaml'] };
  const facts = loadFacts(['/t/facts.yaml'], host);
  const filler = 'The province has argued about roads and schools for a decade, and will again.\n\n'.repeat(2000);

  it('finds a claim far into the draft at its exact place', () => {
    const text = `---\ndate: 2025-09-20\n---\n\n${filler}In Bannu, seven soldiers were killed.\n`;
    const d = checkDraft({ path: '/t/draft.md', text }, facts).diagnostics.find((x) => x.code === 'casualty-mismatch');
    assert.ok(d);
    assert.equal(text.slice(d.start, d.end), 'seven');
    assert.ok(d.start > 64 * 1024);
  });

  it('does not read a fenced code block or a comment that a piece boundary would cut', () => {
    const code = '```\n' + 'In Bannu, seven soldiers were killed.\n\n'.repeat(3000) + '```\n\n';
    const comment = '<!--\n' + 'In Bannu, eight soldiers were killed.\n\n'.repeat(3000) + '-->\n\n';
    const text = `${filler}${code}${comment}In Bannu, nine soldiers were killed.\n`;
    const seen = checkDraft({ path: '/t/draft.md', text }, facts).diagnostics.filter((x) => x.code === 'casualty-mismatch').map((x) => text.slice(x.start, x.end));
    assert.deepEqual(seen, ['nine']);
  });
});
