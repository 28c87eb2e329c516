import { strict as assert } from 'node:assert';
import { check, only } from '../../helpers/checkProse';

describe('age-mismatch', () => {
  const mismatches = (prose: string) => only('age-mismatch', check(prose));

  it('reads "aged", "at the age of" and "N-year-old"', () => {
    assert.deepEqual(mismatches('Adnan Aslam died aged 33.'), [{ code: 'age-mismatch', text: '33', expected: '31' }]);
    assert.deepEqual(mismatches('Adnan Aslam died at the age of 30.').map((s) => s.expected), ['31']);
    assert.deepEqual(mismatches('Adnan Aslam, a 32-year-old officer, died.').map((s) => s.expected), ['31']);
    assert.deepEqual(mismatches('Adnan Aslam died aged 31.'), []);
  });

  it('ties an age in a later sentence of the paragraph to the person named before', () => {
    assert.deepEqual(mismatches('Adnan Aslam was wounded in Bannu. He died a week later, aged 35.').map((s) => s.expected), ['31']);
  });
});
