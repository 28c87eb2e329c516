import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { loadFacts, type FactHost, type Section } from '../../../../server/src/core';
import { insertEntry, type NewEntry } from '../../../../server/src/core/edits/factEdits';

/**
 * Every edit we make to a fact file leaves it parsing and schema-valid
 * (issue 11): an entry added to generated fact files of every shape (block,
 * flow, JSON; section there, empty, null or missing; CRLF or LF; with or
 * without a last line end) with values that need quoting.
 */
function load(path: string, text: string) {
  const host: FactHost = { readFile: (p) => (p === path ? text : undefined), listDir: () => [] };
  return loadFacts([path], host);
}

const SECTIONS: Section[] = ['events', 'people', 'figures', 'sources'];
// Text a writer might type, or a claim might hold: colons, quotes, hashes, leading dashes, brackets, Unicode.
const awkward = fc.constantFrom('TODO: name this entry', 'Fire at "Keldon" #2', '- dash first', '[bracketed]', '{braced}', 'yes', '12', 'Ünïcødé — name', "it's: a 'quote'", '@handle', '*star', '% percent', 'null', '~');

const fileShape = fc.record({
  json: fc.boolean(),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
  indent: fc.constantFrom(2, 4),
  sections: fc.array(fc.record({
    name: fc.constantFrom<Section>(...SECTIONS),
    style: fc.constantFrom('block', 'flow', 'empty', 'null'),
    entries: fc.integer({ min: 0, max: 2 }),
  }), { maxLength: 3 }),
  comment: fc.boolean(),
});

function entryFields(section: Section, n: number): Record<string, unknown> {
  switch (section) {
    case 'sources': return { title: `Report ${n}`, publisher: 'Wire', url: `https://example.org/${n}`, date: '2025-01-02' };
    case 'people': return { name: `Person ${n}`, age: 30 + n, sources: [] };
    case 'figures': return { name: `Figure ${n}`, value: n, unit: 'percent', sources: [] };
    default: return { name: `Event ${n}`, killed: { people: n }, sources: [] };
  }
}

/** A fact file of the given shape, as text. */
type FileShape = typeof fileShape extends fc.Arbitrary<infer T> ? T : never;

function render(shape: FileShape): string {
  const seen = new Set<Section>();
  const sections = shape.sections.filter((s) => !seen.has(s.name) && seen.add(s.name));
  if (shape.json) {
    const doc: Record<string, unknown> = { version: 1 };
    for (const s of sections) doc[s.name] = Object.fromEntries(Array.from({ length: s.style === 'block' ? s.entries : 0 }, (_, i) => [`${s.name}-${i}`, entryFields(s.name, i)]));
    return JSON.stringify(doc, null, 2).replace(/\n/g, shape.crlf ? '\r\n' : '\n') + (shape.finalNewline ? (shape.crlf ? '\r\n' : '\n') : '');
  }
  const eol = shape.crlf ? '\r\n' : '\n';
  const pad = ' '.repeat(shape.indent);
  const lines = ['version: 1'];
  if (shape.comment) lines.push('# facts for the piece');
  for (const s of sections) {
    if (s.style === 'null') lines.push(`${s.name}:`);
    else if (s.style === 'empty' || (s.style === 'flow' && s.entries === 0)) lines.push(`${s.name}: {}`);
    else if (s.style === 'flow') lines.push(`${s.name}: {${Array.from({ length: s.entries }, (_, i) => `${s.name}-${i}: ${JSON.stringify(entryFields(s.name, i))}`).join(', ')}}`);
    else {
      lines.push(`${s.name}:`);
      for (let i = 0; i < s.entries; i++) {
        lines.push(`${pad}${s.name}-${i}:`);
        for (const [k, v] of Object.entries(entryFields(s.name, i))) lines.push(`${pad}${pad}${k}: ${JSON.stringify(v)}`);
      }
      if (s.entries === 0) lines[lines.length - 1] = `${s.name}: {}`;
    }
  }
  return lines.join(eol) + (shape.finalNewline ? eol : '');
}

describe('fact-file edits', () => {
  it('leave every generated fact file parsing and schema-valid, with the new entry in it', () => {
    fc.assert(fc.property(fileShape, fc.constantFrom<Section>(...SECTIONS), awkward, (shape, section, name) => {
      const path = shape.json ? '/t/facts.json' : '/t/facts.yaml';
      const text = render(shape);
      const before = load(path, text);
      if (!before.usable) return;
      const entry: NewEntry = { id: 'added-entry-1', fields: { ...entryFields(section, 9), ...(section === 'sources' ? { title: name } : { name }) }, sourcesComment: 'add the source that confirms it' };
      const result = insertEntry(path, text, section, entry);
      assert.ok(result.ok, result.ok ? '' : result.reason);
      const after = load(path, result.text);
      // No problem the file did not have before (a `section:` left empty is one, and the edit may mend it).
      const problems = (base: typeof after) => base.diagnostics.filter((d) => d.code === 'facts-syntax' || d.code === 'facts-schema' || d.code === 'facts-duplicate-id').map((d) => d.message);
      const had = new Set(problems(before));
      assert.deepEqual(problems(after).filter((m) => !had.has(m)), [], result.text);
      const added = after.entries.get('added-entry-1');
      assert.equal(added?.section, section);
      assert.equal(section === 'sources' ? added?.title : added?.name, name);
      // The line ends stay the file's own, and the line given is the new id's.
      if (/\r\n/.test(text)) assert.doesNotMatch(result.text.replace(/\r\n/g, ''), /\n/, 'a lone LF in a CRLF file');
      assert.match(result.text.split(/\r\n|\n/)[result.line]!, /added-entry-1/);
    }), { numRuns: 300 });
  });

  it('will not touch a file that does not parse, and says why', () => {
    const result = insertEntry('/t/facts.yaml', 'events:\n  e1: {name: Fire\n', 'events', { id: 'x', fields: { name: 'X', sources: [] } });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /does not parse/);
  });

  it('writes a value that needs quoting so that it reads back as written ("TODO: name this entry")', () => {
    const result = insertEntry('/t/facts.yaml', 'version: 1\nevents:\n  e1:\n    name: Fire\n', 'events', { id: 'new-event-1', fields: { name: 'TODO: name this entry', sources: [] } });
    assert.ok(result.ok);
    assert.equal(load('/t/facts.yaml', result.text).entries.get('new-event-1')?.name, 'TODO: name this entry');
  });
});
