import { strict as assert } from 'node:assert';
import { check, only } from '../../helpers/checkProse';

describe('internal-inconsistency', () => {
  it('flags the later of two counts for one named place, with no fact file', () => {
    const seen = only('internal-inconsistency', check('In Keldon, eighteen people were killed.\n\nLater, in Keldon, 16 people were killed.', null));
    assert.deepEqual(seen, [{ code: 'internal-inconsistency', text: '16' }]);
  });

  it('accepts counts that can both be true, parts, and other groups', () => {
    const prose = 'In Keldon, more than 15 people were killed. In Keldon, 18 people were killed, four of them children. In Keldon, 40 people were injured.';
    assert.deepEqual(only('internal-inconsistency', check(prose, null)), []);
  });

  it('does not set counts for one place on different days against each other', () => {
    const prose = 'In Gaza, 30 people were killed on 3 March 2024. In Gaza, 12 people were killed on 4 March 2024.';
    assert.deepEqual(only('internal-inconsistency', check(prose, null)), []);
  });

  it('leaves a count a fact settles to its mismatch code', () => {
    const seen = check('In Bannu, six soldiers were killed. In Bannu, seven soldiers were killed.');
    assert.deepEqual(seen.map((s) => s.code).filter((c) => c !== 'unsourced-claim'), ['casualty-mismatch']);
  });
});
