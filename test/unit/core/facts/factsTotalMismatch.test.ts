import { strict as assert } from 'node:assert';
import { covered, loadText, summary, yaml } from './loadText';

/** A fact file with one source, the given events and people, and the given totals. */
function facts(...lines: string[]): string {
  return yaml('sources:', '  s: {title: S}', ...lines);
}

describe('facts-total-mismatch', () => {
  it('a total of a total plus a person (5 + 1) given as 7: on the 7; the nested total adds up', () => {
    const base = loadText(
      facts(
        'events:',
        '  tallow: {killed: {firefighters: 3}, sources: [s]}',
        '  kinmarra: {killed: {firefighters: 2}, sources: [s]}',
        'people:',
        '  orrin-tate: {died: 2023-08-20, sources: [s]}',
        'totals:',
        '  early: {killed: {firefighters: 5}, of: [tallow, kinmarra], sources: [s]}',
        '  august: {killed: {firefighters: 7}, of: [early, orrin-tate], sources: [s]}',
      ),
    );
    assert.deepEqual(summary(base), ['10:facts-total-mismatch']);
    const [d] = base.diagnostics;
    assert.equal(covered(base, d!), '7');
    assert.equal(d!.message, 'Total "august" gives 7 firefighters killed, but its parts add up to 6 (early: 5, orrin-tate: 1)');
    assert.deepEqual(d!.related!.map((r) => [covered(base, r), r.message]), [['5', 'early: 5'], ['orrin-tate', 'orrin-tate: 1']]);
  });

  it('a person with died counts as one in the total’s own group; one without, as none', () => {
    const base = loadText(
      facts(
        'events:',
        '  bannu: {killed: {soldiers: 6}, sources: [s]}',
        'people:',
        '  aslam: {died: 2025-09-09, sources: [s]}',
        '  alive: {sources: [s]}',
        'totals:',
        '  sept: {killed: {soldiers: 7}, of: [bannu, aslam, alive], sources: [s]}',
      ),
    );
    assert.deepEqual(summary(base), []);
  });

  it('compares each kind and group on its own', () => {
    const base = loadText(
      facts(
        'events:',
        '  a: {killed: {soldiers: 2, police: 1}, wounded: {soldiers: 4}, sources: [s]}',
        '  b: {killed: {soldiers: 3}, wounded: {soldiers: 1}, sources: [s]}',
        'totals:',
        '  t: {killed: {soldiers: 5, police: 2}, wounded: {soldiers: 5}, of: [a, b], sources: [s]}',
      ),
    );
    assert.deepEqual(summary(base), ['7:facts-total-mismatch']);
    assert.equal(base.diagnostics[0]!.message, 'Total "t" gives 2 police killed, but its parts add up to 1 (a: 1, b: 0)');
  });

  it('a total: group, or the sum of the groups, is compared with "people"', () => {
    const base = loadText(
      facts(
        'events:',
        '  ferry: {killed: {passengers: 26, crew: 1}, sources: [s]}',
        '  bus: {killed: {total: 4, passengers: 3}, sources: [s]}',
        'totals:',
        '  good: {killed: {people: 31}, of: [ferry, bus], sources: [s]}',
        '  bad: {killed: {total: 30}, of: [ferry, bus], sources: [s]}',
      ),
    );
    assert.deepEqual(summary(base), ['8:facts-total-mismatch']);
  });

  it('with {min, max} ranges, flags only totals that cannot agree', () => {
    const base = loadText(
      facts(
        'events:',
        '  a: {missing: {people: {min: 10, max: 14}}, sources: [s]}',
        '  b: {missing: {people: 2}, sources: [s]}',
        'totals:',
        '  fits: {missing: {people: 15}, of: [a, b], sources: [s]}',
        '  range: {missing: {people: {min: 0, max: 12}}, of: [a, b], sources: [s]}',
        '  over: {missing: {people: 17}, of: [a, b], sources: [s]}',
      ),
    );
    assert.deepEqual(summary(base), ['9:facts-total-mismatch']);
    assert.equal(base.diagnostics[0]!.message, 'Total "over" gives 17 people missing, but its parts add up to 12 to 16 (a: 10 to 14, b: 2)');
  });

  it('a part with no count of that kind can only make a total too small', () => {
    const base = loadText(
      facts(
        'events:',
        '  a: {killed: {soldiers: 4}, sources: [s]}',
        '  b: {wounded: {soldiers: 9}, sources: [s]}',
        'totals:',
        '  fine: {killed: {soldiers: 10}, of: [a, b], sources: [s]}',
        '  short: {killed: {soldiers: 3}, of: [a, b], sources: [s]}',
      ),
    );
    assert.deepEqual(summary(base), ['8:facts-total-mismatch']);
    assert.match(base.diagnostics[0]!.message, /add up to at least 4 \(a: 4, b: at least 0\)/);
  });

  it('a nested total that states no count stands for its own parts', () => {
    const base = loadText(
      facts(
        'events:',
        '  a: {killed: {soldiers: 4}, sources: [s]}',
        '  b: {killed: {soldiers: 5}, sources: [s]}',
        'totals:',
        '  inner: {of: [a, b], sources: [s]}',
        '  outer: {killed: {soldiers: 10}, of: [inner], sources: [s]}',
      ),
    );
    assert.deepEqual(summary(base), ['8:facts-total-mismatch']);
    assert.equal(base.diagnostics[0]!.message, 'Total "outer" gives 10 soldiers killed, but its parts add up to 9 (inner: 9)');
  });

  it('knows group synonyms, built in and from categories:', () => {
    const base = loadText(
      facts(
        'categories:',
        '  soldiers: [jawans]',
        'events:',
        '  a: {killed: {troops: 4}, sources: [s]}',
        '  b: {killed: {jawans: 2}, sources: [s]}',
        'totals:',
        '  t: {killed: {soldiers: 6}, of: [a, b], sources: [s]}',
      ),
    );
    assert.deepEqual(summary(base), []);
  });

  it('survives totals that contain each other', () => {
    const base = loadText(facts('totals:', '  x: {killed: {people: 1}, of: [y], sources: [s]}', '  y: {of: [x], sources: [s]}'));
    assert.deepEqual(summary(base), []);
  });
});
