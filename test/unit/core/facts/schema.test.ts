import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { covered, loadText, summary, yaml } from './loadText';

/** The one facts-schema diagnostic of a file, as [line:code, covered text, message]. */
function only(text: string): [string, string, string] {
  const base = loadText(text);
  const schema = base.diagnostics.filter((d) => d.code === 'facts-schema');
  assert.equal(schema.length, 1, `expected one diagnostic, got ${JSON.stringify(summary(base))}`);
  const d = schema[0]!;
  return [summary(base)[base.diagnostics.indexOf(d)]!, covered(base, d), d.message];
}

describe('facts-schema: each error sits on what is at fault', () => {
  it('a word where a count belongs: on the word', () => {
    const text = yaml('events:', '  brenlow:', '    killed: {motorists: two}', '    sources: [s]');
    assert.deepEqual(only(text), ['3:facts-schema', 'two', '"killed.motorists" in event "brenlow" must be a whole number or {min, max}; got "two"']);
  });

  it('a date that is not YYYY-MM-DD: on the date', () => {
    const text = yaml('events:', '  order:', '    date: 17th May 2023', '    sources: [s]');
    assert.deepEqual(only(text), ['3:facts-schema', '17th May 2023', '"date" in event "order" must be a date written YYYY-MM-DD, a month YYYY-MM or a year YYYY, or {from, to}; got "17th May 2023"']);
  });

  it('an unknown top-level section: on its key, with the sections allowed', () => {
    const text = yaml('version: 1', 'witnesses:', '  - name: Morag Dunnet');
    assert.deepEqual(only(text), ['2:facts-schema', 'witnesses', 'Unknown section "witnesses"; allowed: version, sources, events, people, totals, figures, categories']);
  });

  it('an unknown key in an entry: on the key, with the keys allowed', () => {
    const text = yaml('events:', '  quarry-fire:', '    casualties: 3', '    sources: [s]');
    assert.deepEqual(only(text), [
      '3:facts-schema',
      'casualties',
      'Unknown key "casualties" in event "quarry-fire"; allowed: name, aliases, date, place, killed, wounded, missing, abducted, parts, sources',
    ]);
  });

  it('a misspelt key inside a value: one diagnostic, on the key, suggesting the missing one', () => {
    const text = yaml('events:', '  x:', '    date: {from: 2025-09-10, till: 2025-09-13}', '    sources: [s]');
    assert.deepEqual(only(text), ['3:facts-schema', 'till', 'Unknown key "till" in "date" of event "x"; allowed: from, to; did you mean "to"?']);
  });

  it('a word where an age belongs', () => {
    const text = yaml('people:', '  mara-quill:', '    name: Mara Quill', '    age: thirty', '    sources: [s]');
    assert.deepEqual(only(text), ['4:facts-schema', 'thirty', '"age" in person "mara-quill" must be a whole number of years; got "thirty"']);
  });

  it('a negative count and a fractional one', () => {
    assert.deepEqual(only(yaml('events:', '  x:', '    killed: {people: -2}', '    sources: [s]')).slice(1), ['-2', '"killed.people" in event "x" must be a whole number or {min, max}; got -2']);
    assert.deepEqual(only(yaml('events:', '  x:', '    killed: {people: 2.5}', '    sources: [s]'))[1], '2.5');
  });

  it('a list where one id belongs, and a bare id where a list belongs', () => {
    assert.deepEqual(only(yaml('events:', '  x:', '    sources: s')).slice(1), ['s', '"sources" in event "x" must be a list of ids, e.g. [source-id, other-id]; got "s"']);
  });

  it('an id that breaks the pattern: on the id, with a suggestion', () => {
    const text = yaml('events:', '  Bannu Attack:', '    sources: [s]');
    assert.deepEqual(only(text), ['2:facts-schema', 'Bannu Attack', 'Id "Bannu Attack" must be lower-case letters, digits and hyphens, e.g. "bannu-attack"']);
  });

  it('an entry that is not a map: on the value', () => {
    assert.deepEqual(only(yaml('events:', '  x: 5')).slice(1), ['5', 'Event "x" must be a map of fields; got 5']);
  });

  it('a section that is not a map, and a fact file that is a list', () => {
    assert.deepEqual(only(yaml('events: [a, b]')).slice(1), ['[a, b]', 'Section "events" must be a map of entries keyed by id; got [a, b]']);
    const [where, , message] = only(yaml('- a', '- b'));
    assert.equal(where, '1:facts-schema');
    assert.match(message, /^The fact file must be a map of sections \(version, sources, events, people, totals, figures, categories\); got a list$/);
  });

  it('a part with no place', () => {
    assert.deepEqual(only(yaml('events:', '  x:', '    parts:', '      - killed: {people: 2}', '    sources: [s]')).slice(1), [
      'killed: {people: 2}',
      '"parts[1]" in event "x" needs "place"',
    ]);
  });

  it('a {min} with no max', () => {
    assert.deepEqual(only(yaml('figures:', '  x:', '    value: {min: 3}', '    sources: [s]')).slice(1), ['{min: 3}', '"value" in figure "x" must be a number or {min, max}; got {min: 3}']);
  });

  it('a version other than 1', () => {
    assert.deepEqual(only(yaml('version: 2')), ['1:facts-schema', '2', '"version" must be 1; got 2']);
  });

  it('a key repeated inside an entry: on the repeat, naming the first', () => {
    const text = yaml('events:', '  x:', '    name: One', '    name: Two', '    sources: [s]', 'sources:', '  s: {title: S}');
    const base = loadText(text);
    assert.deepEqual(summary(base), ['4:facts-schema']);
    assert.equal(base.diagnostics[0]!.message, 'Key "name" is repeated; the first, at line 3, is the one used');
    assert.equal(base.entries.get('x')!.name, 'One');
  });

  it('a section repeated: the second is ignored', () => {
    const base = loadText(yaml('events:', '  a: {sources: [s]}', 'events:', '  b: {sources: [s]}', 'sources:', '  s: {title: S}'));
    assert.deepEqual(summary(base), ['3:facts-schema']);
    assert.equal(base.diagnostics[0]!.message, 'Section "events" is repeated; the first, at line 1, is the one used');
    assert.deepEqual([...base.entries.keys()], ['a', 's']);
  });

  it('a key that is a list', () => {
    const base = loadText(yaml('events:', '  ? [a, b]', '  : {sources: [s]}'));
    assert.deepEqual(summary(base), ['2:facts-schema']);
    assert.equal(base.diagnostics[0]!.message, 'A key must be a word, not a list');
  });
});

