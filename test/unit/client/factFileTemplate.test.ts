import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, loadFacts } from '../../../server/src/core';
import { DEFAULT_FACT_FILE_NAME, FACT_FILE_TEMPLATE, YAML_FACT_FILE_NAME } from '../../../client/src/factFileTemplate';

/** "Create a fact file from a template" must not start a writer off with a squiggle. */
describe('the fact-file template', () => {
  const path = `/workspace/${DEFAULT_FACT_FILE_NAME}`;
  const facts = loadFacts([path], { readFile: (p) => (p === path ? FACT_FILE_TEMPLATE : undefined), listDir: () => [] });

  it('loads with no diagnostic at all (syntax, schema, refs, totals, sources)', () => {
    assert.equal(facts.usable, true);
    assert.deepEqual(facts.diagnostics, []);
  });

  it('holds no entry, so it can never flag a draft it was not written for; its examples, uncommented, load cleanly', () => {
    assert.equal(facts.entries.size, 0);
    const corpus = join(__dirname, '../../fixtures/corpus');
    for (const c of readdirSync(corpus)) {
      const draft = join(corpus, c, 'draft.md');
      if (!existsSync(draft)) continue;
      const found = checkDraft({ path: '/workspace/draft.md', text: readFileSync(draft, 'utf8') }, facts).diagnostics.filter((d) => d.factId !== undefined);
      assert.deepEqual(found, [], c);
    }
    const uncommented = FACT_FILE_TEMPLATE.replace(/^# (?=(?:sources|events|people|totals|figures):|  )/gm, '');
    const examples = loadFacts([path], { readFile: (p) => (p === path ? uncommented : undefined), listDir: () => [] });
    assert.deepEqual(examples.diagnostics, []);
    assert.deepEqual([...examples.entries.values()].map((e) => e.section).sort(), ['events', 'figures', 'people', 'sources', 'totals']);
  });

  it('is offered only under names drafts find', () => {
    assert.ok(YAML_FACT_FILE_NAME.test(DEFAULT_FACT_FILE_NAME));
    for (const ok of ['facts.yml', 'dam.facts.yaml', 'a.b.facts.yml']) assert.ok(YAML_FACT_FILE_NAME.test(ok), ok);
    for (const bad of ['facts.json', 'myfacts.yaml', 'facts.yaml.bak', 'sub/x.facts.yaml', '.facts.yaml']) assert.ok(!YAML_FACT_FILE_NAME.test(bad), bad);
  });
});
