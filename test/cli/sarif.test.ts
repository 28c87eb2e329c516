import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { ALL_CODES, CODES, type CoreDiagnostic } from '../../server/src/core';
import { toSarif, type ToolInfo } from '../../server/src/cli/format/sarif';
import type { Report } from '../../server/src/cli/report';
import { BROKEN_FACTS, buildCli, CLAIMLESS_DRAFT, CLEAN_FACTS, REPO, runJson, TempProject } from './cliRunner';

/**
 * The SARIF 2.1.0 schema (rtm.5, the release the OASIS standard was
 * published from) as Microsoft's SARIF team ships it on npm, so the test
 * runs offline. It is a draft-04 schema; one of its patterns is not valid
 * with the `u` flag, hence unicodeRegExp: false.
 */
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function sarifValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
}

function assertValid(validate: ValidateFunction, log: unknown): void {
  const ok = validate(log);
  assert.ok(ok, `SARIF schema errors:\n${JSON.stringify(validate.errors, null, 2)}`);
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }[];
  fixes?: {
    description: { text: string };
    artifactChanges: {
      artifactLocation: { uri: string };
      replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[];
    }[];
  }[];
  relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }[];
  properties?: Record<string, string>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; helpUri: string }[] } };
    columnKind: string;
    results: SarifResult[];
  }[];
}

