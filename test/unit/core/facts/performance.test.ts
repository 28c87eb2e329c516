import { strict as assert } from 'node:assert';
import { generateFactFile, timeLoadFacts } from '../../../bench/factsBench';
import { loadText } from './loadText';

describe('loadFacts performance', function () {
  this.timeout(120_000);

  it('the generated 10,000-entry file is valid: no diagnostic at all', () => {
    const base = loadText(generateFactFile(10_000));
    assert.equal(base.entries.size, 10_000);
    assert.deepEqual(base.diagnostics, []);
  });

  // The budget (2.5x a plain js-yaml load) is a requirement. A busy machine
  // can slow one run; a second measurement is taken before failing.
  it('loads 10,000 entries, with positions, in at most 2.5x a plain js-yaml load', () => {
    let timing = timeLoadFacts(10_000, 7);
    if (timing.ratio > 2.5) timing = timeLoadFacts(10_000, 9);
    assert.ok(timing.ratio <= 2.5, `loadFacts ${timing.loadFactsMs.toFixed(0)} ms, js-yaml ${timing.jsYamlMs.toFixed(0)} ms, ratio ${timing.ratio.toFixed(2)}`);
  });
});
