import { strict as assert } from 'node:assert';
import { check, only, quickFix } from '../../helpers/checkProse';

describe('casualty-mismatch', () => {
  const mismatches = (prose: string) => only('casualty-mismatch', check(prose));

  it('flags a wrong count and answers in words for words', () => {
    assert.deepEqual(mismatches('In Bannu, seven soldiers were killed.'), [{ code: 'casualty-mismatch', text: 'seven', expected: 'six' }]);
  });

  it('answers in digits for digits, and keeps a capital', () => {
    assert.deepEqual(mismatches('In Bannu, 7 soldiers were killed.'), [{ code: 'casualty-mismatch', text: '7', expected: '6' }]);
    assert.deepEqual(mismatches('Bannu was attacked. Seven soldiers were killed.'), [{ code: 'casualty-mismatch', text: 'Seven', expected: 'Six' }]);
  });

  it('reads a count written in words and restated in digits, and answers in both', () => {
    assert.deepEqual(mismatches('In Bannu, Seven (7) soldiers were killed.'), [{ code: 'casualty-mismatch', text: 'Seven (7)', expected: 'Six (6)' }]);
    assert.deepEqual(mismatches('In Bannu, six (6) soldiers were killed.'), []);
  });

  it('knows synonyms of a group', () => {
    assert.deepEqual(mismatches('In Bannu, six troops were killed and 12 were injured.'), []);
    assert.deepEqual(mismatches('In Bannu, six troops were killed and 14 were injured.').map((s) => s.expected), ['12']);
  });

  it('applies qualifiers', () => {
    assert.deepEqual(mismatches('In Bannu, at least five soldiers were killed.'), []);
    assert.deepEqual(mismatches('In Bannu, more than 6 soldiers were killed.').map((s) => s.text), ['6']);
    assert.deepEqual(mismatches('In Bannu, nearly 7 soldiers were killed.').map((s) => s.text), ['7']);
    assert.deepEqual(mismatches('In all, nearly 28 soldiers lost their lives.'), []);
    assert.deepEqual(mismatches('In Bannu, about 30 soldiers were killed.').map((s) => s.expected), ['6']);
  });

  it('fixes a qualifier that would leave the fact\'s value false together with the number', () => {
    assert.deepEqual(mismatches('In Bannu, more than 9 soldiers were killed.').map((s) => s.expected), ['6']);
    assert.deepEqual(quickFix('casualty-mismatch', 'In Bannu, more than 9 soldiers were killed.'), { title: 'Change "more than 9" to "6"', prose: 'In Bannu, 6 soldiers were killed.' });
    assert.deepEqual(quickFix('casualty-mismatch', 'In Bannu, nearly nine soldiers were killed.')?.prose, 'In Bannu, six soldiers were killed.');
    // a qualifier that holds with the fact's value stays: "at least 6" is true
    assert.deepEqual(quickFix('casualty-mismatch', 'In Bannu, at least 9 soldiers were killed.'), { title: 'Change to "6"', prose: 'In Bannu, at least 6 soldiers were killed.' });
  });

  it('compares a part only when its place alone is named in the clause', () => {
    assert.deepEqual(mismatches('In South Waziristan and Bajaur, 19 soldiers were killed, 12 of them in South Waziristan.'), []);
    // a place in a relative clause set off by commas is not the count's own clause: the whole entry is held to it
    assert.deepEqual(mismatches('The clashes, which began in South Waziristan on a Wednesday, killed 19 soldiers.'), []);
    assert.deepEqual(mismatches('In South Waziristan alone, 15 soldiers were killed.').map((s) => s.expected), ['12']);
  });

  it('checks a sentence that names no entry against the totals', () => {
    assert.deepEqual(mismatches('In all, twenty-six soldiers lost their lives.'), []);
    assert.deepEqual(mismatches('In all, twenty-eight soldiers lost their lives.').map((s) => s.expected), ['twenty-six']);
  });

  it('reads counts whose group is elided or follows a casualty word', () => {
    assert.deepEqual(mismatches('The Bannu attack left 6 dead and 14 injured.').map((s) => s.expected), ['12']);
    assert.deepEqual(mismatches('The Bannu attack killed six soldiers and wounded 13.').map((s) => s.expected), ['12']);
    assert.deepEqual(mismatches('In Bannu the death toll rose to 8 by the evening.').map((s) => s.expected), ['6']);
  });

  it('does not hold a sentence about another year to a paragraph candidate', () => {
    assert.deepEqual(mismatches('Bannu was attacked in September. In 2019, 40 soldiers died in a raid elsewhere.'), []);
  });

  it('does not hold a sentence about another month to a paragraph candidate', () => {
    assert.deepEqual(mismatches('Bannu was attacked on 2 September 2025. In August alone, 50 soldiers died on the roads.'), []);
  });

  it('does not hold a sentence naming a place the fact file does not know to any candidate', () => {
    assert.deepEqual(mismatches('In Bannu, six soldiers were killed. Two days later a raid in Tank killed 3 soldiers.'), []);
    assert.deepEqual(mismatches('In Bannu, six soldiers were killed. Two days later a second raid killed 3 soldiers.').map((s) => s.expected), ['6']);
  });

  it('says nothing where the fact file has no count of that group', () => {
    assert.deepEqual(mismatches('In Bannu, two militants were killed.'), []);
  });
});