describe('cli: --format sarif', () => {
  let validate: ValidateFunction;
  let project: TempProject | undefined;

  before(() => {
    buildCli();
    validate = sarifValidator();
  });
  afterEach(() => project?.remove());

  it('the validator rejects what the schema forbids (so a pass means something)', () => {
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'information' }] }] };
    assert.equal(validate(bad), false);
  });

  it('is a valid SARIF 2.1.0 log whose results match the JSON report', () => {
    project = new TempProject({
      'facts.yaml': BROKEN_FACTS,
      'drafts/my draft.md': CLAIMLESS_DRAFT,
      'drafts/b.md': '---\nfacts: missing.yaml\n---\n' + CLAIMLESS_DRAFT,
    });
    const r = project.run(['check', 'drafts', '--format', 'sarif']);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, '');
    const log = JSON.parse(r.stdout) as SarifLog;
    assertValid(validate, log);

    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0]!;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    assert.equal(run.tool.driver.name, 'oped-facts');
    assert.equal(run.tool.driver.version, pkg.version);
    assert.deepEqual(
      run.tool.driver.rules.map((rule) => rule.id),
      ALL_CODES,
      'a rule for every code, in SPEC order',
    );
    for (const rule of run.tool.driver.rules) {
      assert.equal(rule.shortDescription.text, CODES[rule.id as keyof typeof CODES].summary);
      // No repository address in package.json, so no help links: a placeholder would lead nowhere.
      assert.equal(rule.helpUri, undefined);
    }

    const { out } = runJson(project, ['drafts']);
    const level = { error: 'error', warning: 'warning', information: 'note' } as const;
    const expected = out.files.flatMap((f) =>
      f.diagnostics.map((d) => ({
        uri: f.path.split('/').map(encodeURIComponent).join('/'),
        ruleId: d.code,
        level: level[d.severity],
        message: d.message,
        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
      })),
    );
    const actual = run.results.map((res) => ({
      uri: res.locations[0]!.physicalLocation.artifactLocation.uri,
      ruleId: res.ruleId,
      level: res.level,
      message: res.message.text,
      region: res.locations[0]!.physicalLocation.region,
    }));
    assert.deepEqual(actual, expected);
    assert.ok(actual.some((a) => a.uri === 'facts.yaml' && a.ruleId === 'facts-unknown-ref' && a.level === 'error'));
    assert.ok(actual.some((a) => a.ruleId === 'facts-unsourced' && a.level === 'note'));
    assert.ok(actual.some((a) => a.uri === 'drafts/b.md'), 'the missing front-matter fact file is a result in the draft');
    for (const res of run.results) assert.equal(run.tool.driver.rules[res.ruleIndex]!.id, res.ruleId);
  });

  it('percent-encodes artifact URIs (a draft name with a space)', () => {
    project = new TempProject({ 'facts.yaml': BROKEN_FACTS, 'my draft.md': '---\nfacts: gone.yaml\n---\n' + CLAIMLESS_DRAFT });
    const log = JSON.parse(project.run(['check', '--format', 'sarif']).stdout) as SarifLog;
    assertValid(validate, log);
    const uris = log.runs[0]!.results.map((res) => res.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.ok(uris.includes('my%20draft.md'), uris.join(', '));
  });

  it("carries the core's quick fix for a draft claim as a SARIF fix", () => {
    project = new TempProject({
      'facts.yaml': CLEAN_FACTS,
      'a.md': '# Bannu\n\n😀 Seven soldiers were killed in the Bannu attack on 2 September 2025, according to ISPR.\n',
    });
    const r = project.run(['check', 'a.md', '--format', 'sarif']);
    assert.equal(r.status, 1, r.stderr);
    const log = JSON.parse(r.stdout) as SarifLog;
    assertValid(validate, log);
    const result = log.runs[0]!.results.find((res) => res.ruleId === 'casualty-mismatch');
    assert.ok(result, r.stdout);
    const region = result.locations[0]!.physicalLocation.region;
    assert.deepEqual(region, { startLine: 3, startColumn: 4, endLine: 3, endColumn: 9 });
    const replacement = result.fixes?.[0]?.artifactChanges[0]?.replacements[0];
    assert.deepEqual(replacement, { deletedRegion: region, insertedContent: { text: 'Six' } });
    assert.equal(result.fixes?.[0]?.artifactChanges[0]?.artifactLocation.uri, 'a.md');
  });

  it('turns a quick fix into a SARIF fix with UTF-16 regions (formatter on a core result)', () => {
    const text = '# Bannu\n\n😀 Seven soldiers were killed in Bannu on 2 September 2025.\n';
    const facts = 'version: 1\nevents:\n  bannu-fc-attack:\n    killed: {soldiers: 6}\n';
    const start = text.indexOf('Seven');
    const end = start + 'Seven'.length;
    const factStart = facts.indexOf('soldiers: 6') + 'soldiers: '.length;
    const diagnostic: CoreDiagnostic = {
      file: '/work/desk/drafts/a.md',
      code: 'casualty-mismatch',
      severity: 'error',
      start,
      end,
      message: 'Seven soldiers killed: the fact file says six.',
      expected: 'Six',
      factId: 'bannu-fc-attack',
      fix: { title: 'Change to Six', file: '/work/desk/drafts/a.md', edits: [{ start, end, newText: 'Six' }] },
      related: [{ file: '/work/desk/facts.yaml', start: factStart, end: factStart + 1, message: 'bannu-fc-attack: killed 6 soldiers' }],
    };
    const report: Report = {
      cwd: '/work/desk',
      texts: new Map([
        ['/work/desk/drafts/a.md', text],
        ['/work/desk/facts.yaml', facts],
      ]),
      files: [
        { path: '/work/desk/drafts/a.md', display: 'drafts/a.md', facts: ['/work/desk/facts.yaml'], diagnostics: [diagnostic] },
        { path: '/work/desk/facts.yaml', display: 'facts.yaml', facts: [], diagnostics: [] },
      ],
    };
    const tool: ToolInfo = { name: 'oped-facts', version: '9.9.9', informationUri: 'https://example.org/x', readmeUri: 'https://example.org/x/README.md' };
    const log = JSON.parse(JSON.stringify(toSarif(report, tool))) as SarifLog;
    assertValid(validate, log);

    const result = log.runs[0]!.results[0]!;
    // Line 3; "😀 " is three UTF-16 code units (a surrogate pair and a space), so "Seven" starts in column 4.
    const region = { startLine: 3, startColumn: 4, endLine: 3, endColumn: 9 };
    assert.deepEqual(result.locations[0]!.physicalLocation.region, region);
    assert.deepEqual(result.fixes, [
      {
        description: { text: 'Change to Six' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'drafts/a.md', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: region, insertedContent: { text: 'Six' } }],
          },
        ],
      },
    ]);
    assert.deepEqual(result.relatedLocations?.[0]?.physicalLocation.region, { startLine: 4, startColumn: 24, endLine: 4, endColumn: 25 });
    assert.deepEqual(result.properties, { expected: 'Six', factId: 'bannu-fc-attack' });
    assert.equal(log.runs[0]!.tool.driver.rules.find((r) => r.id === 'casualty-mismatch')?.helpUri, 'https://example.org/x/README.md#casualty-mismatch');
  });
});
