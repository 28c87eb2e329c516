import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** STYLE rule 1: nothing under server/src/core imports an editor, LSP or the file system. */
const CORE = resolve(__dirname, '../../../server/src/core');
const FORBIDDEN = /^(?:vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc|fs|node:fs|fs\/promises|node:fs\/promises|child_process|node:child_process|net|node:net|http|node:http|https|node:https)$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('the core is pure', () => {
  const files = sources(CORE);

  it('has source files to look at', () => {
    assert.ok(files.length > 20, `found only ${files.length}`);
  });

  it('imports no vscode, LSP, file-system or network module', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const target = m[1] ?? m[2] ?? m[3] ?? '';
        if (FORBIDDEN.test(target)) offenders.push(`${file.slice(CORE.length + 1)} imports ${target}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
