import { strict as assert } from 'node:assert';
import { checkDraft, loadFacts, type FactHost } from '../../../../server/src/core';
import { FACTS } from '../../helpers/checkProse';

/** How a claim is tied to its entry, how sure the tie is, and what the message says about it (SPEC section 3). */
function diagnose(prose: string, facts: string = FACTS): { code: string; severity: string; message: string; text: string }[] {
  const files = new Map([['/t/facts.yaml', facts]]);
  const host: FactHost = { readFile: (p) => files.get(p), listDir: () => ['facts.yaml'] };
  const text = `---\ndate: 2025-09-20\n---\n\n${prose}\n`;
  return checkDraft({ path: '/t/draft.md', text }, loadFacts([...files.keys()], host)).diagnostics
    .filter((d) => d.code.endsWith('-mismatch'))
    .map((d) => ({ code: d.code, severity: d.severity, message: d.message, text: text.slice(d.start, d.end) }));
}

describe('ties: named or inferred, and said in the message', () => {
  it('a mismatch tied in its own sentence is an error that names the words that tied it', () => {
    const [d] = diagnose('In Bannu, nine soldiers were killed.');
    assert.equal(d?.severity, 'error');
    assert.match(d!.message, /in "Attack in Bannu" .*'Bannu' in this sentence names it\./);
    // The entry is named once: a message that says the same thing twice is harder to read (issue 11).
    assert.equal(d!.message.split('Attack in Bannu').length, 2);
  });

  it('a mismatch tied through the paragraph is a warning that says so and where from', () => {
    const [d] = diagnose('Bannu was attacked that morning. By evening nine soldiers were dead.');
    assert.equal(d?.severity, 'warning');
    assert.match(d!.message, /No entry is named in this sentence, so it was held to the one 'Bannu' names earlier in the paragraph \(an inferred tie\)/);
  });

  it('a mismatch against a total is a warning that names the total', () => {
    const [d] = diagnose('Across the month, 31 soldiers lost their lives.');
    assert.equal(d?.severity, 'warning');
    assert.match(d!.message, /in "Soldiers killed in September" .*held to that total \(an inferred tie\)/);
  });

  it('a place inside a longer proper name names nothing: the count is held only to the totals, as an inferred tie', () => {
    for (const prose of ['The Bannu Medical College said nine soldiers were killed.', 'Officials of the Bannu DPO office said nine soldiers were killed.']) {
      assert.deepEqual(diagnose(prose).map((d) => [d.severity, /held to that total/.test(d.message)]), [['warning', true]], prose);
    }
  });

  it('an age is held to the person it describes, and to no one when it describes someone unnamed', () => {
    assert.deepEqual(diagnose('Major Adnan Aslam, 33, was buried with a 29-year-old sepoy.').map((d) => [d.text, d.severity]), [['33', 'error']]);
    assert.deepEqual(diagnose('Major Adnan Aslam was buried beside a 40-year-old driver.'), []);
    // a place before a noun of people: the age is the one of the name the phrase stands beside
    assert.deepEqual(diagnose('Major Adnan Aslam, a 33-year-old Bannu resident, was buried.').map((d) => [d.text, d.severity]), [['33', 'error']]);
    // two roles joined by "and" between the age and the name
    assert.deepEqual(diagnose('The 33-year-old company commander and adjutant Adnan Aslam was buried.').map((d) => [d.text, d.severity]), [['33', 'error']]);
  });

  it('a place after another capitalised word is part of a longer name ("North Bannu"), and names nothing', () => {
    assert.deepEqual(diagnose('Officials said the North Bannu district lost nine soldiers.').map((d) => [d.severity, /held to that total/.test(d.message)]), [['warning', true]]);
  });

  it('an alias written in lower case after a capitalised adjective still names its entry ("the Pakistani cantonment attack")', () => {
    const facts = FACTS.replace('aliases: [Bannu attack]', 'aliases: [Bannu attack, cantonment attack]');
    const [d, ...rest] = diagnose('Nine soldiers died in the Pakistani cantonment attack.', facts);
    assert.deepEqual([d?.severity, rest], ['error', []]);
    assert.match(d!.message, /'cantonment attack' in this sentence names it/);
  });
});
