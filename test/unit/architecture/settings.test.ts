import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { ALL_CODES } from '../../../server/src/core';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../../../server/src/protocol';

/**
 * STYLE rule 12: the settings have one typed source of truth (protocol.ts),
 * and package.json, the README and the client's command table agree with it.
 * The client's files import `vscode`, which only exists inside the editor, so
 * commands.ts is read as a syntax tree rather than imported.
 */
const ROOT = resolve(__dirname, '../../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface Property {
  type?: string;
  scope?: string;
  default?: unknown;
  markdownDescription?: string;
  enum?: string[];
  items?: { type?: string; enum?: string[] };
  properties?: Record<string, { type?: string; enum?: string[] }>;
  additionalProperties?: boolean;
}

interface CommandContribution {
  command: string;
  title: string;
  category?: string;
}

const manifest = JSON.parse(read('package.json')) as {
  contributes: { configuration: { title: string; properties: Record<string, Property> }; commands: CommandContribution[] };
};
const properties = manifest.contributes.configuration.properties;
const TRACE = `${SETTINGS_SECTION}.trace.server`;
const settingKeys = Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[];

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, read(path), ts.ScriptTarget.ES2022, true);
}

/** The member names of protocol.ts's `interface Settings`. */
function settingsInterfaceKeys(): string[] {
  const file = parse('server/src/protocol.ts');
  const decl = file.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Settings');
  assert.ok(decl, 'protocol.ts declares interface Settings');
  return decl.members.map((m) => (m.name && ts.isIdentifier(m.name) ? m.name.text : '?'));
}

/** The rows of the README table under "## In the editor" / `### ${heading}`, as their cells. */
function readmeTable(heading: string): string[][] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('\n## In the editor\n'));
  assert.ok(section.length < readme.length, 'README has a "## In the editor" section');
  const start = section.indexOf(`\n### ${heading}\n`);
  assert.ok(start >= 0, `README has "### ${heading}" under "## In the editor"`);
  const rest = section.slice(start + heading.length + 6);
  const end = rest.search(/\n#{2,3} /);
  const lines = (end < 0 ? rest : rest.slice(0, end)).split('\n').filter((l) => l.startsWith('|'));
  return lines.slice(2).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
}

const unquote = (cell: string | undefined): string => /^`(.*)`$/.exec(cell ?? '')?.[1] ?? `(not in backticks: ${cell})`;

/** The entries of client/src/commands.ts's `COMMANDS` table: id, title, and whether `run` is a function defined there. */
function commandTable(): { id: string; title: string | undefined; runs: boolean }[] {
  const file = parse('client/src/commands.ts');
  const functions = new Set(file.statements.filter(ts.isFunctionDeclaration).map((f) => f.name?.text));
  let table: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'COMMANDS' && node.initializer) {
      let init: ts.Expression = node.initializer;
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) table = init;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  assert.ok(table, 'commands.ts defines COMMANDS as an object literal');
  return table.properties.filter(ts.isPropertyAssignment).map((p) => {
    const body = p.initializer as ts.ObjectLiteralExpression;
    const field = (name: string) => body.properties.find((f): f is ts.PropertyAssignment => ts.isPropertyAssignment(f) && f.name.getText() === name);
    const title = field('title')?.initializer;
    const run = field('run')?.initializer;
    const runs = !!run && (ts.isArrowFunction(run) || ts.isFunctionExpression(run) || (ts.isIdentifier(run) && functions.has(run.text)));
    return { id: ts.isStringLiteral(p.name) ? p.name.text : p.name.getText(), title: title && ts.isStringLiteralLike(title) ? title.text : undefined, runs };
  });
}

describe('settings: protocol.ts, package.json and the README agree', () => {
  it('the Settings interface and DEFAULT_SETTINGS have the same keys', () => {
    assert.deepEqual([...settingsInterfaceKeys()].sort(), [...settingKeys].sort());
  });

  it('package.json contributes opedFacts.<key> for each setting, plus trace.server, and nothing else', () => {
    const expected = [...settingKeys.map((k) => `${SETTINGS_SECTION}.${k}`), TRACE].sort();
    assert.deepEqual(Object.keys(properties).sort(), expected);
    assert.equal(manifest.contributes.configuration.title, 'Op-Ed Facts');
  });

  it('each setting is resource-scoped, described, and defaults to DEFAULT_SETTINGS', () => {
    for (const key of settingKeys) {
      const p = properties[`${SETTINGS_SECTION}.${key}`];
      assert.ok(p, key);
      assert.equal(p.scope, 'resource', key);
      assert.ok((p.markdownDescription ?? '').length > 20, `${key} has a markdownDescription`);
      assert.deepEqual(p.default, DEFAULT_SETTINGS[key], key);
    }
  });

  it('each setting has the JSON type of its default', () => {
    for (const key of settingKeys) {
      const value: unknown = DEFAULT_SETTINGS[key];
      const type = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
      assert.equal(properties[`${SETTINGS_SECTION}.${key}`]?.type, type, key);
    }
  });

  it('severity has one property per code, each taking the five levels', () => {
    const severity = properties[`${SETTINGS_SECTION}.severity`];
    assert.deepEqual(Object.keys(severity?.properties ?? {}), ALL_CODES);
    for (const [code, p] of Object.entries(severity?.properties ?? {})) {
      assert.deepEqual(p.enum, ['error', 'warning', 'information', 'hint', 'off'], code);
    }
    assert.equal(severity?.additionalProperties, false);
  });

  it('disabledChecks is a list of codes', () => {
    const disabled = properties[`${SETTINGS_SECTION}.disabledChecks`];
    assert.equal(disabled?.items?.type, 'string');
    assert.deepEqual(disabled?.items?.enum, ALL_CODES);
  });

  it('trace.server is window-scoped: off, messages or verbose', () => {
    const trace = properties[TRACE];
    assert.equal(trace?.scope, 'window');
    assert.deepEqual(trace?.enum, ['off', 'messages', 'verbose']);
    assert.equal(trace?.default, 'off');
  });

  it('the README table lists every setting, once, with its default', () => {
    const rows = readmeTable('Settings');
    assert.deepEqual(rows.map((r) => unquote(r[0])).sort(), Object.keys(properties).sort());
    for (const row of rows) {
      const name = unquote(row[0]);
      assert.deepEqual(JSON.parse(unquote(row[1])), properties[name]?.default, `README default of ${name}`);
      assert.ok((row[2] ?? '').length > 10, `README describes ${name}`);
    }
  });
});

describe('commands: package.json, client/src/commands.ts and the README agree', () => {
  const contributed = manifest.contributes.commands;
  const table = commandTable();

  it('every contributed command has a handler in the COMMANDS table, and every handler is contributed', () => {
    assert.deepEqual(table.map((c) => c.id).sort(), contributed.map((c) => c.command).sort());
    for (const c of table) assert.ok(c.runs, `${c.id} runs a function defined in commands.ts`);
  });

  it('the titles are the same, in the Op-Ed Facts category', () => {
    for (const c of contributed) {
      assert.equal(c.category, 'Op-Ed Facts', c.command);
      assert.equal(table.find((t) => t.id === c.command)?.title, c.title, c.command);
    }
  });

  it('the README table lists every command with its palette title', () => {
    const rows = readmeTable('Commands');
    assert.deepEqual(rows.map((r) => unquote(r[1])).sort(), contributed.map((c) => c.command).sort());
    for (const row of rows) {
      const c = contributed.find((x) => x.command === unquote(row[1]));
      assert.equal(row[0], `Op-Ed Facts: ${c?.title}`);
    }
  });
});
