import { strict as assert } from 'node:assert';
import { loadFacts } from '../../../../server/src/core/loadFacts';
import { memoryHost } from '../../helpers/memoryHost';
import { DIR, covered, loadText, loadTexts, summary, yaml } from './loadText';

const BANNU = yaml(
  'version: 1',
  'sources:',
  '  ispr-2025-09-02:',
  '    title: Press release on the Bannu attack',
  '    publisher: ISPR',
  '    url: https://example.org/press/2025-09-02',
  '    date: 2025-09-02',
  'events:',
  '  bannu-fc-attack:',
  '    name: Attack on the Federal Constabulary Headquarters, Bannu',
  '    aliases: [Bannu attack, "FC Headquarters"]',
  '    date: 2025-09-02',
  '    place: Bannu',
  '    killed: {soldiers: 6, police: {min: 1, max: 3}}',
  '    wounded:',
  '      soldiers: 12',
  '    parts:',
  '      - place: [Bannu cantonment]',
  '        killed: {soldiers: 4}',
  '    sources: [ispr-2025-09-02]',
  'people:',
  '  adnan-aslam:',
  '    name: Adnan Aslam',
  '    title: Major',
  '    age: 31',
  '    died: 2025-09-09',
  '    events: [bannu-fc-attack]',
  '    sources: [ispr-2025-09-02]',
  'figures:',
  '  ttp-talks-2021:',
  '    name: Ceasefire with the TTP, November 2021',
  "    value: {min: 30, max: 31.5}",
  '    unit: days',
  '    date: 2021-11',
  '    sources: [ispr-2025-09-02]',
  'categories:',
  '  soldiers: [jawans, sepoys]',
);

describe('loadFacts: reading entries with their places', () => {
  const base = loadText(BANNU);
  const event = base.entries.get('bannu-fc-attack')!;
  const person = base.entries.get('adnan-aslam')!;
  const figure = base.entries.get('ttp-talks-2021')!;

  it('loads a valid file with no diagnostic and keeps it usable', () => {
    assert.deepEqual(summary(base), []);
    assert.equal(base.usable, true);
    assert.deepEqual(base.files.map((f) => [f.path, f.parsed]), [[`${DIR}/facts.yaml`, true]]);
    assert.deepEqual([...base.entries.keys()], ['ispr-2025-09-02', 'bannu-fc-attack', 'adnan-aslam', 'ttp-talks-2021']);
  });

  it('points the id, the name and the whole entry at their text', () => {
    assert.equal(covered(base, event.idAt), 'bannu-fc-attack');
    assert.equal(covered(base, event.nameAt!), 'Attack on the Federal Constabulary Headquarters, Bannu');
    assert.match(covered(base, event.at), /^bannu-fc-attack:\n {4}name: Attack[\s\S]*sources: \[ispr-2025-09-02\]$/);
  });

  it('points each count at its number, and a {min, max} count at the map', () => {
    const [soldiers, police] = event.casualties.killed!;
    assert.deepEqual([soldiers!.group, soldiers!.count], ['soldiers', { min: 6, max: 6 }]);
    assert.equal(covered(base, soldiers!.at), '6');
    assert.deepEqual(police!.count, { min: 1, max: 3 });
    assert.equal(covered(base, police!.at), '{min: 1, max: 3}');
    assert.equal(covered(base, event.casualties.wounded![0]!.at), '12');
  });

  it('reads aliases, places, dates and parts', () => {
    assert.deepEqual(event.aliases, ['Bannu attack', 'FC Headquarters']);
    assert.deepEqual(event.places, ['Bannu']);
    assert.deepEqual({ from: event.date!.from, to: event.date!.to }, { from: '2025-09-02', to: '2025-09-02' });
    assert.equal(covered(base, event.date!.at), '2025-09-02');
    assert.equal(event.parts.length, 1);
    assert.deepEqual(event.parts[0]!.places, ['Bannu cantonment']);
    assert.equal(covered(base, event.parts[0]!.casualties.killed![0]!.at), '4');
  });

  it('points each id in sources:, events: and of: lists at the id itself', () => {
    assert.deepEqual(event.sources, ['ispr-2025-09-02']);
    assert.deepEqual(person.events, ['bannu-fc-attack']);
    const refs = person.refs!.map((r) => [r.list, r.id, covered(base, r)]);
    assert.deepEqual(refs, [
      ['events', 'bannu-fc-attack', 'bannu-fc-attack'],
      ['sources', 'ispr-2025-09-02', 'ispr-2025-09-02'],
    ]);
  });

  it('reads people and figures with the places of their values', () => {
    assert.deepEqual([person.title, covered(base, person.titleAt!)], ['Major', 'Major']);
    assert.deepEqual([person.age, covered(base, person.ageAt!)], [31, '31']);
    assert.equal(person.died!.from, '2025-09-09');
    assert.deepEqual(figure.value, { min: 30, max: 31.5 });
    assert.equal(covered(base, figure.valueAt!), '{min: 30, max: 31.5}');
    assert.deepEqual([figure.unit, figure.date!.from], ['days', '2021-11']);
    const source = base.entries.get('ispr-2025-09-02')!;
    assert.deepEqual([source.title, source.publisher, source.url], ['Press release on the Bannu attack', 'ISPR', 'https://example.org/press/2025-09-02']);
  });

  it('reads categories', () => {
    assert.deepEqual([...base.categories], [['soldiers', ['jawans', 'sepoys']]]);
  });

  it('reads a date range and a quoted value with the quotes in its range', () => {
    const b = loadText(yaml('events:', '  x:', '    name: "The x"', '    date: {from: 2025-09-10, to: 2025-09-13}', '    sources: []'));
    const x = b.entries.get('x')!;
    assert.equal(covered(b, x.nameAt!), '"The x"');
    assert.deepEqual([x.date!.from, x.date!.to, covered(b, x.date!.at)], ['2025-09-10', '2025-09-13', '{from: 2025-09-10, to: 2025-09-13}']);
  });
});