describe('facts-schema: what no schema can see', () => {
  it('a date that does not exist', () => {
    assert.deepEqual(only(yaml('events:', '  x:', '    date: 2025-02-30', '    sources: [s]')).slice(1), ['2025-02-30', '2025-02-30 is not a date: February 2025 has 28 days']);
    assert.deepEqual(only(yaml('events:', '  x:', '    date: 2024-13', '    sources: [s]')).slice(1), ['2024-13', '2024-13 is not a date: there is no month 13']);
    assert.deepEqual(summary(loadText(yaml('events:', '  x:', '    date: 2024-02-29'))), ['2:facts-unsourced'], 'a leap day is a date');
  });

  it('a range whose from is after its to: on the from', () => {
    const text = yaml('events:', '  x:', '    date: {from: 2025-09-13, to: 2025-09-10}', '    sources: [s]');
    assert.deepEqual(only(text).slice(1), ['2025-09-13', '"date" in event "x" runs backwards: from 2025-09-13 is after to 2025-09-10']);
  });

  it('a month range ending on a day inside it is fine', () => {
    assert.deepEqual(summary(loadText(yaml('events:', '  x:', '    date: {from: 2025-09, to: 2025-09-10}'))), ['2:facts-unsourced']);
  });

  it('a count whose min is more than its max: on the min', () => {
    const text = yaml('events:', '  x:', '    killed: {people: {min: 10, max: 4}}', '    sources: [s]');
    assert.deepEqual(only(text).slice(1), ['10', '"killed.people" in event "x" runs backwards: min 10 is more than max 4']);
  });

  it('a death date that does not exist', () => {
    assert.deepEqual(only(yaml('people:', '  p:', '    died: 2023-04-31', '    sources: [s]')).slice(1), ['2023-04-31', '2023-04-31 is not a date: April 2023 has 30 days']);
  });
});

describe('facts-schema: an entry with an error keeps its valid values', () => {
  const base = loadText(
    yaml(
      'sources:',
      '  s: {title: S}',
      'events:',
      '  brenlow:',
      '    name: Collapse of the Brenlow road cutting',
      '    date: 17th May 2023',
      '    place: Brenlow',
      '    killed: {motorists: two, passengers: 3}',
      '    severity: high',
      '    sources: [s]',
    ),
  );
  const entry = base.entries.get('brenlow')!;

  it('reports the three problems', () => {
    assert.deepEqual(summary(base), ['6:facts-schema', '8:facts-schema', '9:facts-schema']);
  });

  it('keeps the name, place, the valid count and the sources; drops the bad date and count', () => {
    assert.equal(entry.name, 'Collapse of the Brenlow road cutting');
    assert.deepEqual(entry.places, ['Brenlow']);
    assert.equal(entry.date, undefined);
    assert.deepEqual(entry.casualties.killed!.map((c) => [c.group, c.count.min]), [['passengers', 3]]);
    assert.deepEqual(entry.sources, ['s']);
  });
});

describe('schemas/facts.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '../../../../schemas/facts.schema.json'), 'utf8')) as Record<string, any>;

  it('is draft-07 and closed at every level', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.additionalProperties, false);
    for (const name of ['source', 'event', 'person', 'total', 'figure', 'part']) assert.equal(schema.definitions[name].additionalProperties, false, name);
  });

  it('describes every property, for YAML editors', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.properties) {
        for (const [key, value] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
          if (!value.description) missing.push(`${path}.${key}`);
        }
      }
      for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`);
    };
    visit(schema, '#');
    for (const [name, def] of Object.entries(schema.definitions as Record<string, { description?: string }>)) if (!def.description) missing.push(name);
    assert.deepEqual(missing, []);
  });
});
