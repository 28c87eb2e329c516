import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import type { CheckWorkspaceResult, DraftSummaryParams, StartFactFileResult } from '../../server/src/protocol';
import { TestClient } from './lspClient';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');

interface CliJson {
  files: { path: string; diagnostics: { severity: string }[] }[];
  summary: { error: number; warning: number; information: number };
}

/** What `oped-facts check --format json` counts for the given paths (the one count every surface shows, issue 11). */
function cliCounts(cwd: string, ...paths: string[]): { errors: number; warnings: number; information: number } {
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, 'check', ...paths, '--format', 'json'], { cwd, encoding: 'utf8' });
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  const { error, warning, information } = (JSON.parse(out) as CliJson).summary;
  return { errors: error, warnings: warning, information };
}

/**
 * A writer's first hour in the editor (issue 11): the counts the status bar
 * and "Check all drafts" show are the CLI's, a broken fact file is said in
 * the draft, a skipped draft says "not checked", a fact file can be started
 * from the draft, and the hover card leads with its verdict.
 */
describe('language server: a writer\'s first hour', function () {
  this.timeout(60_000);
  let client: TestClient;
  let workspace: string;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'oped-first-hour-'));
    cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
    client = new TestClient();
    await client.initialize(workspace);
  });

  after(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const summaryOf = (uri: string, accept: (s: DraftSummaryParams) => boolean = () => true) =>
    client.notification<DraftSummaryParams>('opedFacts/draftSummary', (s) => s.uri === uri && accept(s));

  it('sums up a draft in the status bar with the CLI\'s counts', async () => {
    const path = join(workspace, 'examples/drafts/ashgrove-dam.md');
    const uri = client.open(path, readFileSync(path, 'utf8'));
    const summary = await summaryOf(uri);
    const cli = cliCounts(workspace, 'examples/drafts/ashgrove-dam.md');
    assert.equal(summary.checked, true);
    assert.deepEqual({ errors: summary.errors, warnings: summary.warnings, information: summary.information }, cli);
  });

  it('says in the draft, and in its summary, that its fact file is broken', async () => {
    const dir = join(workspace, 'broken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'facts.yaml'), 'version: 1\nevents:\n  fire: {name: The fire, killed: {people: 4}\n');
    const uri = client.open(join(dir, 'draft.md'), 'In the fire, nine people were killed.\n');
    const { diagnostics } = await client.diagnostics(uri);
    const notice = diagnostics.find((d: Diagnostic) => d.code === 'facts-syntax');
    assert.ok(notice, diagnostics.map((d) => d.code).join(' '));
    assert.equal(notice.severity, 3);
    assert.match(notice.message, /facts\.yaml/);
    const summary = await summaryOf(uri);
    assert.match(summary.brokenFactFile ?? '', /facts\.yaml$/);
  });

  it('says "not checked" for a draft too large to check, with no counts of nothing', async () => {
    client.settings = { maxDraftSizeKb: 64 };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = client.open(join(workspace, 'examples/drafts/huge.md'), `${'Nine residents died in Fennick. '.repeat(4_000)}\n`);
    const summary = await summaryOf(uri, (s) => !s.checked);
    client.settings = {};
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.equal(summary.checked, false);
    assert.match(summary.reason ?? '', /KB/);
    assert.deepEqual([summary.errors, summary.warnings, summary.information], [0, 0, 0]);
  });

  it('counts "Check all drafts" as the CLI does, fact-file diagnostics included', async () => {
    const dir = join(workspace, 'own-facts');
    mkdirSync(dir);
    // An entry with no source: one facts-unsourced the CLI counts, in the fact file, not in any draft.
    writeFileSync(join(dir, 'facts.yaml'), 'version: 1\nevents:\n  quarry-fall:\n    name: Fall at the quarry\n    killed: {people: 2}\n');
    writeFileSync(join(dir, 'draft.md'), 'At the quarry, two people were killed.\n');
    const result = (await client.connection.sendRequest('workspace/executeCommand', { command: 'opedFacts.server.checkWorkspace', arguments: [] })) as CheckWorkspaceResult;
    const cli = cliCounts(workspace, '.');
    assert.deepEqual({ errors: result.errors, warnings: result.warnings, information: result.information }, cli);
    assert.ok(result.information >= 1);
  });

  it('starts a fact file from the draft, holding its values, and never writes over one', async () => {
    const dir = join(workspace, 'fresh');
    mkdirSync(dir);
    const path = join(dir, 'op-ed.md');
    const uri = client.open(path, 'In Harlow, nine people were killed on 4 March 2025, police said.\n');
    await client.diagnostics(uri);
    const started = (await client.connection.sendRequest('opedFacts/startFactFile', { uri })) as StartFactFileResult;
    assert.ok(started.ok, JSON.stringify(started));
    assert.equal(started.uri, URI.file(join(dir, 'facts.yaml')).toString());
    assert.match(started.text, /killed: \{people: 9\}/);
    assert.match(started.text, /sources: \[\]/);
    assert.equal(existsSync(join(dir, 'facts.yaml')), false, 'the server leaves the writing to the editor');
    writeFileSync(join(dir, 'facts.yaml'), started.text);
    const again = (await client.connection.sendRequest('opedFacts/startFactFile', { uri })) as StartFactFileResult;
    assert.equal(again.ok, false);
  });

  it('leaves the verdict to the diagnostic where the editor shows both in one hover', async () => {
    const vscodeLike = new TestClient();
    try {
      await vscodeLike.initialize(workspace, { hoverShowsDiagnostics: true });
      const path = join(workspace, 'examples/drafts/ashgrove-dam.md');
      const uri = vscodeLike.open(path, readFileSync(path, 'utf8'));
      await vscodeLike.diagnostics(uri);
      const hover = (await vscodeLike.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 20, character: 35 } })) as Hover;
      const text = (hover.contents as { value: string }).value;
      assert.doesNotMatch(text, /The fact file says/);
      assert.match(text, /^\*\*Failure of the Ashgrove dam\*\*/);
      assert.match(text, /Statement on the failure of the Ashgrove dam/);
    } finally {
      await vscodeLike.stop();
    }
  });

  it('leads the hover card with its verdict, and shows no row that repeats a name', async () => {
    const path = join(workspace, 'examples/drafts/ashgrove-dam.md');
    const uri = URI.file(path).toString();
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 20, character: 35 } })) as Hover;
    const text = (hover.contents as { value: string }).value;
    const lines = text.split('\n').filter((l) => l.trim());
    assert.match(lines[0]!, /^\*\*✗ /);
    for (const line of lines) assert.doesNotMatch(line, /^\W*([\p{L} ]+): \1\W*$/u, line);
    assert.ok(text.indexOf('Statement on the failure') < text.indexOf('<sub>'), 'the sources come before the small print');
  });
});