describe('loadFacts: merging files', () => {
  const events = yaml('events:', '  july-heatwave:', '    name: July heatwave', '    sources: [met]', 'sources:', '  met:', '    title: Bulletin');
  const people = yaml('sources:', '  moh:', '    title: Profile', 'events:', '  july-heatwave:', '    name: Duplicate', '    sources: [moh]');

  it('keeps the first definition in file order and flags the later one on its id', () => {
    const base = loadTexts({ 'events.facts.yaml': events, 'people.facts.yaml': people });
    assert.equal(base.entries.get('july-heatwave')!.name, 'July heatwave');
    assert.equal(base.diagnostics.length, 1);
    const [d] = base.diagnostics;
    assert.equal(d!.file, `${DIR}/people.facts.yaml`);
    assert.equal(d!.code, 'facts-duplicate-id');
    assert.equal(covered(base, d!), 'july-heatwave');
    assert.equal(d!.message, 'Id "july-heatwave" is already defined as an event at events.facts.yaml:2; this definition is ignored');
    assert.equal(d!.related![0]!.file, `${DIR}/events.facts.yaml`);
  });

  it('follows the order it is given, not the names', () => {
    const base = loadTexts({ 'people.facts.yaml': people, 'events.facts.yaml': events });
    assert.equal(base.entries.get('july-heatwave')!.name, 'Duplicate');
    assert.equal(base.diagnostics[0]!.file, `${DIR}/events.facts.yaml`);
  });

  it('merges categories from every file', () => {
    const base = loadTexts({ 'a.facts.yaml': 'categories:\n  police: [constables]\n', 'b.facts.yaml': 'categories:\n  police: [policewomen, constables]\n' });
    assert.deepEqual(base.categories.get('police'), ['constables', 'policewomen']);
  });

  it('reports a file that cannot be read in that file, and makes the base unusable', () => {
    const host = memoryHost({ [`${DIR}/facts.yaml`]: events });
    const base = loadFacts([`${DIR}/facts.yaml`, `${DIR}/missing.facts.yaml`], host);
    assert.equal(base.usable, false);
    assert.deepEqual(base.diagnostics.map((d) => [d.file, d.code, d.start, d.message]), [
      [`${DIR}/missing.facts.yaml`, 'facts-syntax', 0, 'Fact file "missing.facts.yaml" cannot be read: it does not exist or is not a file'],
    ]);
    assert.ok(base.entries.has('july-heatwave'), 'the readable file is still loaded');
  });

  it('does not read a file the host refuses', () => {
    const host = memoryHost({ '/elsewhere/facts.yaml': events }, { outside: ['/elsewhere'] });
    const base = loadFacts(['/elsewhere/facts.yaml'], host);
    assert.deepEqual(host.reads, []);
    assert.match(base.diagnostics[0]!.message, /outside the workspace/);
  });

  it('never throws when the host does', () => {
    const host = { readFile: (): string => { throw new Error('EIO: disk error'); }, listDir: () => undefined };
    const base = loadFacts(['/x/facts.yaml'], host);
    assert.equal(base.diagnostics[0]!.message, 'Fact file "facts.yaml" cannot be read: EIO: disk error');
  });
});

