import { strict as assert } from 'node:assert';
import { covered, loadText, summary, yaml } from './loadText';

const SOURCES = ['sources:', '  echo-2021-11-04: {title: Echo}', '  fire-service: {title: Statement}'];

describe('facts-unknown-ref', () => {
  it('a mistyped source id: on the id in its list, with the id it is close to', () => {
    const base = loadText(yaml(...SOURCES, 'events:', '  fire:', '    sources: [fire-service, echo-2021-1104]'));
    assert.deepEqual(summary(base), ['6:facts-unknown-ref']);
    assert.equal(covered(base, base.diagnostics[0]!), 'echo-2021-1104');
    assert.equal(base.diagnostics[0]!.message, '"echo-2021-1104" in "sources:" of event "fire" is not defined; did you mean "echo-2021-11-04"?');
    assert.deepEqual(base.entries.get('fire')!.sources, ['fire-service', 'echo-2021-1104'], 'the entry keeps its list as written');
  });

  it("a person's events: naming no event, in a block list", () => {
    const base = loadText(yaml(...SOURCES, 'events:', '  cable-street-fire: {sources: [fire-service]}', 'people:', '  nell:', '    events:', '      - cable-st-fire', '    sources: [fire-service]'));
    assert.deepEqual(summary(base), ['9:facts-unknown-ref']);
    assert.equal(covered(base, base.diagnostics[0]!), 'cable-st-fire');
  });

  it('an id of the wrong kind: sources: must name a source, events: an event', () => {
    const base = loadText(yaml(...SOURCES, 'events:', '  a: {sources: [b]}', '  b: {sources: [fire-service]}', 'people:', '  p: {events: [fire-service], sources: [fire-service]}'));
    assert.deepEqual(summary(base), ['5:facts-unknown-ref', '8:facts-unknown-ref']);
    assert.equal(base.diagnostics[0]!.message, '"b" in "sources:" of event "a" is an event; this list names a source');
    assert.equal(base.diagnostics[1]!.message, '"fire-service" in "events:" of person "p" is a source; this list names an event');
  });

  it('of: may name events, totals and people, and nothing else', () => {
    const base = loadText(
      yaml(...SOURCES, 'events:', '  e: {sources: [fire-service]}', 'people:', '  p: {sources: [fire-service]}', 'figures:', '  f: {value: 1, sources: [fire-service]}', 'totals:', '  inner: {of: [e], sources: [fire-service]}', '  t: {of: [e, p, inner, f, nothing], sources: [fire-service]}'),
    );
    assert.deepEqual(summary(base), ['12:facts-unknown-ref', '12:facts-unknown-ref']);
    assert.deepEqual(base.diagnostics.map((d) => covered(base, d)), ['f', 'nothing']);
    assert.equal(base.diagnostics[0]!.message, '"f" in "of:" of total "t" is a figure; this list names an event, a total or a person');
  });
});
