import { strict as assert } from 'node:assert';
import { covered, loadText, summary, yaml } from './loadText';

describe('facts-unsourced', () => {
  it('events, people and figures with no sources: information on the id', () => {
    const base = loadText(yaml('events:', '  blast:', '    killed: {workers: 9}', 'people:', '  gideon-farr:', '    name: Gideon Farr', 'figures:', '  fine: {value: 480000}'));
    assert.deepEqual(summary(base), ['2:facts-unsourced', '5:facts-unsourced', '8:facts-unsourced']);
    assert.deepEqual(base.diagnostics.map((d) => [covered(base, d), d.severity]), [['blast', 'information'], ['gideon-farr', 'information'], ['fine', 'information']]);
    assert.equal(base.diagnostics[0]!.message, 'Event "blast" has no sources; name at least one under "sources:"');
  });

  it('sources never need a source, and an entry with one is sourced', () => {
    assert.deepEqual(summary(loadText(yaml('sources:', '  s: {title: S}', 'events:', '  e: {sources: [s]}'))), []);
  });

  it('a total is sourced by its own sources, or by all of its parts (nested totals too)', () => {
    const base = loadText(
      yaml(
        'sources:',
        '  s: {title: S}',
        'events:',
        '  a: {killed: {people: 1}, sources: [s]}',
        '  b: {killed: {people: 2}, sources: [s]}',
        '  c: {killed: {people: 3}}',
        'totals:',
        '  inner: {killed: {people: 3}, of: [a, b]}',
        '  outer: {killed: {people: 3}, of: [inner]}',
        '  own: {killed: {people: 6}, of: [a, b, c], sources: [s]}',
        '  partly: {killed: {people: 6}, of: [a, b, c]}',
      ),
    );
    assert.deepEqual(summary(base), ['6:facts-unsourced', '11:facts-unsourced']);
    assert.equal(base.diagnostics[1]!.message, 'Total "partly" has no sources, and not all of its parts do ("c" has none)');
  });

  it('a total with neither sources nor parts, and totals in a cycle, are unsourced', () => {
    const base = loadText(yaml('totals:', '  lonely: {killed: {people: 3}}', '  x: {of: [y]}', '  y: {of: [x]}'));
    assert.deepEqual(summary(base), ['2:facts-unsourced', '3:facts-unsourced', '4:facts-unsourced']);
    assert.equal(base.diagnostics[0]!.message, 'Total "lonely" has no sources and no parts to take them from; name at least one under "sources:"');
  });

  it('a shadowed duplicate is not reported twice', () => {
    const base = loadText(yaml('events:', '  e: {name: A}', '  e: {name: B}'));
    assert.deepEqual(summary(base), ['2:facts-unsourced', '3:facts-duplicate-id']);
  });
});
