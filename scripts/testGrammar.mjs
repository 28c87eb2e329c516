// Runs the grammar tests (test/grammar/*.md, the `<!-- SYNTAX TEST` format of
// vscode-tmgrammar-test) against VS Code's Markdown grammar with ours injected
// (package.json `contributes.grammars`). The Markdown and HTML grammars come
// from the npm package tm-grammars, which ships VS Code's own (MIT licence,
// Microsoft; see node_modules/tm-grammars/NOTICE), so no copy is committed.
//
// Why a wrapper: the Markdown grammar embeds some sixty languages for fenced
// code, and the tool prints "grammar not found" for each one it is not given.
// None of them matters to our directives, so those lines are dropped; every
// other line, and the tool's exit code, pass through unchanged.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const tool = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');
const args = [tool, ...['markdown', 'html-derivative', 'html'].flatMap((g) => ['-g', require.resolve(`tm-grammars/grammars/${g}.json`)]), 'test/grammar/*.md'];

const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'pipe'] });
let pending = '';
child.stderr.on('data', (chunk) => {
  const lines = (pending + chunk).split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) if (!line.startsWith('grammar not found for')) process.stderr.write(`${line}\n`);
});
child.on('close', (code) => {
  if (pending && !pending.startsWith('grammar not found for')) process.stderr.write(pending);
  process.exit(code ?? 1);
});
