import { strict as assert } from 'node:assert';
import { check, only } from '../../helpers/checkProse';

describe('date-mismatch', () => {
  const mismatches = (prose: string) => only('date-mismatch', check(prose));

  it('flags a wrong day and answers in the draft\'s format', () => {
    assert.deepEqual(mismatches('Bannu was attacked on 3 September 2025.'), [{ code: 'date-mismatch', text: '3 September 2025', expected: '2 September 2025' }]);
    assert.deepEqual(mismatches('Bannu was attacked on September 3, 2025.').map((s) => s.expected), ['September 2, 2025']);
    assert.deepEqual(mismatches('Bannu was attacked on 2025-09-03.').map((s) => s.expected), ['2025-09-02']);
    assert.deepEqual(mismatches('Bannu was attacked on 3 September.').map((s) => s.expected), ['2 September']);
    assert.deepEqual(mismatches('Bannu was attacked on 3rd September.').map((s) => s.expected), ['2nd September']);
    assert.deepEqual(mismatches('Bannu was attacked on September 3rd.').map((s) => s.expected), ['September 2nd']);
  });

  it('accepts a day inside a range and wants a range to match exactly', () => {
    assert.deepEqual(mismatches('Fighting in Bajaur on 11 September was heavy.'), []);
    assert.deepEqual(mismatches('The clashes in Bajaur over 10-13 September were heavy.'), []);
    assert.deepEqual(mismatches('The clashes in Bajaur between 11 and 13 September were heavy.').length, 1);
  });

  it('ties a date in a clause about a death to the person', () => {
    assert.deepEqual(mismatches('Major Adnan Aslam died of his injuries on 9 September.'), []);
    assert.deepEqual(mismatches('Major Adnan Aslam died of his injuries on 10 September.').map((s) => s.expected), ['9 September']);
  });

  it('holds a date to the person named nearest to it, the day they spoke or visited, not to an event named further on', () => {
    // Adnan Aslam (died 9 September) is no event: the 5th is the day of his visit
    assert.deepEqual(mismatches('Major Adnan Aslam visited on 5 September the town that the Bannu attack had shaken.'), []);
    assert.deepEqual(mismatches('On 5 September Major Adnan Aslam toured the scene of the Bannu attack.'), []);
    // the event named between the person and the date is nearer: the date is the event's
    assert.deepEqual(mismatches('Major Adnan Aslam said the Bannu attack on 5 September had shaken the town.').map((s) => s.expected), ['2 September']);
  });

  it('does not hold a dateline\'s date, the day the report was filed, to the event; the dateline still sets the year', () => {
    for (const prose of [
      'BANNU (Pakistan), Sept 4 (Wire) — Six soldiers were killed in the Bannu attack, officials said.',
      'Bannu, 4 September, APP – Six soldiers were killed in the Bannu attack, officials said.',
      'PESHAWAR, Pakistan, September 4, 2025 (Reuters) - The Bannu attack killed six soldiers.',
    ]) assert.deepEqual(mismatches(prose), [], prose);
    assert.deepEqual(mismatches('BANNU, Sept 4, 2024 (Wire) — Officials said Bannu was attacked on 2 September.').map((s) => s.expected), ['2 September 2025']);
    // the same words inside a sentence, or in a heading, are a date of the event
    assert.deepEqual(mismatches('Officials in Bannu said on Sept 4 — a day late — that six soldiers died.').length, 1);
    assert.deepEqual(mismatches('# Bannu, 4 September: the day the town broke').length, 1);
  });

  it('takes the year from a month and year written before it', () => {
    assert.deepEqual(mismatches('In September 2024 things were calm. Bannu was attacked on 2 September.').length, 1);
  });

  it('does not read a month without a day, or a year alone', () => {
    assert.deepEqual(check('In Bannu, September 2025 was grim, as in 2019.').filter((s) => s.code === 'date-mismatch'), []);
  });
});
