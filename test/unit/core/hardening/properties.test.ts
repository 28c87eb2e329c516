import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkDraft, loadFacts, type FactHost } from '../../../../server/src/core';
import { FACTS } from '../../helpers/checkProse';

/**
 * Property-based tests over the core (fast-check): on random Markdown built
 * from claims, markup and odd characters, checking never throws, every range
 * lies inside the text, the same input gives the same output, and applying
 * any fix changes nothing outside its range.
 */
const host: FactHost = { readFile: () => FACTS, listDir: () => ['facts.yaml'] };
const facts = loadFacts(['/t/facts.yaml'], host);

const pieces = fc.constantFrom(
  'In Bannu, seven soldiers were killed.', 'On Monday, 2 September 2025, ', 'twelve of them in South Waziristan', 'Adnan Aslan died aged 33.',
  'The ceasefire lasted 40 days.', 'at least', 'about 30', '<!-- fact: bannu-attack -->', '<!-- facts-ignore -->', '<!-- facts-disable -->',
  '<!-- facts-enable -->', '[link](https://example.org/7-killed)', '[^1]', '\n\n[^1]: Footnote 9 killed.\n\n', '`code 5 killed`', '```\n8 killed\n```\n',
  '| a | 5 soldiers killed |\n| --- | --- |\n', '# Heading 3 dead\n', '> quote 4 dead\n', '- item 6 soldiers killed\n', '\r\n', '\r', '\n', '\t', '🙂',
  'بنوں ۱۲', 'e\u0301', '\u00A0', '\u202F', '\uFEFF', '---\ndate: 2025-09-20\n---\n', '9/11', '07:40', '3-1', '\u0000', '<<<', '***', '[', ']', '(', ')', '"', '\u201C',
);
const drafts = fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('core properties (fast-check)', function () {
  this.timeout(120_000);

  it('never throws, keeps ranges inside the text, and is deterministic', () => {
    fc.assert(fc.property(drafts, (text) => {
      const a = checkDraft({ path: '/t/draft.md', text }, facts);
      const b = checkDraft({ path: '/t/draft.md', text }, facts);
      assert.deepEqual(a, b);
      for (const d of a.diagnostics) {
        assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${d.code} range ${d.start}-${d.end} outside ${text.length}`);
        for (const e of d.fix?.edits ?? []) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
      }
    }), { numRuns: 300 });
  });

  it('changes nothing outside a fix\'s range when the fix is applied', () => {
    fc.assert(fc.property(drafts, (text) => {
      for (const d of checkDraft({ path: '/t/draft.md', text }, facts).diagnostics) {
        for (const e of d.fix?.edits ?? []) {
          const fixed = text.slice(0, e.start) + e.newText + text.slice(e.end);
          assert.equal(fixed.slice(0, e.start), text.slice(0, e.start));
          assert.equal(fixed.slice(e.start + e.newText.length), text.slice(e.end));
          assert.equal(text.slice(e.start, e.end), text.slice(d.start, d.end), 'a fix replaces exactly the claim it is made for');
        }
      }
    }), { numRuns: 300 });
  });

  it('survives random edits of a real draft', () => {
    const base = 'In Bannu, seven soldiers were killed on Monday, 2 September 2025. Adnan Aslan died aged 33.\n\nThe ceasefire lasted 40 days.\n';
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 10 }), insert: fc.oneof(pieces, fc.string({ unit: "binary", maxLength: 4 })) });
    fc.assert(fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
      let text = base;
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
        const r = checkDraft({ path: '/t/draft.md', text }, facts);
        for (const d of r.diagnostics) assert.ok(d.end <= text.length);
      }
    }), { numRuns: 100 });
  });
});
