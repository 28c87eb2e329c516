import { strict as assert } from 'node:assert';
import { generateFactFile } from '../../../bench/factsBench';
import { loadText } from './loadText';

// Timing is the benchmark's job (npm run bench), not a test's: this only checks the benchmark's input.
describe('the benchmark\'s generated fact file', function () {
  this.timeout(120_000);

  it('the generated 10,000-entry file is valid: no diagnostic at all', () => {
    const base = loadText(generateFactFile(10_000));
    assert.equal(base.entries.size, 10_000);
    assert.deepEqual(base.diagnostics, []);
  });
});
