import { strict as assert } from 'node:assert';
import * as words from '../../../../server/src/core/grammar/words';

/** STYLE rule 17: the grammar's word lists, checked as lists. */
describe('the claim grammar\'s word lists', () => {
  const lists = (Object.entries(words) as [string, unknown][]).filter((e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].every((w: unknown) => typeof w === 'string'));

  it('hold no word twice', () => {
    for (const [name, list] of lists) {
      const seen = new Set<string>();
      const twice = list.filter((w) => seen.has(w.toLowerCase()) || !seen.add(w.toLowerCase()));
      assert.deepEqual(twice, [], name);
    }
  });

  it('put no word in two lists that contradict each other', () => {
    const pairs: [readonly string[], readonly string[], string][] = [
      [words.SOURCE_NOUNS, words.UNNAMED_SOURCES, 'someone named and no one'],
      [words.REPORTING_VERBS, words.HEDGE_WORDS, 'a verb of saying and a hedge'],
      [words.EVENT_NOUNS, words.INSTITUTION_NOUNS, 'an event and an institution'],
      [words.PEOPLE_NOUNS, words.FUNCTION_WORDS, 'a noun for people and a function word'],
      [Object.keys(words.CURRENCIES), Object.keys(words.UNITS), 'a currency and a unit of measure'],
      [words.LOCATIVES, words.EVENT_NOUNS, 'a locative and an event'],
      [words.TIME_WORDS, Object.keys(words.UNITS), 'a time and a unit of measure'],
    ];
    for (const [a, b, what] of pairs) {
      const lower = new Set(b.map((w) => w.toLowerCase()));
      assert.deepEqual(a.filter((w) => lower.has(w.toLowerCase())), [], what);
    }
    const qualifiers = Object.values(words.QUALIFIER_PHRASES).flat();
    assert.equal(new Set(qualifiers).size, qualifiers.length, 'a qualifier phrase with two meanings');
    const groups = Object.values(words.GROUP_SYNONYMS).flat();
    assert.equal(new Set(groups).size, groups.length, 'a synonym of two groups');
  });

  it('give every casualty word a kind and at least one place to stand', () => {
    for (const [word, info] of Object.entries(words.CASUALTY_WORDS)) assert.ok(info.after || info.before || info.noun, word);
  });

  it('name every month and weekday once, with their abbreviations', () => {
    assert.equal(words.MONTHS.length, 12);
    assert.equal(words.WEEKDAYS.length, 7);
    assert.deepEqual(words.MONTHS.find((m) => m.name === 'September')?.abbreviations, ['Sep', 'Sept']);
  });

  it('are the only word lists of the claim readers: no reader writes month names out itself', () => {
    // eslint-style guard: the month list must not be written again under claims/, draft/ or checks/.
    const { readdirSync, readFileSync } = require('node:fs') as typeof import('node:fs');
    const { join } = require('node:path') as typeof import('node:path');
    const root = join(__dirname, '../../../../server/src/core');
    for (const dir of ['claims', 'draft', 'checks', 'facts']) {
      for (const f of readdirSync(join(root, dir))) {
        const text = readFileSync(join(root, dir, f), 'utf8');
        assert.doesNotMatch(text, /'January',\s*'February'/, `${dir}/${f} writes the month names out`);
      }
    }
  });
});
