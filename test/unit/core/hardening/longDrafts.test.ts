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

  it('reads a paragraph of 200 KB with no newline sentence by sentence, as short paragraphs are read', () => {
    const sentence = 'Dr. Adil Khan said seven soldiers were killed in Bannu. ';
    const line = sentence.repeat(Math.ceil(200_000 / sentence.length));
    const short = sentence.repeat(40).trim();
    const count = (text: string) => checkDraft({ path: '/t/draft.md', text }, facts).diagnostics.filter((x) => x.code === 'casualty-mismatch').length;
    // Every sentence is one claim, whether the text comes in one long paragraph or in short ones; "Dr." never ends a sentence.
    assert.equal(count(line), Math.ceil(200_000 / sentence.length));
    assert.equal(count(`${short}\n\n`.repeat(3)), 120);
    const sentences = checkDraft({ path: '/t/draft.md', text: line }, facts).sentences;
    assert.equal(sentences.length, Math.ceil(200_000 / sentence.length));
  });

  it('stops at its budget, says where, and still checks what it read', () => {
    const text = 'In Bannu, seven soldiers were killed.\n\n'.repeat(1_000);
    let asked = 0;
    const result = checkDraft({ path: '/t/draft.md', text }, facts, { outOfTime: () => ++asked > 2 });
    const mismatches = result.diagnostics.filter((x) => x.code === 'casualty-mismatch');
    assert.ok(result.stopped, 'no stop reported');
    assert.ok(mismatches.length > 0 && mismatches.length < 1_000, `${mismatches.length} mismatches`);
    assert.ok(mismatches.every((d) => d.start < result.stopped!.from));
    assert.equal(checkDraft({ path: '/t/draft.md', text }, facts).stopped, undefined);
  });
});
