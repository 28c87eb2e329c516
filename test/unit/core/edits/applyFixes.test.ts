import { strict as assert } from 'node:assert';
import { checkDraft, fixDraft, loadFacts, type FactHost } from '../../../../server/src/core';

/**
 * "Fix all" and `check --fix` (issue 12): fixes that depend on each other
 * are applied in rounds, so a fix whose reason another fix takes away is
 * never applied, and the result needs no further fix.
 */
const FACTS = `version: 1
sources:
  wire: {title: Wire, publisher: Wire, url: https://example.org/w, date: 2024-03-10}
events:
  weir-collapse:
    name: Collapse of the Corve weir
    aliases: [weir collapse]
    date: 2024-03-04
    place: Corve
    killed: {people: 3}
    sources: [wire]
people:
  ines-faro:
    name: Ines Faro
    title: Mayor
    sources: [wire]
`;
const host: FactHost = { readFile: (p) => (p === '/t/facts.yaml' ? FACTS : undefined), listDir: () => ['facts.yaml'] };
const facts = loadFacts(['/t/facts.yaml'], host);
const fix = (text: string) => fixDraft({ path: '/t/draft.md', text }, facts);
const left = (text: string) => checkDraft({ path: '/t/draft.md', text }, facts).diagnostics.filter((d) => d.fix).map((d) => d.code);

describe('fixing a draft in rounds', () => {
  it('does not fix a weekday that the date\'s own fix makes right', () => {
    // 5 March 2024 was a Tuesday, so "Monday" is flagged too; once the date is 4 March, Monday is right.
    const fixed = fix('The weir collapse in Corve on Monday, 5 March 2024, killed three people.\n');
    assert.equal(fixed.text, 'The weir collapse in Corve on Monday, 4 March 2024, killed three people.\n');
    assert.deepEqual(fixed.applied.map((a) => [a.code, a.from, a.to]), [['date-mismatch', '5 March 2024', '4 March 2024']]);
    assert.deepEqual(left(fixed.text), []);
  });

  it('fixes a misspelt name and a wrong count of one sentence, names first', () => {
    const fixed = fix('Mayor Ines Farro said the weir collapse in Corve killed four people on 4 March 2024.\n');
    assert.deepEqual(fixed.applied.map((a) => a.code).sort(), ['casualty-mismatch', 'name-mismatch']);
    assert.deepEqual(left(fixed.text), []);
  });

  it('changes nothing in a draft with nothing to fix, and a second run changes nothing', () => {
    const once = fix('The weir collapse in Corve killed four people.\n');
    assert.equal(fix(once.text).applied.length, 0);
    assert.equal(fix(once.text).text, once.text);
  });
});
