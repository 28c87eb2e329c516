import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createFsHost, toCorePath } from '../../../server/src/cli/fsHost';
import { checkDraftFile, FactBaseCache, LineIndex, summaryLine, type FactHost } from '../../../server/src/core';
import { memoHeading, renderMemoHtml, renderMemoMarkdown, type MemoInput } from '../../../server/src/core/memo';
import { esc } from '../../../server/src/core/memo/htmlMemo';
import { md } from '../../../server/src/core/memo/markdownMemo';

/** A fact file whose source carries everything a memo shows beside a claim, and one whose address is no web address. */
const FACTS = `version: 1
sources:
  wire:
    title: Wire report on the <i>attacks</i>
    publisher: Example Wire
    url: https://example.org/wire
    date: 2025-09-03
    accessed: 2025-09-04
    locator: para. 2
    quote: "six soldiers were killed"
  archive:
    title: "[Archived](https://evil.example) copy"
    publisher: Desk archive
    url: javascript:alert(1)
    date: 2025-09
events:
  bannu-attack:
    name: Attack in Bannu
    date: 2025-09-02
    place: Bannu
    killed: {soldiers: 6}
    sources: [wire]
  quetta-blast:
    name: Blast in Quetta
    place: Quetta
    wounded: {police officers: 14}
    sources: [wire, archive]
`;

/** One claim of each status: confirmed, contradicted, unsourced (with markup in it), cited, ignored. */
const DRAFT = `---
title: Notes on a <b>bad</b> week
date: 2025-09-20
---

# A heading

In Bannu, six soldiers were killed.

In Quetta, 19 police officers were wounded.

In Turbat, 11 <b>miners</b> were killed.

In Gwadar, 14 fishermen went missing, [the wire said](https://example.org/g).

In Kalat, 9 soldiers were killed. <!-- facts-ignore -->
`;

function memoInput(draft: string, facts: string = FACTS): MemoInput {
  const files = new Map([['/t/facts.yaml', facts], ['/t/draft.md', draft]]);
  const host: FactHost = { readFile: (p) => files.get(p), listDir: (d) => (d === '/t' ? ['draft.md', 'facts.yaml'] : undefined) };
  const checked = checkDraftFile('/t/draft.md', host, new FactBaseCache(host));
  return { draft: 'drafts/draft.md', text: checked.text!, factFiles: ['drafts/facts.yaml'], facts: checked.facts, inventory: checked.result.inventory!, diagnostics: checked.diagnostics };
}

/** The Markdown between `## name` and the next `## `. */
function mdSection(memo: string, name: string): string {
  const from = memo.indexOf(`\n## ${name}\n`);
  assert.ok(from >= 0, `no "## ${name}" in the memo`);
  const to = memo.indexOf('\n## ', from + 1);
  return memo.slice(from, to < 0 ? undefined : to);
}

/** The HTML of one of the memo's three sections, up to the next one. */
function htmlSection(memo: string, name: 'resolve' | 'checked' | 'ignored'): string {
  const next = { resolve: '<section class="checked">', checked: '<section class="ignored">', ignored: '</body>' }[name];
  const from = memo.indexOf(`<section class="${name}">`);
  const to = memo.indexOf(next, from);
  assert.ok(from >= 0 && to > from, `no ${name} section in the memo`);
  return memo.slice(from, to);
}

