import { strict as assert } from 'node:assert';
import { dirname, resolve } from 'node:path';
import { importsOf, sourceFiles } from './sourceFiles';

/** STYLE rule 1: nothing under server/src/core imports an editor, LSP or the file system. */
const CORE = resolve(__dirname, '../../../server/src/core');
const FORBIDDEN = /^(?:vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc|fs|node:fs|fs\/promises|node:fs\/promises|child_process|node:child_process|net|node:net|http|node:http|https|node:https)$/;

describe('the core is pure', () => {
  const files = sourceFiles(CORE);

  it('has source files to look at', () => {
    assert.ok(files.length > 20, `found only ${files.length}`);
  });

  it('imports no vscode, LSP, file-system or network module', () => {
    const offenders: string[] = [];
    for (const file of files) {
      for (const target of importsOf(file)) if (FORBIDDEN.test(target)) offenders.push(`${file.slice(CORE.length + 1)} imports ${target}`);
    }
    assert.deepEqual(offenders, []);
  });
});

/** The core's layers run one way: checks read claims and facts; facts and claims never reach back up to checks. */
describe('the core\'s layers', () => {
  it('have nothing in core/facts or core/claims importing core/checks', () => {
    const offenders: string[] = [];
    for (const layer of ['facts', 'claims']) {
      for (const file of sourceFiles(resolve(CORE, layer))) {
        for (const target of importsOf(file)) {
          if (target.startsWith('.') && resolve(dirname(file), target).startsWith(resolve(CORE, 'checks'))) offenders.push(`${file.slice(CORE.length + 1)} imports ${target}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });
});
