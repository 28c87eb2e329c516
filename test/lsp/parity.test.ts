/**
 * Parity: the language server and the CLI check a draft through the same
 * core (STYLE rule 4), so for every draft they must report the same
 * diagnostics, in the draft and in its fact files: the same range, code,
 * severity, message, `expected` and `factId`. The CLI's JSON (SPEC section 6)
 * is 1-based with UTF-16 columns; LSP positions are 0-based UTF-16.
 */
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { CLEAN_FACTS, type JsonDiag, type JsonOut } from '../cli/cliRunner';
import type { DiagnosticData } from '../../server/src/lsp/diagnostics';
import { TestClient } from './lspClient';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const CORPUS = join(ROOT, 'test/fixtures/corpus');

/** One diagnostic as both sides can give it: 1-based lines and columns (UTF-16). */
interface Row {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
  expected?: string;
  factId?: string;
}

const SEVERITIES: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function fromLsp(d: Diagnostic): Row {
  const data = (d.data ?? {}) as DiagnosticData;
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity === undefined ? '(none)' : SEVERITIES[d.severity] ?? String(d.severity),
    code: d.code === undefined ? '(none)' : String(d.code),
    message: d.message,
    ...(data.expected !== undefined ? { expected: data.expected } : {}),
    ...(data.factId !== undefined ? { factId: data.factId } : {}),
  };
}

function fromCli(d: JsonDiag): Row {
  return {
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    code: d.code ?? '(none)',
    message: d.message,
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    ...(d.factId !== undefined ? { factId: d.factId } : {}),
  };
}

