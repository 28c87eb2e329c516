import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';
import { ALL_CODES, FACT_FILE_PATTERNS, isFactFileName } from '../../../server/src/core';

/**
 * The extension's manifest and what `npm run package` puts in the .vsix. The
 * file list comes from vsce's own `listFiles` (what `vsce package` would
 * pack, read from .vscodeignore) without building or zipping anything.
 */
const ROOT = resolve(__dirname, '../../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface Validation {
  fileMatch: string;
  url: string;
}

const manifest = JSON.parse(read('package.json')) as {
  main: string;
  icon: string;
  engines: { vscode: string };
  bin: Record<string, string>;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: string | boolean; description?: string }; virtualWorkspaces: boolean };
  contributes: {
    yamlValidation: Validation[];
    jsonValidation: Validation[];
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
  };
};

/** What the .vsix may hold (README "In the editor"; the brief for packaging). */
const ALLOWED = [/^dist\/[^/]+\.js$/, /^docs\/[^/]+\.png$/, /^schemas\/[^/]+\.json$/, /^syntaxes\/[^/]+\.json$/, /^(README\.md|CHANGELOG\.md|LICENSE|icon\.png|package\.json)$/];
const SCHEMA = './schemas/facts.schema.json';

describe('the extension manifest', () => {
  it('runs the bundled client on VS Code 1.91 or later, typed against that same API', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.engines.vscode, '^1.91.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.91.0');
  });

  it('still ships the CLI as the package bin', () => {
    assert.deepEqual(manifest.bin, { 'oped-facts': 'dist/cli.js' });
  });

  it('activates on Markdown and on a workspace holding any kind of fact file, by the core\'s one name rule', () => {
    assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:markdown', ...FACT_FILE_PATTERNS.map((n) => `workspaceContains:**/${n}`)].sort());
    for (const pattern of FACT_FILE_PATTERNS) assert.ok(isFactFileName(pattern.replace('*', 'budget-2025')), pattern);
    assert.ok(!isFactFileName('facts.md') && !isFactFileName('notfacts.yaml'));
  });

  it('gives the fact-file schema to the YAML and JSON editors for every fact-file name', () => {
    const yaml = manifest.contributes.yamlValidation;
    const json = manifest.contributes.jsonValidation;
    assert.deepEqual(yaml.map((v) => v.fileMatch).sort(), FACT_FILE_PATTERNS.filter((n) => !n.endsWith('.json')).sort());
    assert.deepEqual(json.map((v) => v.fileMatch).sort(), FACT_FILE_PATTERNS.filter((n) => n.endsWith('.json')).sort());
    for (const v of [...yaml, ...json]) assert.equal(v.url, SCHEMA, v.fileMatch);
    assert.ok(existsSync(join(ROOT, SCHEMA)));
  });

  it('injects the directive grammar into Markdown, and the grammar knows exactly the fifteen codes', () => {
    const [contribution] = manifest.contributes.grammars;
    assert.ok(contribution);
    assert.deepEqual(contribution.injectTo, ['text.html.markdown']);
    const grammar = JSON.parse(read(contribution.path)) as { scopeName: string; injectionSelector: string; repository: { code: { match: string } } };
    assert.equal(grammar.scopeName, contribution.scopeName);
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown\b/);
    const codes = /^\(\?:([^)]*)\)/.exec(grammar.repository.code.match)?.[1]?.split('|');
    assert.deepEqual(codes, ALL_CODES);
  });

  it('runs limited in untrusted workspaces and not at all in virtual ones', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok((manifest.capabilities.untrustedWorkspaces.description ?? '').length > 20);
    assert.equal(manifest.capabilities.virtualWorkspaces, false);
  });

  it('has a 128x128 PNG icon', () => {
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('packages with vsce, without dependencies, after a production build', () => {
    // The README's images are relative paths shipped in the .vsix (docs/*.png), so vsce must not rewrite
    // them to a repository address: there is no public repository to point to (issue 11: no invented URLs).
    assert.equal(manifest.scripts['package'], 'vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links');
    assert.equal(manifest.scripts['vscode:prepublish'], 'node esbuild.mjs --production');
  });
});

describe('the .vsix contents (.vscodeignore)', () => {
  let files: string[] = [];
  before(async () => {
    files = await listFiles({ cwd: ROOT, packageManager: PackageManager.None });
  });

  it('holds only bundles, the schema, the grammar, the docs and their images, the licence, the icon and package.json', () => {
    assert.deepEqual(files.filter((f) => !ALLOWED.some((re) => re.test(f))), []);
  });

  it('holds no sources, tests, source maps, examples or node_modules', () => {
    const forbidden = /^(server|client|test|scripts|examples|node_modules|\.scratch|\.ci)\/|\.map$|\.ts$/;
    assert.deepEqual(files.filter((f) => forbidden.test(f)), []);
  });

  it('holds everything the extension needs that exists here', () => {
    const needed = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'icon.png', 'docs/screenshot.png', 'schemas/facts.schema.json', manifest.contributes.grammars[0]?.path.replace(/^\.\//, '') ?? '?'];
    // The bundles exist after a build (npm test builds before mocha).
    for (const bundle of ['dist/extension.js', 'dist/server.js']) if (existsSync(join(ROOT, bundle))) needed.push(bundle);
    assert.deepEqual(needed.filter((f) => !files.includes(f)), []);
  });
});
