// The two headless LSP clients: Neovim 0.7 (vim.lsp.start_client) and Emacs 28 + eglot,
// each attached to dist/server.js over stdio. Each driver (neovim/driver.lua,
// emacs/driver.el) opens a fresh copy of the example draft, records what the editor shows
// and applies the quick fix; this file runs it and judges the record against the CLI:
//   1. the diagnostics equal the CLI's (`oped-facts check --format json`), position and text;
//   2. the hover at "twenty-five" is the fact card;
//   3. the quick fix 'Change to "twenty-three"' is offered and, applied, fixes the line
//      (and the server then drops that diagnostic).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, RESULTS, SERVER_JS, exampleTargets, makeWorkspace, outcome, run, setDifference } from './lib/util.mjs';

const TIMEOUT_MS = 20_000;

/** One line per diagnostic, the same shape for the CLI and for both editors. */
const key = (d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code} ${d.message}`;

export const EDITORS = {
  neovim: {
    program: 'nvim',
    args: () => ['--headless', '--clean', '-n', '-u', 'NONE', '-c', `luafile ${join(ROOT, 'test/e2e/neovim/driver.lua')}`],
    // Neovim keeps severity and code apart; severities are LSP's names.
    shown: (d) => d,
  },
  emacs: {
    program: 'emacs',
    // --batch: no terminal; --no-init-file: no ~/.emacs, but Debian's site-start still loads elpa-eglot.
    args: () => ['--batch', '--no-init-file', '-l', join(ROOT, 'test/e2e/emacs/driver.el')],
    // Flymake shows eglot's text "SOURCE [CODE]: MESSAGE" and a type per severity.
    shown: (d) => {
      const m = /^(\S+) \[([^\]]+)\]: ([\s\S]*)$/.exec(d.text) ?? [];
      const severity = { 'eglot-error': 'error', 'eglot-warning': 'warning', 'eglot-note': 'information' }[d.type] ?? d.type;
      return { ...d, source: m[1], code: m[2], message: m[3] ?? d.text, severity };
    },
  },
};

/** Runs one editor's driver on a fresh workspace and returns its checks. */
export async function runHeadless(name) {
  const editor = EDITORS[name];
  const out = join(RESULTS, name);
  mkdirSync(out, { recursive: true });
  const ws = makeWorkspace(name);
  const targets = exampleTargets(ws);
  const record = join(out, 'seen.json');
  const env = {
    ...process.env,
    E2E_SERVER: SERVER_JS, E2E_FILE: ws.draft, E2E_OUT: record,
    E2E_LINE: String(targets.wrong.line), E2E_COL: String(targets.wrong.column),
    E2E_FIX_TITLE: targets.fixTitle, E2E_TIMEOUT_MS: String(TIMEOUT_MS),
    // its own HOME and XDG folders: no user config is read, nothing is left behind
    HOME: join(ws.tmp, 'home'), XDG_CONFIG_HOME: join(ws.tmp, 'config'), XDG_DATA_HOME: join(ws.tmp, 'data'),
    XDG_STATE_HOME: join(ws.tmp, 'state'), XDG_CACHE_HOME: join(ws.tmp, 'cache'),
  };
  const started = Date.now();
  const result = await run(editor.program, editor.args(), { cwd: ws.workspace, env, timeoutMs: 90_000 });
  const ms = Date.now() - started;
  writeFileSync(join(out, 'editor.log'), `exit: ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
  const seen = existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : { error: `no record written (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-3).join(' / ')}` };
  if (!process.env.E2E_KEEP_TMP) rmSync(ws.tmp, { recursive: true, force: true });
  return { ms, checks: judge(name, seen, targets, editor.shown) };
}

function judge(name, seen, targets, shown) {
  const checks = [];
  const diagnostics = (seen.diagnostics ?? []).map(shown);
  const expected = targets.diagnostics.map(key);
  const difference = setDifference(expected, diagnostics.map(key));
  const notOurs = diagnostics.filter((d) => d.source !== 'oped-facts').map(key);
  checks.push(outcome(`${name}: the diagnostics equal the CLI's (${expected.length})`,
    !seen.error?.startsWith('no diagnostics') && diagnostics.length > 0 && !difference && notOurs.length === 0,
    [seen.error, difference, notOurs.length ? `without source oped-facts:\n${notOurs.join('\n')}` : ''].filter(Boolean).join('\n')));

  const hover = seen.hover ?? '';
  const missing = targets.card.filter((text) => !hover.includes(text));
  checks.push(outcome(`${name}: the hover on "twenty-five" is the fact card`, hover && missing.length === 0,
    seen.hover_error ?? (hover ? `the hover lacks ${missing.map((m) => JSON.stringify(m)).join(', ')}:\n${hover}` : 'no hover')));

  const after = (seen.diagnostics_after_fix ?? []).map(shown);
  const stillThere = after.some((d) => d.line === targets.wrong.line && d.code === 'casualty-mismatch');
  const line = seen.line_after_fix ?? '';
  checks.push(outcome(`${name}: the quick fix ${targets.fixTitle} fixes the line`,
    (seen.actions ?? []).includes(targets.fixTitle) && line.includes(`killed ${targets.fixed} residents`) && after.length === diagnostics.length - 1 && !stillThere,
    [seen.error, `offered: ${JSON.stringify(seen.actions ?? [])}`, `line after: ${line}`,
      `diagnostics after: ${after.length} (before: ${diagnostics.length})${stillThere ? '; the casualty-mismatch is still there' : ''}`].filter(Boolean).join('\n')));
  return checks;
}