describe('the fact-check memo', () => {
  const input = memoInput(DRAFT);
  const markdown = renderMemoMarkdown(input);
  const html = renderMemoHtml(input);
  const lines = new LineIndex(input.text);
  const lineOf = (offset: number): number => lines.positionAt(offset).line + 1;
  const claim = (status: string) => {
    const found = input.inventory.claims.find((c) => c.status === status);
    assert.ok(found, `the draft has a ${status} claim`);
    return found;
  };

  it('has one claim of each status to work with', () => {
    assert.deepEqual(input.inventory.claims.map((c) => c.status), ['confirmed', 'contradicted', 'unsourced', 'cited', 'ignored']);
  });

  it('opens with the title, the date, the fact files and the summary line, the Markdown after a line that keeps it from being checked as a draft', () => {
    const summary = summaryLine(input.inventory.summary);
    assert.ok(markdown.startsWith(`<!-- facts-disable -->\n\n# Fact-check memo: ${md('Notes on a <b>bad</b> week')}\n`));
    assert.ok(markdown.includes('Dated: 20 September 2025'));
    assert.ok(markdown.includes('Fact files: drafts/facts.yaml'));
    assert.ok(markdown.includes(`**${md(summary)}**`));
    assert.ok(html.includes(`<p class="summary">${esc(summary)}</p>`));
    assert.ok(html.includes(`<h1>${esc('Notes on a <b>bad</b> week')}</h1>`));
  });

  it('lists the contradicted and the unsourced claim under To resolve, with line, message and fix', () => {
    const contradicted = claim('contradicted');
    const unsourced = claim('unsourced');
    const mismatch = input.diagnostics.find((d) => d.code === 'casualty-mismatch')!;
    const noSource = input.diagnostics.find((d) => d.code === 'unsourced-claim')!;
    assert.equal(mismatch.expected, '14');
    const resolveMd = mdSection(markdown, 'To resolve');
    assert.ok(resolveMd.includes(`**Line ${lineOf(contradicted.start)}, contradicted:** “19”`), resolveMd);
    assert.ok(resolveMd.includes(md(mismatch.message)));
    assert.ok(resolveMd.includes('Fix: change “19” to “14”'));
    assert.ok(resolveMd.includes(`**Line ${lineOf(unsourced.start)}, unsourced:** “11”`));
    assert.ok(resolveMd.includes(md(noSource.message)));
    for (const other of ['confirmed', 'cited', 'ignored']) assert.ok(!resolveMd.includes(`**Line ${lineOf(claim(other).start)},`), `the ${other} claim is not to resolve`);

    const resolveHtml = htmlSection(html, 'resolve');
    assert.equal(resolveHtml.match(/<li class="claim/g)?.length, 2);
    assert.ok(resolveHtml.includes(`Line ${lineOf(contradicted.start)}</span>`));
    assert.ok(resolveHtml.includes(`<p class="message">${esc(mismatch.message)}</p>`));
    assert.ok(resolveHtml.includes('Fix: change “19” to <strong>“14”</strong>'));
    assert.ok(resolveHtml.includes(`<p class="message">${esc(noSource.message)}</p>`));
  });

  it('lists every claim under Checked, paragraph by paragraph, in document order', () => {
    const checkedMd = mdSection(markdown, 'Checked');
    let at = 0;
    for (const c of input.inventory.claims) {
      const item = `“${md(c.text)}” (line ${lineOf(c.start)})`;
      const found = checkedMd.indexOf(item, at);
      assert.ok(found > at, `${c.status} claim ${item} under Checked, after the one before it`);
      at = found;
    }
    assert.equal(checkedMd.match(/^### Paragraph at line /gm)?.length, 5);
    assert.equal(htmlSection(html, 'checked').match(/<li class="claim/g)?.length, input.inventory.claims.length);
  });

  it('gives each checked claim its entry and its sources as links, with publisher, date, accessed, locator and quote', () => {
    const checkedMd = mdSection(markdown, 'Checked');
    assert.ok(checkedMd.includes('Entry: Attack in Bannu (bannu-attack)'));
    assert.ok(checkedMd.includes(`[${md('Wire report on the <i>attacks</i>')}](<https://example.org/wire>), Example Wire, 3 September 2025`));
    assert.ok(checkedMd.includes('Read on 4 September 2025'));
    assert.ok(checkedMd.includes('Where: para. 2'));
    assert.ok(checkedMd.includes('Its words: “six soldiers were killed”'));
    assert.ok(checkedMd.includes('Cited in the draft by a link'));

    const checkedHtml = htmlSection(html, 'checked');
    assert.ok(checkedHtml.includes(`<a href="https://example.org/wire" rel="noopener noreferrer">${esc('Wire report on the <i>attacks</i>')}</a>, Example Wire, 3 September 2025`));
    assert.ok(checkedHtml.includes('Read on 4 September 2025'));
    assert.ok(checkedHtml.includes('Where: para. 2'));
    assert.ok(checkedHtml.includes('<q class="quote">six soldiers were killed</q>'));
  });

  it('lists the ignored claim under Ignored with the directive that silences it', () => {
    const ignored = claim('ignored');
    const ignoredMd = mdSection(markdown, 'Ignored');
    assert.ok(ignoredMd.includes(`**Line ${lineOf(ignored.start)}:** “9”`));
    assert.ok(ignoredMd.includes('` <!-- facts-ignore --> ` at line 16: Silences every check in this sentence'), ignoredMd);
    assert.ok(htmlSection(html, 'ignored').includes(`<code>${esc('<!-- facts-ignore -->')}</code> at line 16`));
  });

  it('finds the facts-disable stretch that silences a claim', () => {
    const memo = renderMemoMarkdown(memoInput('<!-- facts-disable -->\n\nIn Kalat, 9 soldiers were killed.\n\n<!-- facts-enable -->\n\nIn Turbat, 11 miners were killed.\n'));
    const ignoredMd = mdSection(memo, 'Ignored');
    assert.ok(ignoredMd.includes('` <!-- facts-disable --> ` at line 1: Silences every check from line 1 to line 5'), ignoredMd);
    assert.ok(!ignoredMd.includes('“11”'));
  });

  it('lists a problem that sits on no claim under To resolve too', () => {
    const text = '---\nfacts: [facts.yaml, missing.yaml]\n---\n\nIn Bannu, six soldiers were killed. <!-- fact: no-such-entry -->\n';
    const memo = memoInput(text);
    const resolveMd = mdSection(renderMemoMarkdown(memo), 'To resolve');
    const codes = memo.diagnostics.map((d) => d.code).sort();
    assert.deepEqual(codes, ['facts-syntax', 'unknown-fact-ref']);
    for (const d of memo.diagnostics) assert.ok(resolveMd.includes(md(d.message)), `${d.code}: ${resolveMd}`);
    assert.ok(resolveMd.includes('- **Line 2:**\n  - Text: “facts: \\[facts.yaml, missing.yaml\\]”'), resolveMd);
    assert.ok(resolveMd.includes('- **Line 5:**\n  - Sentence: “In Bannu, six soldiers were killed.”'), resolveMd);
  });

  it('makes one self-contained HTML file that fetches and runs nothing', () => {
    for (const banned of ['<script', '<link', 'src=', 'url(', '@import', '<img', '<iframe']) assert.ok(!html.toLowerCase().includes(banned), `no ${banned}`);
    assert.ok(html.includes('<style>'));
    assert.ok(html.includes('@media print'));
    assert.ok(/page-break-inside:\s*avoid/.test(html));
    // Only http(s) addresses become links: the javascript: one is shown as text.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(hrefs)], ['https://example.org/wire']);
    assert.ok(html.includes('javascript:alert(1)'));
  });

  it('escapes draft and fact-file text', () => {
    assert.ok(!html.includes('<b>'), 'no <b> from the draft');
    assert.ok(!html.includes('<i>'), 'no <i> from the fact file');
    assert.ok(html.includes('11 &#60;b&#62;miners&#60;/b&#62; were killed'));
    assert.ok(markdown.includes('11 \\<b\\>miners\\</b\\> were killed'));
    // A fact file's headline cannot make a link of its own in the Markdown.
    assert.ok(markdown.includes('\\[Archived\\](https\\://evil.example) copy'));
    assert.ok(!markdown.includes('](https://evil'));
    assert.ok(!/\]\(<?javascript/i.test(markdown));
  });

  it('says so in a short line when a section is empty', () => {
    const memo = memoInput('---\ndate: 2025-09-20\n---\n\nNothing here is a claim.\n');
    const markdownEmpty = renderMemoMarkdown(memo);
    const htmlEmpty = renderMemoHtml(memo);
    for (const line of ['Nothing to resolve.', 'No claims found.', 'Nothing ignored.']) {
      assert.ok(markdownEmpty.includes(`\n${line}\n`), line);
      assert.ok(htmlEmpty.includes(`<p class="empty">${line}</p>`), line);
    }
    assert.ok(markdownEmpty.includes('**0 claims**'));
  });

  it('takes the title from the front matter, else the first heading, else the file name', () => {
    assert.deepEqual(memoHeading({ draft: 'a/b.md', text: '---\ntitle: "From: front matter"\ndate: 2024-10-28\n---\n\n# Heading\n' }), { title: 'From: front matter', date: '2024-10-28' });
    assert.deepEqual(memoHeading({ draft: 'a/b.md', text: '```\n# not a heading\n```\n\n## Second level\n\n# The heading #\n' }), { title: 'The heading' });
    assert.deepEqual(memoHeading({ draft: 'drafts/b.md', text: 'No heading at all.\n' }), { title: 'b.md' });
  });
});

describe('the fact-check memo of the shipped example', () => {
  const root = resolve(__dirname, '../../..');
  const examples = join(root, 'examples');
  const drafts = readdirSync(join(examples, 'drafts')).filter((f) => f.endsWith('.md'));

  it('has an example draft', () => assert.ok(drafts.length > 0));

  for (const name of drafts) {
    it(`${name}: lists every planted error under To resolve`, () => {
      const host = createFsHost();
      const checked = checkDraftFile(toCorePath(join(examples, 'drafts', name)), host, new FactBaseCache(host));
      const input: MemoInput = {
        draft: relative(root, join(examples, 'drafts', name)),
        text: checked.text!,
        factFiles: checked.factPaths.map((p) => relative(root, p)),
        facts: checked.facts,
        inventory: checked.result.inventory!,
        diagnostics: checked.diagnostics,
      };
      const errors = checked.diagnostics.filter((d) => d.severity === 'error');
      assert.ok(errors.length > 0, 'the example has planted errors');
      const lines = new LineIndex(checked.text!);
      const resolveMd = mdSection(renderMemoMarkdown(input), 'To resolve');
      const resolveHtml = htmlSection(renderMemoHtml(input), 'resolve');
      for (const d of errors) {
        assert.ok(resolveMd.includes(md(d.message)), `${d.code} at line ${lines.positionAt(d.start).line + 1} under To resolve (Markdown)`);
        assert.ok(resolveHtml.includes(esc(d.message)), `${d.code} at line ${lines.positionAt(d.start).line + 1} under To resolve (HTML)`);
        if (d.expected !== undefined) {
          assert.ok(resolveMd.includes(`to “${md(d.expected)}”`), `the fix for ${d.code}`);
          assert.ok(resolveHtml.includes(`to <strong>“${esc(d.expected)}”</strong>`), `the fix for ${d.code}`);
        }
      }
    });
  }
});
