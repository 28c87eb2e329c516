import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { TestClient } from './lspClient';

const ROOT = resolve(__dirname, '../..');
const CORPUS = join(ROOT, 'test/fixtures/corpus');

/** Actions whose purpose is to clear the diagnostic they are offered for (issue 12). */
const CLEARS = [/^Change to /, /^Change ".+" to /, /^Stop flagging /, /^Cite /];
/** Actions that say in their title that they do something else ("... to be sourced there", "Check this sentence against ..."). */
const SAYS_OTHERWISE = [/^Add this claim to the fact file, to be sourced there$/, /^Check this sentence against /];

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, text), edits);
}

/** The text a range covers (the words an edit replaces). */
function textIn(text: string, range: TextEdit['range']): string {
  const doc = TextDocument.create('file:///x', 'markdown', 0, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end)).replace(/\s+/g, ' ');
}

/** The paragraph (between blank lines) around a line: where an action on a diagnostic of that line may edit. */
function paragraphOf(text: string, line: number): { from: number; to: number } {
  const lines = text.split(/\r\n|\n/);
  let from = line;
  while (from > 0 && lines[from - 1]!.trim()) from--;
  let to = line;
  while (to + 1 < lines.length && lines[to + 1]!.trim()) to++;
  return { from, to };
}

const sameDiagnostic = (a: Diagnostic, b: Diagnostic): boolean =>
  a.code === b.code && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;

/**
 * Every code action on every diagnostic of every corpus draft, with LF and
 * with CRLF line endings (issue 12): applied to the draft (and, for "Add
 * this claim to the fact file", to its fact file), then undone, on one
 * server. After each: the text outside the edit is unchanged, line endings
 * are the file's own, the fact file still parses and passes the schema, the
 * diagnostic is gone where the action's purpose is to clear it, and the
 * server still answers.
 */
