import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCase, key, type Expected } from './labelledCase';

/**
 * The unseen rounds (README "Accuracy"): published pieces re-told and
 * labelled from SPEC alone by someone who had not seen the code. Their first
 * scores are history; what this guards is that a later change to the grammar
 * does not lose what a round taught: each round scores at least the F1 it
 * reached after its lessons (by file, line and code, as `score.mjs` counts),
 * and no correct draft gets an error-severity diagnostic no label asks for.
 */
const UNSEEN = resolve(__dirname, '../fixtures/unseen');

/** F1 of each round after its lessons, as the README's table gives it. */
const FLOOR: Record<string, number> = {
  'round-1': 0.994,
  'round-2': 1,
  'round-3': 1,
  'round-4': 1,
  'round-5': 0.974,
  'round-6': 1,
  'round-7': 0.97,
  'round-8': 0.972,
  'round-9': 0.92,
};

const casesOf = (round: string): string[] =>
  readdirSync(join(UNSEEN, round)).filter((c) => statSync(join(UNSEEN, round, c)).isDirectory() && existsSync(join(UNSEEN, round, c, 'expected.json'))).sort();

function score(round: string): { f1: number; misses: string[]; falseErrors: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  const falseErrors: string[] = [];
  for (const name of casesOf(round)) {
    const dir = join(UNSEEN, round, name);
    const want: Expected[] = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    const left = [...checkCase(dir).found];
    for (const w of want) {
      const i = left.findIndex((f) => key(f) === key(w));
      if (i < 0) { fn++; misses.push(`${name}: missing ${key(w)}`); continue; }
      tp++;
      left.splice(i, 1);
    }
    fp += left.length;
    misses.push(...left.map((f) => `${name}: extra ${key(f)} ${f.message}`));
    // (the correct drafts: SPEC section 7's clean cases)
    if (/(^clean-|-clean$|-verbatim$)/.test(name)) falseErrors.push(...left.filter((f) => f.severity === 'error').map((f) => `${name}: ${key(f)} ${f.message}`));
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, misses, falseErrors };
}

describe('unseen rounds of published prose: what each round taught stays learnt', () => {
  const rounds = readdirSync(UNSEEN).filter((r) => /^round-\d+$/.test(r)).sort();

  it('has a floor for every round', () => {
    assert.deepEqual(rounds.filter((r) => FLOOR[r] === undefined), []);
    assert.ok(rounds.length >= 9);
  });

  for (const round of rounds) {
    it(`${round} scores F1 >= ${FLOOR[round]}, with no false error on a correct draft`, () => {
      const { f1, misses, falseErrors } = score(round);
      assert.deepEqual(falseErrors, []);
      assert.ok(Math.round(f1 * 1000) / 1000 >= (FLOOR[round] ?? 1), `F1 ${f1.toFixed(3)}:\n${misses.join('\n')}`);
    });
  }
});
