import { strict as assert } from 'node:assert';
import { check, only } from '../../helpers/checkProse';

describe('unknown-fact-ref', () => {
  it('flags an id no entry has, on the id', () => {
    assert.deepEqual(only('unknown-fact-ref', check('Nine commuters died. <!-- fact: bannu-atack -->')), [{ code: 'unknown-fact-ref', text: 'bannu-atack' }]);
  });

  it('accepts a known id and ties the sentence to it', () => {
    const seen = check('Elsewhere, seven soldiers were killed. <!-- fact: bannu-attack -->');
    assert.deepEqual(seen, [{ code: 'casualty-mismatch', text: 'seven', expected: 'six' }]);
  });
});
