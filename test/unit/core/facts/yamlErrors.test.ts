import { strict as assert } from 'node:assert';
import { loadText } from './loadText';

/**
 * The ten commonest slips in a hand-written fact file get a message in plain
 * words on the line where the writer made the slip (issue 11), not the
 * parser's "Deficient indentation" on the line after it.
 */
function problem(text: string): string[] {
  const base = loadText(text);
  return base.diagnostics.filter((d) => d.code === 'facts-syntax' || d.code === 'facts-duplicate-id').map((d) => `${text.slice(0, d.start).split('\n').length}: ${d.message}`);
}

describe('YAML errors in plain words', () => {
  it('a missing brace, on the line that opened it', () => {
    assert.deepEqual(problem('version: 1\nevents:\n  e1: {name: Fire, killed: {people: 3}\n  e2:\n    name: Flood\n'), ['3: The brace "{" opened on line 3 is never closed: add "}" where the value ends, on that line']);
  });

  it('a missing bracket', () => {
    assert.deepEqual(problem('version: 1\nevents:\n  e1:\n    name: Fire\n    aliases: [big fire, the fire\n    sources: [a]\n'), ['5: The bracket "[" opened on line 5 is never closed: add "]" where the value ends, on that line']);
  });

  it('a missing closing quote, double or single', () => {
    assert.deepEqual(problem('version: 1\nevents:\n  e1:\n    name: "Fire at the market\n    date: 2025-01-02\n'), ['4: The quote " opened on line 4 is never closed: add the closing quote where the value ends, on that line']);
    assert.deepEqual(problem("version: 1\nevents:\n  e1:\n    name: 'Fire\n"), ["4: The quote ' opened on line 4 is never closed: add the closing quote where the value ends, on that line"]);
  });

  it('a missing colon', () => {
    assert.deepEqual(problem('version: 1\nevents:\n  e1:\n    name Fire\n    date: 2025-01-02\n'), ['4: Line 4 has no colon after "name": write "name: Fire"']);
  });

  it('a tab', () => {
    assert.deepEqual(problem('version: 1\nevents:\n  e1:\n\tname: Fire\n'), ['4: Line 4 is indented with a tab: YAML needs spaces there']);
  });

  it('a duplicate key, as the fact-file check that reports it', () => {
    assert.deepEqual(problem('version: 1\nevents:\n  e1:\n    name: Fire\n  e1:\n    name: Flood\n').map((p) => p.slice(0, 2)), ['5:']);
  });

  it('bad indentation', () => {
    assert.deepEqual(problem('version: 1\nevents:\n  e1:\n    name: Fire\n   date: 2025-01-02\n'), ['5: Line 5 is indented by 3 spaces, but the line above it by 4: line up the keys of one entry']);
  });

  it('a colon inside a value, with the quoted value to write', () => {
    assert.deepEqual(problem('version: 1\nevents:\n  e1:\n    name: Fire: the market\n'), ['4: A value holding ": " must be quoted: write name: "Fire: the market"']);
  });

  it('a list item out of its list', () => {
    assert.deepEqual(problem('version: 1\nevents:\n  e1:\n    aliases:\n    - a\n  - b\n'), ['6: Line 6 starts a list item ("-") where a key was expected: indent it under its key, like the items above it']);
  });
});
