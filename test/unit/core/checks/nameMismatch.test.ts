import { strict as assert } from 'node:assert';
import { check, only } from '../../helpers/checkProse';

describe('name-mismatch', () => {
  const mismatches = (prose: string) => only('name-mismatch', check(prose));

  it('flags a misspelt name within edit distance 2', () => {
    assert.deepEqual(mismatches('Adnan Aslan was wounded.'), [{ code: 'name-mismatch', text: 'Adnan Aslan', expected: 'Adnan Aslam' }]);
    assert.deepEqual(mismatches("Adnan Asllum's unit was hit."), [{ code: 'name-mismatch', text: 'Adnan Asllum', expected: 'Adnan Aslam' }]);
  });

  it('flags a wrong title and accepts the right one, possessives included', () => {
    assert.deepEqual(mismatches('Captain Adnan Aslam was wounded.'), [{ code: 'name-mismatch', text: 'Captain', expected: 'Major' }]);
    assert.deepEqual(mismatches("Major Adnan Aslam's unit was hit, and Dr Adnan Aslam is a different honour."), []);
  });

  it('leaves names far from every person alone', () => {
    assert.deepEqual(mismatches('Adnan Khan and Imran Aslam spoke.'), []);
  });
});
