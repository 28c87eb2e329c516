#!/usr/bin/env node
// npm run test:e2e: the end-to-end tier. Packages the extension (npm run package), installs
// the .vsix into a real VS Code (code-server) and drives it in Chromium, then attaches
// Neovim and Emacs (eglot) to dist/server.js, and runs the repository's pre-commit hook
// with Debian's pre-commit (test/e2e/precommit.mjs). Ends with "N passed, N failed" on a line of
// its own; exit status 1 when anything failed. Screenshots and logs: test-results/e2e/.
//
// Needs what scripts/e2e/install.sh installs (apt chromium neovim emacs-nox elpa-eglot,
// pre-commit, and code-server in ~/.cache/oped-facts-e2e). Options:
//   --only vscode,neovim,emacs,precommit   run some suites (precommit alone packages nothing)
//   --no-package                           use the .vsix already built
//   --docs-screenshot            also write docs/screenshot.png from the hover step
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runHeadless } from './headless.mjs';
import { ROOT, RESULTS, seconds } from './lib/util.mjs';
import { findCodeServer } from './vscode/codeServer.mjs';
import { preCommitVersion, runPreCommit } from './precommit.mjs';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const only = (option('--only') ?? 'vscode,neovim,emacs,precommit').split(',');
const results = [];
const started = Date.now();

/** Prints a suite's checks as they come, ✓ or ✗ with the reason indented under it. */
function report(checks) {
  for (const c of checks) {
    results.push(c);
    console.log(`  ${c.ok ? '✓' : '✗'} ${c.name}`);
    if (c.detail && (!c.ok || process.env.E2E_VERBOSE)) console.log(c.detail.replace(/^/gm, '      '));
  }
}

function header(text) {
  console.log(`\n${text}`);
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

// 1. The .vsix, built from the current source as a user gets it. vsce runs the
//    vscode:prepublish script, so dist/ (which Neovim and Emacs use too) is the production build.
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const vsix = join(ROOT, `oped-facts-${version}.vsix`);
// (pre-commit builds the hook from a snapshot of the source itself, so it needs no .vsix.)
const editors = only.some((s) => ['vscode', 'neovim', 'emacs'].includes(s));
if (editors && (!args.includes('--no-package') || !existsSync(vsix))) {
  const t = Date.now();
  const built = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (built.status !== 0 || !existsSync(vsix)) {
    console.log(`npm run package failed:\n${built.stdout}\n${built.stderr}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`packaged ${relative(ROOT, vsix)} in ${seconds(Date.now() - t)}`);
}

// 2. VS Code.
if (only.includes('vscode')) {
  header('VS Code (code-server 4.100.3 in Chromium)');
  const entry = findCodeServer();
  const t = Date.now();
  if (!entry || !existsSync('/usr/bin/chromium')) {
    report([{ name: 'vscode: code-server and chromium are installed', ok: false, detail: 'run scripts/e2e/install.sh first (apt chromium, and code-server into ~/.cache/oped-facts-e2e; about a minute)' }]);
  } else {
    const { runVSCode } = await import('./vscode/scenario.mjs');
    const out = join(RESULTS, 'vscode');
    mkdirSync(out, { recursive: true });
    const docs = args.includes('--docs-screenshot') ? join(ROOT, 'docs', 'screenshot.png') : undefined;
    if (docs) mkdirSync(join(ROOT, 'docs'), { recursive: true });
    const { checks, timings } = await runVSCode({ entry, vsix, out, docsScreenshot: docs });
    report(checks);
    const steps = Object.entries(timings).filter(([k]) => k.startsWith('vscode')).map(([, v]) => seconds(v)).join(' / ');
    console.log(`  (${seconds(Date.now() - t)}: install the .vsix ${seconds(timings.install ?? 0)}, start code-server ${seconds(timings.start ?? 0)}, load the workbench ${seconds(timings.browser ?? 0)}, steps ${steps}, stop ${seconds(timings.stop ?? 0)})`);
  }
}

// 3. Neovim and Emacs.
for (const name of ['neovim', 'emacs']) {
  if (!only.includes(name)) continue;
  const program = name === 'neovim' ? 'nvim' : 'emacs';
  header(name === 'neovim' ? `Neovim (${firstLine(program, '--version')}, vim.lsp.start_client)` : `Emacs (${firstLine(program, '--version')}, eglot)`);
  if (!firstLine(program, '--version')) {
    report([{ name: `${name}: ${program} is installed`, ok: false, detail: 'run scripts/e2e/install.sh first' }]);
    continue;
  }
  const { ms, checks } = await runHeadless(name);
  report(checks);
  console.log(`  (${seconds(ms)})`);
}

// 4. pre-commit, as a newsroom's drafts repository runs the hook.
if (only.includes('precommit')) {
  const preCommit = preCommitVersion();
  header(`pre-commit (${preCommit || 'not installed'}, language: node on the system Node ${process.version})`);
  if (!preCommit) {
    report([{ name: 'precommit: pre-commit is installed', ok: false, detail: 'run scripts/e2e/install.sh first (apt pre-commit)' }]);
  } else {
    const t = Date.now();
    const { checks, timings } = await runPreCommit();
    report(checks);
    const runs = ['run-wrong', 'run-fixed', 'commit-drafts', 'commit-facts'].filter((k) => k in timings).map((k) => seconds(timings[k])).join(' / ');
    const retry = 'install-workaround' in timings ? `, again with the workaround ${seconds(timings['install-workaround'])}` : '';
    console.log(`  (${seconds(Date.now() - t)}: build and install the hook ${seconds(timings.install ?? 0)}${retry}, runs ${runs})`);
  }
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\nend-to-end: ${seconds(Date.now() - started)}; screenshots and logs in ${relative(process.cwd(), RESULTS) || RESULTS}/`);
if (failed) {
  console.log(`FAILED: see ${relative(process.cwd(), RESULTS)}/vscode/ (screenshots, exthost.log, output-Op-Ed-Facts.log, code-server.log, browser-console.log)`);
  console.log(`        and ${relative(process.cwd(), RESULTS)}/{neovim,emacs}/ (seen.json, editor.log), ${relative(process.cwd(), RESULTS)}/precommit/precommit.log`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

function firstLine(program, flag) {
  try {
    // XDG_CACHE_HOME: Neovim 0.7 creates ~/.cache/nvim/log even for --version
    return execFileSync(program, [flag], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(RESULTS, '.cache') }, stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim();
  } catch {
    return '';
  }
}