/** Rows in one order, whatever order either side listed them in. */
function sorted(rows: Row[]): Row[] {
  const key = (r: Row): string => [r.line, r.column, r.endLine, r.endColumn].map((n) => String(n).padStart(7, '0')).join(':') + `|${r.code}|${r.message}`;
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Runs `node dist/cli.js check DRAFT --format json` in `cwd` (exit 0 or 1) and parses its report. */
function cliJson(cwd: string, draft: string): Promise<JsonOut> {
  return new Promise((resolveRun, reject) => {
    execFile(process.execPath, [CLI, 'check', draft, '--format', 'json'], { cwd, encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (error as { code?: unknown }).code : 0;
      if (status !== 0 && status !== 1) {
        reject(new Error(`oped-facts check ${draft} exited ${String(status)}: ${stderr}`));
        return;
      }
      try {
        resolveRun(JSON.parse(stdout) as JsonOut);
      } catch {
        reject(new Error(`oped-facts check ${draft}: stdout is not JSON:\n${stdout}\nstderr:\n${stderr}`));
      }
    });
  });
}

/** Runs `jobs` at most `limit` at a time; each result as its own promise, in order. */
function limited<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T>[] {
  let running = 0;
  const queue: (() => void)[] = [];
  const next = (): void => {
    if (running >= limit) return;
    const start = queue.shift();
    if (start) start();
  };
  return jobs.map((job) => new Promise<T>((resolveJob, reject) => {
    queue.push(() => {
      running++;
      job().then(resolveJob, reject).finally(() => {
        running--;
        next();
      });
    });
    next();
  }));
}

/**
 * Opens the draft in the server (its fact files stay closed), waits for its
 * diagnostics and compares them, and those of each fact file the CLI lists,
 * with the CLI's report. `cwd` is where the CLI ran; its paths are relative to it.
 */
async function assertSameDiagnostics(client: TestClient, cwd: string, draftRel: string, report: JsonOut): Promise<void> {
  const draftPath = join(cwd, draftRel);
  const from = client.published.length;
  const uri = client.open(draftPath, readFileSync(draftPath, 'utf8'));
  const published = await client.diagnostics(uri);
  const draftFile = report.files.find((f) => join(cwd, f.path) === draftPath);
  assert.ok(draftFile, `the CLI's report has no entry for ${draftRel}: ${report.files.map((f) => f.path).join(', ')}`);
  assert.deepStrictEqual(sorted(published.diagnostics.map(fromLsp)), sorted(draftFile.diagnostics.map(fromCli)), `diagnostics in ${draftRel} (actual: language server, expected: CLI)`);

  // The server publishes a draft's fact files before the draft itself, on the same stream, so they have arrived.
  const upTo = client.published.indexOf(published);
  const latest = (factUri: string): PublishDiagnosticsParams | undefined => client.published.slice(0, upTo).filter((p) => p.uri === factUri).pop();
  for (const file of report.files.filter((f) => f !== draftFile)) {
    const factUri = URI.file(join(cwd, file.path)).toString();
    const lsp = latest(factUri);
    // A fact file the server published nothing for (ever) has no diagnostics from it.
    const rows = lsp ? lsp.diagnostics.map(fromLsp) : [];
    assert.deepStrictEqual(sorted(rows), sorted(file.diagnostics.map(fromCli)), `diagnostics in ${file.path} (actual: language server${lsp ? client.published.indexOf(lsp) >= from ? '' : ', published for an earlier draft' : ', nothing published'}, expected: CLI)`);
  }
}

describe('language server and CLI parity: the corpus', function () {
  this.timeout(60_000);
  const cases = readdirSync(CORPUS).filter((c) => statSync(join(CORPUS, c)).isDirectory() && statSync(join(CORPUS, c, 'draft.md'), { throwIfNoEntry: false })?.isFile()).sort();
  let client: TestClient;
  let reports: Map<string, Promise<JsonOut>>;

  before(async () => {
    // The CLI runs start now, a few at a time, while the server checks the drafts one by one.
    const runs = limited(cases.map((name) => () => cliJson(CORPUS, `${name}/draft.md`)), Math.max(2, cpus().length));
    for (const run of runs) run.catch(() => undefined); // Each test awaits its own and reports its failure.
    reports = new Map(cases.map((name, i) => [name, runs[i]!]));
    client = new TestClient();
    await client.initialize(CORPUS);
  });

  after(() => client.stop());

  it('has corpus cases to compare', () => {
    assert.ok(cases.length >= 30, `only ${cases.length} cases under ${CORPUS}`);
  });

  for (const name of cases) {
    it(`the language server and the CLI report the same diagnostics on ${name}`, async () => {
      const report = await reports.get(name)!;
      await assertSameDiagnostics(client, CORPUS, `${name}/draft.md`, report);
    });
  }
});

describe('language server and CLI parity: a UTF-16 fact file the editor has not opened', function () {
  this.timeout(30_000);
  // The entry's name holds letters outside ASCII, so that UTF-16 columns count.
  const FACTS = `${CLEAN_FACTS}  zhob-ambush:
    name: Ambush on the Zhōb–Qila Saifullah road
    date: 2025-09-05
    place: Zhōb
    killed: {soldiers: 2}
`;
  const DRAFT = `# Bannu

On 2 September 2025 gunmen stormed the Federal Constabulary Headquarters in Bannu, and seven soldiers were killed in the attack, according to [ISPR](https://example.org/press/2025-09-02).
`;
  const encodings: { name: string; encode: (text: string) => Buffer }[] = [
    { name: 'UTF-16 LE', encode: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) },
    { name: 'UTF-16 BE', encode: (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]) },
  ];
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oped-parity-'));
    for (const [i, e] of encodings.entries()) {
      mkdirSync(join(dir, `case-${i}`));
      writeFileSync(join(dir, `case-${i}/facts.yaml`), e.encode(FACTS));
      writeFileSync(join(dir, `case-${i}/draft.md`), DRAFT);
    }
    client = new TestClient();
    await client.initialize(dir);
  });

  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [i, e] of encodings.entries()) {
    it(`the language server and the CLI report the same diagnostics for a draft whose facts.yaml is ${e.name} with a byte order mark`, async () => {
      const report = await cliJson(dir, `case-${i}/draft.md`);
      // Both must have read the fact file: the draft's "seven" contradicts its 6.
      const draft = report.files.find((f) => f.path === `case-${i}/draft.md`);
      assert.ok(draft?.diagnostics.some((d) => d.code === 'casualty-mismatch' && d.expected === 'six'), `the CLI did not read the ${e.name} fact file: ${JSON.stringify(report, null, 1)}`);
      await assertSameDiagnostics(client, dir, `case-${i}/draft.md`, report);
    });
  }
});
