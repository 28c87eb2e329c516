import { strict as assert } from 'node:assert';
import { check } from '../../helpers/checkProse';

describe('directives (SPEC section 5)', () => {
  it('facts-ignore silences the sentence it follows', () => {
    assert.deepEqual(check('In Bannu, seven soldiers were killed. <!-- facts-ignore -->'), []);
  });

  it('facts-ignore with a code silences only that code', () => {
    const seen = check('It happened on Friday, 8 June 2024, when six people died. <!-- facts-ignore unsourced-claim -->', null);
    assert.deepEqual(seen.map((s) => s.code), ['weekday-mismatch']);
  });

  it('a misspelt code in facts-ignore silences nothing', () => {
    const seen = check('In Bannu, seven soldiers were killed. <!-- facts-ignore casualty-mismatc -->');
    assert.deepEqual(seen.map((s) => s.code), ['casualty-mismatch']);
  });

  it('facts-disable ... facts-enable silences a stretch', () => {
    const prose = '<!-- facts-disable -->\n\nIn Bannu, seven soldiers were killed.\n\n<!-- facts-enable -->\n\nIn Bannu, eight soldiers were killed.';
    assert.deepEqual(check(prose).map((s) => s.text), ['eight']);
  });

  it('fact: ties claims between two sentences to the sentence before', () => {
    const seen = check('Nine soldiers were wounded. <!-- fact: bannu-attack --> Nothing more.');
    assert.deepEqual(seen, [{ code: 'casualty-mismatch', text: 'Nine', expected: 'Twelve' }]);
  });
});

describe('comments that are not directives', () => {
  it('leaves "<!-- fact-check this -->" alone', () => {
    assert.deepEqual(check('In Bannu, six soldiers were killed. <!-- fact-check this -->').map((s) => s.code), []);
  });
});
