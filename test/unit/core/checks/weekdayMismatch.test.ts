import { strict as assert } from 'node:assert';
import { check, only } from '../../helpers/checkProse';

describe('weekday-mismatch', () => {
  it('flags a weekday the date does not fall on, with no fact file at all', () => {
    assert.deepEqual(only('weekday-mismatch', check('It happened on Friday, 8 June 2024.', null)), [{ code: 'weekday-mismatch', text: 'Friday', expected: 'Saturday' }]);
  });

  it('takes the year from the front matter when the date has none', () => {
    assert.deepEqual(only('weekday-mismatch', check('Bannu was attacked on Monday, 2 September.')).map((s) => s.expected), ['Tuesday']);
  });

  it('reads a weekday with its date in brackets, "Friday (June 7)"', () => {
    assert.deepEqual(only('weekday-mismatch', check('The ferry sank on Friday (Sept 13), the coastguard said.')).map((s) => s.expected), ['Saturday']);
    assert.deepEqual(only('weekday-mismatch', check('The ferry sank on Saturday (Sept 13), the coastguard said.')), []);
    // a bracket that holds no date is no date of the weekday's
    assert.deepEqual(only('weekday-mismatch', check('The ferry sank on Friday (local time) and was raised on 13 Sept.')), []);
  });

  it('reads an abbreviated weekday as the day it names, and answers in its form', () => {
    assert.deepEqual(only('weekday-mismatch', check('The ferry sank on Sat, 13 September.')), []);
    assert.deepEqual(only('weekday-mismatch', check('The ferry sank on Thurs., 13 September.')).map((s) => s.expected), ['Sat']);
    assert.deepEqual(only('weekday-mismatch', check('The ferry sank on Fri 13 September.')).map((s) => s.expected), ['Sat']);
  });

  it('is silent on a right weekday and on a weekday with no date', () => {
    assert.deepEqual(only('weekday-mismatch', check('On Tuesday, 11 June 2024, they met. On Saturday they played.', null)), []);
  });
});
