import { strict as assert } from 'node:assert';
import { check, only, quickFix } from '../../helpers/checkProse';

describe('figure-mismatch', () => {
  const mismatches = (prose: string) => only('figure-mismatch', check(prose));

  it('flags a number with the entry\'s unit near its alias', () => {
    assert.deepEqual(mismatches('The ceasefire lasted 40 days.'), [{ code: 'figure-mismatch', text: '40', expected: '30' }]);
    assert.deepEqual(mismatches('The ceasefire lasted 30 days.'), []);
    assert.deepEqual(mismatches('The ceasefire lasted about 28 days.'), []);
  });

  it('reads a currency written before the number', () => {
    const facts = 'version: 1\nfigures:\n  fund:\n    name: Repair fund\n    aliases: [repair fund]\n    value: 2400000\n    unit: USD\n';
    assert.deepEqual(only('figure-mismatch', check('The repair fund holds $2.4 million.', facts)), []);
    assert.deepEqual(only('figure-mismatch', check('The repair fund holds USD 3,000,000.', facts)).map((s) => s.expected), ['2,400,000']);
  });

  it('fixes a qualifier that would leave the fact\'s value false together with the number, keeping the currency', () => {
    const facts = 'version: 1\nfigures:\n  fund:\n    name: Repair fund\n    aliases: [repair fund]\n    value: 2400000\n    unit: USD\n';
    assert.deepEqual(quickFix('figure-mismatch', 'The repair fund holds more than $3 million.', facts), { title: 'Change "more than $3" to "$2.4"', prose: 'The repair fund holds $2.4 million.' });
    assert.deepEqual(quickFix('figure-mismatch', 'The ceasefire lasted over 40 days.')?.prose, 'The ceasefire lasted 30 days.');
  });

  it('ignores numbers with other units, and figures far from any alias', () => {
    assert.deepEqual(mismatches('The ceasefire zone ran for 40 miles.'), []);
    assert.deepEqual(mismatches('The talks lasted 40 days.'), []);
  });
});
