import { strict as assert } from 'node:assert';
import { loadFacts } from '../../../server/src/core';
import { DEFAULT_FACT_FILE_NAME, FACT_FILE_TEMPLATE, YAML_FACT_FILE_NAME } from '../../../client/src/factFileTemplate';

/** "Create a fact file from a template" must not start a writer off with a squiggle. */
describe('the fact-file template', () => {
  const path = `/workspace/${DEFAULT_FACT_FILE_NAME}`;
  const facts = loadFacts([path], { readFile: (p) => (p === path ? FACT_FILE_TEMPLATE : undefined), listDir: () => [] });

  it('loads with no diagnostic at all (syntax, schema, refs, totals, sources)', () => {
    assert.equal(facts.usable, true);
    assert.deepEqual(facts.diagnostics, []);
  });

  it('holds one entry of each kind', () => {
    const sections = [...facts.entries.values()].map((e) => e.section).sort();
    assert.deepEqual(sections, ['events', 'figures', 'people', 'sources', 'totals']);
  });

  it('is offered only under names drafts find', () => {
    assert.ok(YAML_FACT_FILE_NAME.test(DEFAULT_FACT_FILE_NAME));
    for (const ok of ['facts.yml', 'dam.facts.yaml', 'a.b.facts.yml']) assert.ok(YAML_FACT_FILE_NAME.test(ok), ok);
    for (const bad of ['facts.json', 'myfacts.yaml', 'facts.yaml.bak', 'sub/x.facts.yaml', '.facts.yaml']) assert.ok(!YAML_FACT_FILE_NAME.test(bad), bad);
  });
});
