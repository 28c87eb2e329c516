import { strict as assert } from 'node:assert';
import { covered, loadText, loadTexts, summary, yaml } from './loadText';

describe('facts-duplicate-id', () => {
  it('the same key twice in one map: on the second, the first is used', () => {
    const base = loadText(
      yaml('events:', '  quarry-blast:', '    name: Blast', '    sources: [s]', '  quarry-blast:', '    name: Blast again', '    sources: [s]', 'sources:', '  s: {title: S}'),
    );
    assert.deepEqual(summary(base), ['5:facts-duplicate-id']);
    assert.equal(covered(base, base.diagnostics[0]!), 'quarry-blast');
    assert.equal(base.diagnostics[0]!.message, 'Id "quarry-blast" is already defined as an event at facts.yaml:2; this definition is ignored');
    assert.equal(base.entries.get('quarry-blast')!.name, 'Blast');
  });

  it('the same id in two sections: on the later one, naming the section of the first', () => {
    const base = loadText(yaml('sources:', '  edda-vorne:', '    title: Statement', 'people:', '  edda-vorne:', '    name: Edda Vorne', '    sources: [edda-vorne]'));
    assert.deepEqual(summary(base), ['5:facts-duplicate-id']);
    assert.equal(base.diagnostics[0]!.message, 'Id "edda-vorne" is already defined as a source at facts.yaml:2; this definition is ignored');
    assert.equal(base.entries.get('edda-vorne')!.section, 'sources');
  });

  it('the same id in two files: in the later file, with the first file named', () => {
    const base = loadTexts({
      'a.facts.yaml': yaml('figures:', '  x: {value: 1, sources: [s]}', 'sources:', '  s: {title: S}'),
      'b.facts.yaml': yaml('figures:', '  x: {value: 2, sources: [s]}'),
    });
    assert.deepEqual(summary(base), ['2:facts-duplicate-id']);
    assert.equal(base.diagnostics[0]!.file, '/news/desk/b.facts.yaml');
    assert.equal(base.diagnostics[0]!.message, 'Id "x" is already defined as a figure at a.facts.yaml:2; this definition is ignored');
    assert.deepEqual(base.entries.get('x')!.value, { min: 1, max: 1 });
  });

  it('a third definition is reported too, each against the first', () => {
    const base = loadText(yaml('sources:', '  s: {title: A}', '  s: {title: B}', '  s: {title: C}'));
    assert.deepEqual(summary(base), ['3:facts-duplicate-id', '4:facts-duplicate-id']);
    assert.ok(base.diagnostics.every((d) => d.message.includes('facts.yaml:2')));
  });
});
