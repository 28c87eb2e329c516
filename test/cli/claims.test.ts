import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, REPO, runCli } from './cliRunner';

/** `oped-facts claims` and `oped-facts memo` (SPEC section 8) on the shipped example. */
describe('cli: claims and memo', function () {
  this.timeout(60_000);
  const examples = join(REPO, 'examples');
  before(() => buildCli());

  interface ClaimsJson {
    version: number;
    files: { path: string; facts: string[]; claims: Record<string, unknown>[]; summary: Record<string, number> }[];
  }
  const json = (): ClaimsJson => JSON.parse(runCli(['claims', 'drafts', '--format', 'json'], examples).stdout) as ClaimsJson;

  it('prints every claim in SPEC section 8\'s JSON, keys and all, with a summary that adds up', () => {
    const report = json();
    assert.equal(report.version, 1);
    const [file] = report.files;
    assert.equal(file?.path, 'drafts/ashgrove-dam.md');
    assert.deepEqual(file?.facts, ['facts.yaml']);
    for (const claim of file!.claims) {
      assert.deepEqual(Object.keys(claim), ['line', 'column', 'endLine', 'endColumn', 'kind', 'text', 'status', 'factId', 'tie', 'tiedBy', 'sources', 'citation', 'codes']);
    }
    const { claims, ...byStatus } = file!.summary;
    assert.equal(claims, file!.claims.length);
    assert.equal(Object.values(byStatus).reduce((a, b) => a + b, 0), claims);
    assert.deepEqual(Object.keys(byStatus), ['contradicted', 'confirmed', 'cited', 'unsourced', 'ignored']);
  });

  it('marks the claim under every mismatch that check reports as contradicted', () => {
    const check = JSON.parse(runCli(['check', 'drafts', '--format', 'json'], examples).stdout) as { files: { path: string; diagnostics: { line: number; column: number; code: string }[] }[] };
    const claims = json().files[0]!.claims;
    const mismatches = check.files.find((f) => f.path === 'drafts/ashgrove-dam.md')!.diagnostics.filter((d) => /-mismatch$/.test(d.code) && d.code !== 'weekday-mismatch');
    assert.ok(mismatches.length > 0);
    for (const d of mismatches) {
      const claim = claims.find((c) => c['line'] === d.line && c['column'] === d.column);
      assert.equal(claim?.['status'], 'contradicted', `${d.code} at ${d.line}:${d.column}`);
    }
  });

  it('exits as check does: 1 when the drafts hold an error', () => {
    assert.equal(runCli(['claims', 'drafts'], examples).status, 1);
  });

  it('prints a table with the summary line a desk editor reads', () => {
    const { stdout } = runCli(['claims', 'drafts'], examples);
    assert.match(stdout, /^drafts\/ashgrove-dam\.md \(facts: facts\.yaml\)$/m);
    assert.match(stdout, /✗ contradicted casualty "twenty-five"/);
    assert.match(stdout, /^ {2}\d+ claims: \d+ confirmed/m);
  });

  it('prints CSV for a spreadsheet: a header and one row per claim, quoted where needed', () => {
    const { stdout } = runCli(['claims', 'drafts', '--format', 'csv'], examples);
    const rows = stdout.trimEnd().split('\r\n');
    assert.equal(rows[0], 'path,line,column,endLine,endColumn,kind,text,status,factId,tie,tiedBy,sources,citation,codes');
    assert.equal(rows.length - 1, json().files[0]!.claims.length);
    assert.ok(rows.slice(1).every((r) => r.startsWith('drafts/ashgrove-dam.md,')));
  });

  it('says which formats there are when given another', () => {
    const { status, stderr } = runCli(['claims', 'drafts', '--format', 'cvs'], examples);
    assert.equal(status, 2);
    assert.match(stderr, /unknown format 'cvs'; did you mean csv\?/);
  });

  it('writes a memo that lists every error of the example under To resolve', () => {
    const check = JSON.parse(runCli(['check', 'drafts', '--format', 'json'], examples).stdout) as { files: { path: string; diagnostics: { line: number; severity: string }[] }[] };
    const errors = check.files.find((f) => f.path === 'drafts/ashgrove-dam.md')!.diagnostics.filter((d) => d.severity === 'error');
    const { status, stdout } = runCli(['memo', 'drafts/ashgrove-dam.md'], examples);
    assert.equal(status, 0);
    const toResolve = stdout.slice(stdout.indexOf('## To resolve'), stdout.indexOf('## Checked'));
    for (const d of errors) assert.match(toResolve, new RegExp(`Line ${d.line}\\b`), `line ${d.line}`);
    assert.match(stdout, /\*\*18 claims: 9 confirmed, 1 unsourced, 8 contradicted\*\*/);
  });

  it('writes a Markdown memo that a check of the drafts folder does not count as a draft', () => {
    const out = join(examples, 'drafts', 'ashgrove-dam.memo.md');
    try {
      const before = runCli(['check', 'drafts', '--format', 'json'], examples).stdout;
      assert.equal(runCli(['memo', 'drafts/ashgrove-dam.md', '--output', 'drafts/ashgrove-dam.memo.md'], examples).status, 0);
      const after = JSON.parse(runCli(['check', 'drafts', '--format', 'json'], examples).stdout) as { files: { path: string; diagnostics: unknown[] }[]; summary: unknown };
      assert.deepEqual(after.files.find((f) => f.path === 'drafts/ashgrove-dam.memo.md')?.diagnostics, []);
      assert.deepEqual(after.summary, (JSON.parse(before) as { summary: unknown }).summary);
    } finally {
      if (existsSync(out)) rmSync(out);
    }
  });

  it('writes a self-contained HTML memo to --output and says what it holds', () => {
    const out = join(examples, 'drafts', 'memo-test.html');
    try {
      const { status, stdout } = runCli(['memo', 'drafts/ashgrove-dam.md', '--format', 'html', '--output', 'drafts/memo-test.html'], examples);
      assert.equal(status, 0);
      assert.match(stdout, /^Wrote drafts\/memo-test\.html: \d+ claims: /);
      const html = readFileSync(out, 'utf8');
      assert.match(html, /^<!DOCTYPE html>/i);
      assert.doesNotMatch(html, /<script|<link|src=|url\(/i);
    } finally {
      if (existsSync(out)) rmSync(out);
    }
  });
});
