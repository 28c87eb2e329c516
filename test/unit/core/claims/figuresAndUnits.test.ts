import { strict as assert } from 'node:assert';
import { check, only } from '../../helpers/checkProse';
import { claimsIn } from '../../helpers/readProse';

/** Figures with glued units, symbols, scale words and conversions (SPEC section 3), with sentences of our own. */
const FACTS = `version: 1
sources:
  met: {title: Met office, publisher: Met, url: https://example.org/met, date: 2025-06-01}
figures:
  peak-heat: {name: Peak temperature in Jacobabad, aliases: [Jacobabad], value: 51.2, unit: C, sources: [met]}
  june-rain: {name: June rainfall in Sylhet, aliases: [Sylhet], value: 310, unit: mm, sources: [met]}
  relief: {name: Relief per family, aliases: [relief package], value: 800000, unit: PKR, sources: [met]}
  turnout: {name: Turnout, aliases: [turnout], value: 47.5, unit: percent, sources: [met]}
  aid-usd: {name: Flood aid, aliases: [flood aid], value: 2500000, unit: USD, sources: [met]}
  troops: {name: Troops deployed, aliases: [deployed], value: 4000, unit: personnel, sources: [met]}
  hall: {name: Floor area of the hall, aliases: [town hall], value: 12400, unit: square feet, sources: [met]}
  levy: {name: Maximum levy, aliases: [maximum levy], value: 750000, unit: NZD, sources: [met]}
  grant: {name: Grant per school, aliases: [school grant], value: 300000, unit: NPR, sources: [met]}
  rescued: {name: Miners brought up, aliases: [Operation Kopano], value: 2450, unit: trapped miners, sources: [met]}
`;
const figures = (prose: string): string[] => claimsIn(prose, FACTS).filter((c) => c.startsWith('figure'));
const mismatches = (prose: string) => only('figure-mismatch', check(prose, FACTS));

describe('figures: what is read and compared', () => {
  it('reads glued units and symbols', () => {
    assert.deepEqual(figures('Jacobabad reached 51.2C, then 51.2°C, and Sylhet had 310mm.'), ['figure 51.2 c', 'figure 51.2 °c', 'figure 310 mm']);
    assert.deepEqual(figures('The turnout was 47.5%, or 47.5pc by another count.'), ['figure 47.5 %', 'figure 47.5 pc']);
  });

  it('reads currencies before the number, glued or spaced, and scale words', () => {
    assert.deepEqual(figures('The relief package is Rs8 lakh, or Rs 800,000.'), ['figure 800000 rs', 'figure 800000 rs']);
    assert.deepEqual(figures('The flood aid came to $2.5m, or US$ 2.5 million.'), ['figure 2500000 $', 'figure 2500000 us$']);
  });

  it('answers a wrong figure in the draft\'s scale and precision', () => {
    assert.deepEqual(mismatches('The relief package is Rs 6 lakh a family.'), [{ code: 'figure-mismatch', text: '6', expected: '8' }]);
    assert.deepEqual(mismatches('Jacobabad reached 50.9C on Friday.'), [{ code: 'figure-mismatch', text: '50.9', expected: '51.2' }]);
    assert.deepEqual(mismatches('The flood aid came to $1.5m.'), [{ code: 'figure-mismatch', text: '1.5', expected: '2.5' }]);
  });

  it('converts lengths between metric and imperial, at the precision the draft writes', () => {
    assert.deepEqual(mismatches('Sylhet had about 12.2 inches of rain in June.'), []);
    assert.deepEqual(mismatches('Sylhet had 31 cm of rain in June.'), []);
    assert.deepEqual(mismatches('Sylhet had 20 inches of rain in June.').map((s) => s.expected), ['12.2']);
  });

  it('compares only units that agree: a currency with its own, percent with percent', () => {
    assert.deepEqual(mismatches('The relief package is worth €5,000 to donors.'), []);
    assert.deepEqual(mismatches('The turnout was 12 points higher.'), []);
  });

  it('reads a unit glued on with a hyphen, as an adjective ("a 12,400-square-foot hall")', () => {
    assert.deepEqual(figures('The 12,400-square-foot town hall burned.'), ['figure 12400 square foot']);
    assert.deepEqual(mismatches('The 14,200-square-foot town hall burned.'), [{ code: 'figure-mismatch', text: '14,200', expected: '12,400' }]);
    assert.deepEqual(figures('The town hall had a two-story annex.'), []);
  });

  it('reads number words with a scale after a currency, and answers in words', () => {
    assert.deepEqual(figures('The school grant is Rs three lakh.'), ['figure 300000 rs']);
    assert.deepEqual(mismatches('The school grant is Rs five lakh.'), [{ code: 'figure-mismatch', text: 'five', expected: 'three' }]);
  });

  it('takes "$" for any dollar, the entry\'s unit saying which, and "NZ$" for the New Zealand dollar', () => {
    assert.deepEqual(mismatches('Firms face a maximum levy of up to $750,000.'), []);
    assert.deepEqual(mismatches('Firms face a maximum levy of up to NZ$0.5 million.').map((s) => s.expected), ['0.75']);
    assert.deepEqual(mismatches('Firms face a maximum levy of A$900,000.'), []);
  });

  it('reads a unit of several words as the entry writes it, and spaced thousands', () => {
    assert.deepEqual(figures('Operation Kopano has brought up 2 450 trapped miners so far.'), ['figure 2450 trapped miners']);
    assert.deepEqual(mismatches('Operation Kopano has brought up 2 540 trapped miners so far.'), [{ code: 'figure-mismatch', text: '2 540', expected: '2 450' }]);
  });

  it('does not read a count of people as a figure', () => {
    assert.deepEqual(mismatches('Of the 4,000 personnel deployed, 12 personnel were killed.'), []);
    assert.deepEqual(mismatches('About 3,000 personnel were deployed.').map((s) => s.expected), ['4,000']);
  });
});
