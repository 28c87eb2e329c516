/**
 * Drafts with no newline (issue 12): the CLI on 2 MB and 5 MB of one
 * paragraph, and the language server answering hovers on another draft
 * while a 2 MB one is checked on its check thread.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hoverWhileChecked, TestClient } from '../lsp/lspClient';

const CLI = resolve(__dirname, '../../dist/cli.js');
const SENTENCE = 'In Bannu, seven soldiers were killed on 2 September 2025, police said. The toll rose to 12 by Friday, officials said. ';
const FACTS = `version: 1
sources:
  wire: {title: Wire, publisher: Wire, url: https://example.org/w, date: 2025-09-03}
events:
  bannu-attack: {name: Attack in Bannu, place: Bannu, date: 2025-09-02, killed: {soldiers: 6}, sources: [wire]}
`;

function oneLine(bytes: number): string {
  return `---\ndate: 2025-09-20\n---\n\n${SENTENCE.repeat(Math.ceil(bytes / SENTENCE.length))}`;
}

export async function benchLongLines(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'oped-long-'));
  try {
    writeFileSync(join(dir, 'facts.yaml'), FACTS);
    for (const mb of [2, 5]) {
      const path = join(dir, `one-line-${mb}mb.md`);
      writeFileSync(path, oneLine(mb * 1_000_000));
      const started = performance.now();
      try {
        execFileSync(process.execPath, [CLI, 'check', path, '--quiet'], { stdio: 'ignore', timeout: 300_000 });
      } catch {
        // Exit 1: the draft holds errors, as it should.
      }
      console.log(`cli  ${mb} MB draft with no newline: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const client = new TestClient();
    try {
      await client.initialize(dir);
      const small = client.open(join(dir, 'beside.md'), 'In Bannu, seven soldiers were killed.\n');
      await client.diagnostics(small);
      const started = performance.now();
      const uri = client.open(join(dir, 'one-line-2mb.md'), oneLine(2_000_000));
      const { waits } = await hoverWhileChecked(client, uri, small, 300_000);
      console.log(`lsp  2 MB draft with no newline checked in ${((performance.now() - started) / 1000).toFixed(1)} s; ${waits.length} hovers on another draft meanwhile: median ${waits[waits.length >> 1]!.toFixed(0)} ms, slowest ${waits[waits.length - 1]!.toFixed(0)} ms`);
    } finally {
      await client.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
