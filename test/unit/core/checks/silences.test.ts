import { strict as assert } from 'node:assert';
import { check } from '../../helpers/checkProse';

/** What must never raise a diagnostic: numbers that are not claims. */
describe('silences', () => {
  const silent = (prose: string): void => assert.deepEqual(check(prose, null), [], prose);

  it('years, page counts and durations', () => {
    silent('In 2019 the report ran to 412 pages and took seven years.');
  });

  it('phone numbers, times and scores', () => {
    silent('Call 0800 400 2019 before 07:40 or 3 a.m.; the club won 3-1 on Saturday.');
  });

  it('numbers in code, links, images and comments', () => {
    silent('Set `killed = 31` in [the page](https://example.org/31-killed-2024-01-02).\n\n![31 dead on 2 May 2024](x.png)\n\n<!-- 29 people were killed on 3 May 2024 -->\n\n```\n40 soldiers killed on 4 May 2024\n```');
  });

  it('9/11, ordinals and "one of the"', () => {
    silent('It was the worst attack since 9/11. It was the 1st match. One of the victims was a teacher.');
  });

  it('a month with no day', () => {
    silent('In September 2025 the fighting went on; by the end of July it had spread.');
  });

  it('counts of things that are not people, even near a casualty word', () => {
    silent('The blast that killed no one destroyed 40 homes; rescuers pulled 14 survivors out.');
  });
});