describe('every code action on the corpus', function () {
  this.timeout(600_000);
  const cases = readdirSync(CORPUS).filter((c) => statSync(join(CORPUS, c)).isDirectory() && readdirSync(join(CORPUS, c)).includes('draft.md')).sort();
  let client: TestClient;
  let workspace: string;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'oped-actions-'));
    for (const eol of ['lf', 'crlf']) {
      for (const name of cases) {
        const dir = join(workspace, eol, name);
        cpSync(join(CORPUS, name), dir, { recursive: true });
        if (eol === 'crlf') {
          for (const file of readdirSync(dir).filter((f) => /\.(md|ya?ml|json)$/.test(f))) {
            writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(/\r?\n/g, '\r\n'));
          }
        }
      }
    }
    client = new TestClient();
    await client.initialize(workspace);
  });

  after(async () => {
    await client.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  for (const eol of ['lf', 'crlf'] as const) {
    it(`keeps every file valid and does what each title says (${eol.toUpperCase()})`, async function () {
      let applied = 0;
      const failures: string[] = [];
      for (const name of cases) {
        const draftPath = join(workspace, eol, name, 'draft.md');
        const original = readFileSync(draftPath, 'utf8');
        let version = 1;
        const uri = client.open(draftPath, original, 'markdown', version);
        const first = await client.diagnostics(uri, (p) => p.version === 1);
        for (const d of first.diagnostics) {
          const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
          // The fix-all source action is offered with every diagnostic; it is tested on its own (server.test.ts).
          for (const action of actions.filter((a) => !a.kind?.startsWith('source'))) {
            const where = `${eol} ${name} ${d.range.start.line + 1}:${d.code} "${action.title}"`;
            const edits = action.edit?.changes?.[uri];
            let changedFacts: { uri: string; before: string } | undefined;
            let text = original;
            if (edits) {
              text = applyEdits(original, edits);
              // The Markdown outside the diagnostic's paragraph is untouched; a value fix replaces exactly the claim; no edit adds a line.
              const paragraph = paragraphOf(original, d.range.start.line);
              if (edits.some((e) => e.range.start.line < paragraph.from || e.range.end.line > paragraph.to)) failures.push(`${where}: edits outside the diagnostic's paragraph`);
              if (/^Change to /.test(action.title) && !edits.every((e) => e.range.start.line === d.range.start.line && e.range.start.character === d.range.start.character && e.range.end.character === d.range.end.character)) failures.push(`${where}: the fix does not replace exactly the claim`);
              // 'Change "more than 26" to "26"': the qualifier and the claim, ending where the claim ends, and the words the title names.
              const named = /^Change "(.+)" to /.exec(action.title);
              if (named && !(edits.length === 1 && edits[0]!.range.end.line === d.range.end.line && edits[0]!.range.end.character === d.range.end.character && textIn(original, edits[0]!.range) === named[1])) failures.push(`${where}: the fix does not replace the words its title names`);
              if (edits.some((e) => /[\r\n]/.test(e.newText))) failures.push(`${where}: an edit adds a line break`);
            } else if (action.command) {
              const before = client.requests.length;
              await client.connection.sendRequest('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
              const request = client.requests.slice(before).find((r) => r.method === 'workspace/applyEdit');
              // An edit of an existing fact file, or the creation of a new one and its text.
              const edit = (request?.params as { edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: ({ textDocument: { uri: string }; edits: TextEdit[] } | { kind: string })[] } } | undefined)?.edit;
              const created = edit?.documentChanges?.find((c): c is { textDocument: { uri: string }; edits: TextEdit[] } => 'edits' in c);
              const [factsUri, factEdits] = Object.entries(edit?.changes ?? {})[0] ?? (created ? [created.textDocument.uri, created.edits] : []);
              if (!factsUri || !factEdits) {
                failures.push(`${where}: the command made no edit`);
                continue;
              }
              const factsPath = URI.parse(factsUri).fsPath;
              const factsBefore = created ? '' : readFileSync(factsPath, 'utf8');
              const factsAfter = applyEdits(factsBefore, factEdits);
              if (eol === 'crlf' && /(^|[^\r])\n/.test(factsAfter)) failures.push(`${where}: wrote a lone LF into a CRLF fact file`);
              client.open(factsPath, factsAfter, 'yaml', 1);
              const published = await client.diagnostics(factsUri);
              const broken = published.diagnostics.filter((x) => x.code === 'facts-syntax' || x.code === 'facts-schema' || x.code === 'facts-duplicate-id');
              if (broken.length) failures.push(`${where}: the fact file no longer passes: ${broken.map((x) => x.message).join('; ')}`);
              changedFacts = { uri: factsUri, before: factsBefore };
            } else {
              failures.push(`${where}: neither an edit nor a command`);
              continue;
            }
            applied++;
            version++;
            const checked = version;
            client.change(uri, version, text);
            const after = await client.diagnostics(uri, (p) => p.version === checked);
            const still = after.diagnostics.some((x) => sameDiagnostic(x, d));
            if (CLEARS.some((re) => re.test(action.title)) && still) failures.push(`${where}: the diagnostic it is offered for is still there`);
            if (!CLEARS.some((re) => re.test(action.title)) && !SAYS_OTHERWISE.some((re) => re.test(action.title))) failures.push(`${where}: an action of an unknown kind`);
            // Undo, for the next action.
            if (changedFacts) {
              void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: changedFacts.uri } });
            }
            version++;
            const reverted = version;
            client.change(uri, version, original);
            await client.diagnostics(uri, (p) => p.version === reverted);
          }
        }
        void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      assert.deepEqual(failures.slice(0, 40), [], `${failures.length} failures`);
      assert.ok(applied > 100, `only ${applied} actions applied`);
      this.test!.title += ` (${applied} actions)`;
      // Still alive and answering.
      const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI.file(join(workspace, eol, cases[0]!, 'draft.md')).toString() }, position: { line: 0, character: 0 } });
      assert.ok(hover === null || typeof hover === 'object');
    });
  }
});
