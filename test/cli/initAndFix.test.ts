import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, runJson, TempProject } from './cliRunner';

/** An op-ed of our own with named events, people and a figure, and no citations. */
const DRAFT = `---
date: 2024-07-20
---

# The river took Dunmore

On 14 July 2024 the river broke its banks in Dunmore. At least 17 people drowned in Dunmore, and 40 people were injured.

Mayor Ilse Varga, 52, had warned the council for two years.

Turnout at the emergency meeting was 38%.

Across the valley, the Harlow bridge collapse killed three drivers.
`;

describe('cli: init and check --fix', function () {
  this.timeout(60_000);
  before(() => buildCli());

  it('init writes a fact file that the draft then agrees with, with one unsourced-claim per claim sentence', () => {
    const project = new TempProject({ 'drafts/dunmore.md': DRAFT });
    try {
      const init = project.run(['init', 'drafts/dunmore.md']);
      assert.equal(init.status, 0, init.stderr);
      assert.match(init.stdout, /^Wrote drafts\/facts\.yaml: 2 events, 1 person, 1 figure, with the values as the draft states them and no sources yet\./);
      const text = readFileSync(join(project.dir, 'drafts/facts.yaml'), 'utf8');
      assert.match(text, /sources: \[\] {3}# add the source that confirms it/);
      const { out } = runJson(project, ['drafts/dunmore.md']);
      const draft = out.files.find((f) => f.path === 'drafts/dunmore.md')!;
      assert.deepEqual(draft.diagnostics.filter((d) => /-mismatch$|internal-inconsistency/.test(d.code)), []);
      // Every claim sentence is unsourced until a source is added; every entry is unsourced in the fact file.
      // (Line 9 is cited: "Mayor Ilse Varga ... had warned" names who says it.)
      assert.deepEqual(draft.diagnostics.map((d) => `${d.line}:${d.code}`), ['7:unsourced-claim', '7:unsourced-claim', '11:unsourced-claim', '13:unsourced-claim']);
      const facts = out.files.find((f) => f.path === 'drafts/facts.yaml')!;
      assert.equal(facts.diagnostics.filter((d) => d.code === 'facts-unsourced').length, 4);
      assert.equal(facts.diagnostics.filter((d) => d.code !== 'facts-unsourced').length, 0);
    } finally {
      project.remove();
    }
  });

  it('a fact file is never overwritten, nor takes the place of a fact file the draft uses', () => {
    const project = new TempProject({ 'drafts/dunmore.md': DRAFT, 'drafts/facts.yaml': 'version: 1\n' });
    try {
      const again = project.run(['init', 'drafts/dunmore.md']);
      assert.equal(again.status, 2);
      assert.match(again.stderr, /drafts\/facts\.yaml already exists; a fact file is never overwritten/);
      assert.equal(readFileSync(join(project.dir, 'drafts/facts.yaml'), 'utf8'), 'version: 1\n');
      project.write('sub/draft.md', DRAFT);
      project.write('facts.yaml', 'version: 1\n');
      const shadow = project.run(['init', 'sub/draft.md']);
      assert.equal(shadow.status, 2);
      assert.match(shadow.stderr, /already takes its facts from facts\.yaml/);
      assert.equal(project.run(['init', 'sub/draft.md', '--output', 'sub/new.facts.yaml']).status, 0);
    } finally {
      project.remove();
    }
  });

  it('check --fix puts in every known fix, says what changed, and a second run changes nothing', () => {
    const facts = `version: 1
sources:
  wire: {title: Wire, publisher: Wire, url: https://example.org/w, date: 2024-07-20}
events:
  dunmore-flood:
    name: Flood in Dunmore
    date: 2024-07-14
    place: Dunmore
    killed: {people: 17}
    wounded: {people: 40}
    sources: [wire]
people:
  ilse-varga: {name: Ilse Varga, title: Mayor, age: 52, sources: [wire]}
`;
    const wrong = DRAFT.replace('14 July 2024', '15 July 2024').replace('At least 17', 'At least 19').replace('Ilse Varga, 52', 'Ilse Vargas, 52')
      .replace('Turnout at', 'In Dunmore, 21 people drowned.<!-- facts-ignore --> Turnout at');
    const project = new TempProject({ 'drafts/dunmore.md': wrong, 'drafts/facts.yaml': facts });
    try {
      const first = project.run(['check', '--fix', 'drafts/dunmore.md']);
      assert.match(first.stdout, /fixed drafts\/dunmore\.md:7:4 date-mismatch "15 July 2024" -> "14 July 2024"/);
      assert.match(first.stdout, /fixed drafts\/dunmore\.md:7:\d+ casualty-mismatch "19" -> "17"/);
      assert.match(first.stdout, /fixed drafts\/dunmore\.md:9:7 name-mismatch "Ilse Vargas" -> "Ilse Varga"/);
      assert.match(first.stdout, /^3 fixes put in, in 1 draft; what is left:$/m);
      const fixed = readFileSync(join(project.dir, 'drafts/dunmore.md'), 'utf8');
      assert.equal(fixed, DRAFT.replace('Turnout at', 'In Dunmore, 21 people drowned.<!-- facts-ignore --> Turnout at'), 'the silenced sentence is left as written');
      const second = project.run(['check', '--fix', 'drafts/dunmore.md']);
      assert.match(second.stdout, /^0 fixes put in, in 0 drafts; what is left:$/m);
      assert.equal(readFileSync(join(project.dir, 'drafts/dunmore.md'), 'utf8'), fixed);
    } finally {
      project.remove();
    }
  });
});
