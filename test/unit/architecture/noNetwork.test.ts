import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importsOf, sourceFiles } from './sourceFiles';

/**
 * The server and the CLI never open a network connection: no source of
 * theirs imports a network module, and nothing runs code from a fact file or
 * a draft (no eval, no Function, no child processes).
 */
const SERVER = resolve(__dirname, '../../../server/src');
const NETWORK = /^(?:node:)?(?:net|http|https|http2|dgram|dns|tls|child_process)$/;

describe('no network, no code execution', () => {
  const files = sourceFiles(SERVER);

  it('looks at the server, the CLI and the core', () => {
    assert.ok(files.some((f) => f.includes('/lsp/')) && files.some((f) => f.includes('/cli/')) && files.some((f) => f.includes('/core/')));
  });

  it('imports no network or process module', () => {
    const offenders = files.flatMap((file) => importsOf(file)
      .filter((target) => NETWORK.test(target))
      .map((target) => `${file.slice(SERVER.length + 1)} imports ${target}`));
    assert.deepEqual(offenders, []);
  });

  it('never evaluates text as code', () => {
    const offenders = files.filter((file) => /\beval\s*\(|new\s+Function\s*\(/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
