import { strict as assert } from 'node:assert';
import { check, FACTS, only } from '../../helpers/checkProse';

describe('unsourced-claim', () => {
  const unsourced = (prose: string, facts: string | null = null) => only('unsourced-claim', check(prose, facts)).map((s) => s.text);

  it('warns once per claim sentence, on its first claim', () => {
    assert.deepEqual(unsourced('On 2 September 2025, six soldiers were killed. Nothing else happened.'), ['2 September 2025']);
  });

  it('accepts a link, a footnote, an attribution or a source line', () => {
    assert.deepEqual(unsourced('Six soldiers were killed, [the army said](https://example.org/a).'), []);
    assert.deepEqual(unsourced('Six soldiers were killed.[^1]\n\n[^1]: Army statement.'), []);
    assert.deepEqual(unsourced('Six soldiers were killed, according to the army.'), []);
    assert.deepEqual(unsourced('Six soldiers were killed (Source: army).'), []);
    assert.deepEqual(unsourced('Six soldiers were killed, police said.'), []);
  });

  it('counts a claim tied to a sourced entry as sourced', () => {
    assert.deepEqual(unsourced('In Bannu, six soldiers were killed.', FACTS), []);
  });

  it('is off while the fact file does not parse', () => {
    assert.deepEqual(unsourced('Six soldiers were killed.', 'events: [unclosed'), []);
  });
});