describe('loadFacts: files that do not parse', () => {
  it('reports one facts-syntax on the line the YAML parser names, with a fix for ": " in a value', () => {
    const text = yaml('events:', '  varrow-depot-fire:', '    name: Fire at the Varrow grain depot', '    place: Varrow: north silos', '    sources: [x]');
    const base = loadText(text);
    assert.deepEqual(summary(base), ['4:facts-syntax']);
    assert.equal(base.usable, false);
    assert.equal(base.files[0]!.parsed, false);
    assert.equal(base.entries.size, 0, 'a broken file contributes no entries');
    assert.equal(base.diagnostics[0]!.message, 'A value holding ": " must be quoted: write place: "Varrow: north silos"');
  });

  it('skips the checks that need every file while one is broken, but keeps the other files', () => {
    const good = yaml('events:', '  a:', '    name: A', '    sources: [nowhere]');
    const base = loadTexts({ 'a.facts.yaml': good, 'b.facts.yaml': 'events: [unclosed\n' });
    // On the line that opened the bracket, not where the parser noticed.
    assert.deepEqual(summary(base), ['1:facts-syntax']);
    assert.equal(base.diagnostics[0]!.file, `${DIR}/b.facts.yaml`);
    assert.ok(base.entries.has('a'));
  });

  it('reports a JSON trailing comma in a .json file, though YAML would accept it', () => {
    const base = loadText('{\n  "events": {\n    "a": {"name": "A"},\n  }\n}\n', 'facts.json');
    assert.deepEqual(summary(base), ['4:facts-syntax']);
    assert.match(base.diagnostics[0]!.message, /^Not valid JSON: /);
  });

  it('reads valid JSON with positions', () => {
    const base = loadText('{"version": 1, "events": {"a": {"name": "A", "killed": {"people": 3}, "sources": ["s"]}}, "sources": {"s": {"title": "S"}}}', 'facts.json');
    assert.deepEqual(summary(base), []);
    assert.equal(covered(base, base.entries.get('a')!.casualties.killed![0]!.at), '3');
    assert.equal(covered(base, base.entries.get('a')!.idAt), '"a"');
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const started = Date.now();
    const base = loadText(yaml(...lines));
    assert.ok(Date.now() - started < 2000, 'it stops early');
    assert.equal(base.diagnostics.length, 1);
    assert.equal(base.diagnostics[0]!.code, 'facts-syntax');
    assert.match(base.diagnostics[0]!.message, /Aliases expand to more than 100000 values/);
  });

  it('accepts a few ordinary aliases', () => {
    const base = loadText(yaml('sources:', '  s:', '    title: S', 'events:', '  a:', '    sources: &both [s]', '  b:', '    sources: *both'));
    assert.deepEqual(summary(base), []);
    const b = base.entries.get('b')!;
    assert.deepEqual(b.sources, ['s']);
  });

  it('refuses a recursive alias and an undefined one', () => {
    assert.match(loadText('a: &x [1, *x]\n').diagnostics[0]!.message, /refers to the value it sits in|names no anchor/);
    assert.match(loadText('a: *nothing\n').diagnostics[0]!.message, /Alias \*nothing names no anchor/);
  });

  it('refuses values nested deeper than any fact file needs', () => {
    const base = loadText(`deep: ${'['.repeat(200)}${']'.repeat(200)}\n`);
    assert.deepEqual(summary(base), ['1:facts-syntax']);
  });

  it('refuses a second document', () => {
    const base = loadText(yaml('events: {}', '---', 'people: {}'));
    assert.deepEqual(summary(base), ['2:facts-syntax']);
    assert.match(base.diagnostics[0]!.message, /one YAML document/);
  });

  it('refuses tags other than the plain ones', () => {
    const base = loadText('version: !!python/object 1\n');
    assert.deepEqual(summary(base), ['1:facts-syntax']);
    assert.deepEqual(summary(loadText('version: !!int "1"\n')), []);
  });
});

