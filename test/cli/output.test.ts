/**
 * The report is printed one file at a time and the pieces joined; the joined
 * text must be exactly what printing the whole document at once gives.
 */
import { strict as assert } from 'node:assert';
import { jsonDocument, jsonFile, jsonPart } from '../../server/src/cli/format/json';
import { sarifDocument, sarifPart, toSarif, type ToolInfo } from '../../server/src/cli/format/sarif';
import { countSeverities, Positions, type Report, type ReportFile } from '../../server/src/cli/report';

const DRAFT = '# Bannu\n\n😀 Seven soldiers were killed in Bannu on 2 September 2025.\nA "quoted" line.\n';
const FACTS = 'version: 1\nevents:\n  bannu-fc-attack:\n    killed: {soldiers: 6}\n';
const TOOL: ToolInfo = { name: 'oped-facts', version: '9.9.9', informationUri: 'https://example.org/x', readmeUri: 'https://example.org/x/README.md' };

function report(): Report {
  const start = DRAFT.indexOf('Seven');
  const end = start + 'Seven'.length;
  const at = FACTS.indexOf('soldiers: 6');
  const files: ReportFile[] = [
    {
      path: '/desk/drafts/a.md',
      display: 'drafts/a.md',
      facts: ['/desk/facts.yaml'],
      diagnostics: [
        {
          file: '/desk/drafts/a.md',
          code: 'casualty-mismatch',
          severity: 'error',
          start,
          end,
          message: 'Seven soldiers: the fact file says "six".\nA second line.',
          expected: 'Six',
          factId: 'bannu-fc-attack',
          fix: { title: 'Change to Six', file: '/desk/drafts/a.md', edits: [{ start, end, newText: 'Six' }] },
          related: [{ file: '/desk/facts.yaml', start: at, end: at + 8, message: 'bannu-fc-attack' }],
        },
        { file: '/desk/drafts/a.md', code: 'not-checked', severity: 'information', start: 0, end: 0, message: 'Not checked: a reason.' },
      ],
    },
    { path: '/desk/drafts/b.md', display: 'drafts/b.md', facts: ['/desk/facts.yaml'], diagnostics: [] },
    {
      path: '/desk/facts.yaml',
      display: 'facts.yaml',
      facts: [],
      diagnostics: [{ file: '/desk/facts.yaml', code: 'facts-unsourced', severity: 'information', start: 16, end: 31, message: 'No source.' }],
    },
  ];
  return { cwd: '/desk', texts: new Map([['/desk/drafts/a.md', DRAFT], ['/desk/drafts/b.md', ''], ['/desk/facts.yaml', FACTS]]), files };
}

describe('cli: the report printed in pieces', () => {
  it('joins JSON parts into exactly the whole object printed at once', () => {
    for (const files of [report().files, report().files.slice(1, 2), []]) {
      const r = { ...report(), files };
      const positions = new Positions(r.texts);
      const whole = { version: 1, files: files.map((f) => jsonFile(f, positions, r.cwd)), summary: countSeverities(files) };
      const pieces = [...jsonDocument(files.map((f) => jsonPart(f, positions, r.cwd)), countSeverities(files))].join('');
      assert.equal(pieces, `${JSON.stringify(whole, null, 2)}\n`);
    }
  });

  it('joins SARIF parts into exactly the whole log printed at once, files without results included', () => {
    for (const files of [report().files, report().files.slice(1, 2), []]) {
      const r = { ...report(), files };
      const positions = new Positions(r.texts);
      const pieces = [...sarifDocument(files.map((f) => sarifPart(f, positions, r.cwd)), TOOL, r.cwd)].join('');
      assert.equal(pieces, `${JSON.stringify(toSarif(r, TOOL), null, 2)}\n`);
    }
  });
});
