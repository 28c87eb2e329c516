import { strict as assert } from 'node:assert';
import { checkDraft, LineIndex, loadFacts, type FactHost } from '../../../../server/src/core';
import { tokenize } from '../../../../server/src/core/text/tokens';
import { FACTS } from '../../helpers/checkProse';

/** Ranges are UTF-16 offsets (as LSP counts) and cover exactly the claim's text, whatever the script around it. */
describe('positions are exact in every script', () => {
  const host: FactHost = { readFile: () => FACTS, listDir: () => ['facts.yaml'] };
  const facts = loadFacts(['/t/facts.yaml'], host);
  const seen = (text: string) => checkDraft({ path: '/t/draft.md', text }, facts).diagnostics.map((d) => ({ code: d.code, text: text.slice(d.start, d.end), expected: d.expected, start: d.start }));

  const cases: [string, string][] = [
    ['emoji before the claim', 'Grief 🙂🕯️ in Bannu: seven soldiers were killed.'],
    ['Urdu with Arabic-Indic digits', 'بنوں میں ۱۲ اور In Bannu, seven soldiers were killed. ٣٤٥ سپاہی'],
    ['Arabic, right to left', 'في بنو، In Bannu, seven soldiers were killed. قتل ٧'],
    ['combining marks', 'Cafe\u0301 talk in Bannu\u0301s outskirts aside, in Bannu, seven soldiers were killed.'],
    ['curly quotes', '\u201CIn Bannu,\u201D he said, \u2018seven soldiers were killed.\u2019'],
    ['tabs', 'In Bannu,\tseven\tsoldiers were killed.'],
    ['a byte-order mark', '\uFEFFIn Bannu, seven soldiers were killed.'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const mismatch = seen(text).find((d) => d.code === 'casualty-mismatch');
      assert.ok(mismatch, `no casualty-mismatch in ${JSON.stringify(text)}`);
      assert.equal(mismatch.text, 'seven');
      assert.equal(mismatch.expected, 'six');
    });
  }

  it('reads thin and no-break spaces inside a number', () => {
    const text = 'In Bannu, 1\u202F000 soldiers were killed and 1\u00A0000 were wounded.';
    assert.deepEqual(seen(text).filter((d) => d.code === 'casualty-mismatch').map((d) => d.text), ['1\u202F000', '1\u00A0000']);
  });

  it('reads thousands set off by a plain space, and the fix keeps that style', () => {
    const text = 'In Bannu, 1 200 soldiers were killed.';
    assert.deepEqual(seen(text).filter((d) => d.code === 'casualty-mismatch').map((d) => [d.text, d.expected]), [['1 200', '6']]);
  });

  it('keeps a day and a count apart when no comma stands between them', () => {
    assert.deepEqual(tokenize('On March 5 100 people fled; in 2019 150 died; 3 100-metre lanes').filter((t) => t.kind === 'number').map((t) => t.text), ['5', '100', '2019', '150', '3', '100']);
  });

  for (const [name, eol] of [['CRLF', '\r\n'], ['lone CR', '\r']] as const) {
    it(`counts lines ending in ${name}`, () => {
      const text = ['---', 'date: 2025-09-20', '---', '', 'In Bannu,', 'seven soldiers were killed.', ''].join(eol);
      const d = seen(text).find((x) => x.code === 'casualty-mismatch')!;
      const at = new LineIndex(text).positionAt(d.start);
      assert.deepEqual(at, { line: 5, character: 0 });
      assert.equal(d.text, 'seven');
    });
  }

  it('counts an emoji as two UTF-16 units in columns', () => {
    const text = '🙂 In Bannu, seven soldiers were killed.';
    const d = seen(text).find((x) => x.code === 'casualty-mismatch')!;
    assert.deepEqual(new LineIndex(text).positionAt(d.start), { line: 0, character: 13 });
  });
});