describe('loadFacts: odd but valid texts', () => {
  it('does not let a __proto__ key pollute prototypes', () => {
    const base = loadText(yaml('__proto__:', '  polluted: yes', 'events:', '  __proto__:', '    polluted: yes', '  constructor:', '    name: Constructor'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    // "__proto__" is no section and no valid id (though still an entry, with no
    // sources); "constructor" is a valid id like any other.
    assert.deepEqual(summary(base), ['1:facts-schema', '4:facts-schema', '4:facts-unsourced', '5:facts-schema', '6:facts-unsourced']);
    assert.equal(base.entries.get('constructor')!.name, 'Constructor');
    assert.ok(base.entries.has('__proto__'));
  });

  it('keeps offsets right after a byte-order mark', () => {
    const base = loadText('\uFEFFevents:\n  a:\n    killed: {people: 7}\n    sources: [s]\nsources:\n  s: {title: S}\n');
    assert.deepEqual(summary(base), []);
    assert.equal(covered(base, base.entries.get('a')!.casualties.killed![0]!.at), '7');
    assert.equal(covered(base, base.entries.get('a')!.idAt), 'a');
  });

  it('keeps offsets and line numbers right with CRLF line ends', () => {
    const text = 'events:\r\n  a:\r\n    name: A\r\n    killed: {people: seven}\r\n    sources: [s]\r\nsources:\r\n  s: {title: S}\r\n';
    const base = loadText(text);
    assert.deepEqual(summary(base), ['4:facts-schema']);
    assert.equal(covered(base, base.diagnostics[0]!), 'seven');
    assert.equal(covered(base, base.entries.get('a')!.nameAt!), 'A');
  });

  it('reads a BOM in JSON too', () => {
    const base = loadText('\uFEFF{"events": {"a": {"name": "A", "sources": []}}}', 'facts.json');
    assert.deepEqual(summary(base), ['1:facts-unsourced']);
  });

  // An empty fact file is a valid, empty fact base: a file just created in the
  // editor, or one whose entries were all cut, is not an error, and flagging it
  // while being written would be noise. It has no entries, so no draft check
  // needs it, and the base stays usable.
  it('treats an empty file, or one of comments only, as an empty fact base with no diagnostic', () => {
    for (const [text, name] of [['', 'facts.yaml'], ['# to do\n', 'facts.yaml'], ['---\n', 'facts.yaml'], ['  \n', 'facts.json']] as const) {
      const base = loadText(text, name);
      assert.deepEqual(summary(base), [], JSON.stringify(text));
      assert.equal(base.usable, true);
      assert.equal(base.entries.size, 0);
    }
  });

  it('sorts diagnostics by file, then offset', () => {
    const base = loadText(yaml('events:', '  b:', '    name: B', '  a:', '    killed: {people: x}'));
    assert.deepEqual(summary(base), ['2:facts-unsourced', '4:facts-unsourced', '5:facts-schema']);
  });
});
