import { strict as assert } from 'node:assert';
import { alt, capture, matchAt, opt, PhraseSet, seq, token, words } from '../../../../server/src/core/grammar/pattern';
import { tokenize } from '../../../../server/src/core/text/tokens';

describe('token patterns', () => {
  const number = token((t) => t.kind === 'number');

  it('match a sequence and say what each part captured', () => {
    const p = seq(opt(capture('q', words('at least'))), capture('n', number), words('dead'));
    const tokens = tokenize('at least 12 dead');
    const m = matchAt(p, tokens, 0);
    assert.deepEqual(m && { end: m.end, q: m.captures['q'], n: m.captures['n'] }, { end: 4, q: { from: 0, to: 2 }, n: { from: 2, to: 3 } });
  });

  it('forget what a failed optional part captured', () => {
    const p = seq(capture('n', number), opt(seq(words('to'), capture('m', number))), words('killed'));
    const m = matchAt(p, tokenize('12 to killed'), 0);
    assert.equal(m, undefined);
    const m2 = matchAt(alt(seq(capture('a', number), words('x')), capture('b', number)), tokenize('7 y'), 0);
    assert.deepEqual(m2?.captures, { b: { from: 0, to: 1 } });
  });

  it('find the longest phrase of a set at a token, and before one', () => {
    const set = new PhraseSet(['toll', 'death toll', 'number of dead']);
    const tokens = tokenize('the number of dead rose');
    assert.equal(set.lengthAt(tokens, 1), 3);
    assert.equal(set.lengthBefore(tokens, 4), 3);
    assert.equal(set.lengthAt(tokens, 0), 0);
  });
});
