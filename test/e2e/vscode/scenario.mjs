// The VS Code scenario: the packaged .vsix installed into code-server, a workspace made
// from examples/ (plus drafts/tessel-ford.md, never opened), driven in Debian's Chromium
// by playwright-core. Eight steps, each a check; a failed step leaves a screenshot and the
// run goes on with the next, so one failure does not hide the others.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, cliCheck, cliDiagnostics, exampleTargets, makeWorkspace, outcome } from '../lib/util.mjs';
import { CodeServer } from './codeServer.mjs';
import { Workbench } from './workbench.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.E2E_STEP_TIMEOUT_MS || 30_000);
const DRAFT = 'ashgrove-dam.md';
const SECOND = 'tessel-ford.md';
const FACTS = 'facts.yaml';

/** A Problems row's "[Ln 21, Col 27]". */
const at = (d) => `[Ln ${d.line}, Col ${d.column}]`;
/** The text the status-bar item shows for a draft's diagnostics. */
const counts = (diagnostics) => `✗ ${diagnostics.filter((d) => d.severity === 'error').length} ⚠ ${diagnostics.filter((d) => d.severity === 'warning').length}`;
const lineOf = (file, pattern) => readFileSync(file, 'utf8').split('\n').findIndex((l) => pattern.test(l)) + 1;

export async function runVSCode({ entry, vsix, out, docsScreenshot }) {
  const ws = makeWorkspace('vscode');
  const targets = exampleTargets(ws);
  const server = new CodeServer({ entry, tmp: ws.tmp, out });
  const checks = [];
  const timings = {};
  let browser;
  let wb;
  const console_ = [];

  /** Runs one step as one check; on failure, a screenshot and Escape, then on to the next. */
  const step = async (name, body) => {
    const started = Date.now();
    try {
      const detail = await body();
      checks.push(outcome(name, true, detail ?? ''));
    } catch (error) {
      let shot = '';
      if (wb) shot = await wb.screenshot(`failed-step-${checks.length + 1}.png`).catch(() => '');
      checks.push(outcome(name, false, `${String(error.message ?? error).replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(0, 6).join('\n')}${shot ? `\nscreenshot: ${relative(ROOT, shot)}` : ''}`));
      if (wb) { await wb.page.keyboard.press('Escape').catch(() => {}); await wb.page.keyboard.press('Escape').catch(() => {}); }
    }
    timings[name] = Date.now() - started;
  };

  try {
    let t = Date.now();
    const installed = server.install(vsix);
    timings.install = Date.now() - t;
    t = Date.now();
    const url = await server.start(ws.workspace);
    timings.start = Date.now() - t;
    t = Date.now();
    browser = await chromium.launchPersistentContext(join(ws.tmp, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1500, height: 1000 },
      env: { ...process.env, HOME: join(ws.tmp, 'home') }, // else Chromium writes ~/.config/chromium
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.on('console', (m) => { if (m.type() === 'error') console_.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => console_.push(`pageerror: ${String(e)}`));
    wb = new Workbench(page, { timeoutMs: TIMEOUT_MS, shots: out });
    await wb.open(url);
    timings.browser = Date.now() - t;

    await step('vscode 1: opening the draft activates the extension; squiggles and Problems rows with our codes', async () => {
      await wb.quickOpen(DRAFT);
      // (squiggles are drawn for the lines on the screen only)
      await wb.until('squiggles in the draft', async () => (await wb.squiggles()) > 0 || { notYet: 0 });
      for (const word of ['Wednesday', 'twenty-five']) {
        await wb.until(`a squiggle under "${word}"`, () => wb.squiggleUnder(word));
      }
      await wb.showProblems();
      // every diagnostic of the CLI is a Problems row with its message, source, code and position
      const expected = targets.diagnostics.map((d) => [d.message, 'oped-facts', d.code, at(d)]);
      await wb.waitForProblems(DRAFT, `the ${expected.length} problems of the CLI in the Problems panel`, (rows) =>
        rows.length === expected.length && expected.every((parts) => rows.some((r) => parts.every((p) => r.includes(p)))));
      const activation = readLogs(server, /_doActivateExtension oped-facts\.oped-facts.*/);
      if (!activation) throw new Error('the extension host log does not say the extension was activated');
      // the language status item says the server runs and has checked a draft
      const status = await page.locator('.statusbar-item[id="status.languageStatus"]').getAttribute('aria-label');
      if (!/Op-Ed Facts, last check/.test(status ?? '')) throw new Error(`the language status does not show a check: ${status}`);
      await wb.screenshot('1-diagnostics.png');
      return `${expected.length} rows; ${activation.replace(/^.*_doActivateExtension /, 'activated: ')}; ${installed}`;
    });

    const wrongWord = 'twenty-five';
    await step(`vscode 2: hovering "${wrongWord}" (line ${targets.wrong.line}) shows the fact card`, async () => {
      await wb.hidePanel(); // the whole height for the editor and the card
      await wb.goTo(targets.wrong.line, targets.wrong.column);
      const hover = await wb.hover(wrongWord, targets.card[0]);
      const missing = targets.card.filter((text) => !hover.text.includes(text));
      if (missing.length) throw new Error(`the hover lacks ${JSON.stringify(missing)}:\n${hover.text}`);
      // The diagnostic's message leads the hover; the card below it does not say the same again (issue 11).
      if (!hover.text.trim().startsWith('The fact file says')) throw new Error(`the hover does not lead with the verdict:\n${hover.text}`);
      if (hover.text.split('The fact file says').length !== 2) throw new Error(`the hover says "The fact file says" more than once:\n${hover.text}`);
      await wb.screenshot('2-hover.png');
      if (docsScreenshot) await saveDocsScreenshot(wb, wrongWord, targets.card[0], docsScreenshot);
      await wb.mouseAway();
    });

    await step('vscode 2b: at 1440x900 the whole fact card shows without scrolling, its sources included', async () => {
      const viewport = page.viewportSize();
      await page.setViewportSize({ width: 1440, height: 900 });
      try {
        await wb.goTo(targets.wrong.line, targets.wrong.column);
        const hover = await wb.hover(wrongWord, targets.card[0]);
        const { overflow, height } = await wb.hoverOverflow();
        await wb.screenshot('2b-hover-1440x900.png');
        if (overflow > 1) throw new Error(`the card scrolls: ${overflow} px of its ${Math.round(height)} px are hidden:\n${hover.text}`);
        return `card ${Math.round(height)} px, nothing hidden`;
      } finally {
        await wb.mouseAway();
        await page.setViewportSize(viewport);
      }
    });

    await step(`vscode 3: the quick fix ${targets.fixTitle} is applied and its Problems row goes`, async () => {
      await wb.goTo(targets.wrong.line, targets.wrong.column);
      await wb.mouseAway();
      const offered = await wb.quickFix(targets.fixTitle);
      await wb.waitForEditorText(`killed ${targets.fixed} residents`);
      // the Problems panel refreshes later than the squiggles
      const rows = await wb.waitForProblems(DRAFT, 'the Problems row of "twenty-five" to go', (rows) =>
        rows.length === targets.diagnostics.length - 1 && !rows.some((r) => r.includes('the draft says twenty-five')));
      await wb.save(); // a person saves; the CLI reads the disk below
      await wb.screenshot('3-after-quick-fix.png');
      return `offered: ${offered.join(' | ')}; ${rows.length} rows left`;
    });

    await step(`vscode 4: changing wounded 41 to 42 in the fact file updates the open draft (a new casualty-mismatch on "41", line ${targets.woundedLine})`, async () => {
      const line = lineOf(ws.facts, /^\s*wounded: \{residents: 41\}/);
      if (!line) throw new Error('facts.yaml has no "wounded: {residents: 41}" line');
      const column = readFileSync(ws.facts, 'utf8').split('\n')[line - 1].indexOf('41') + 1;
      await wb.quickOpen(FACTS);
      await wb.goTo(line, column);
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.type('42');
      await wb.waitForEditorText('wounded: {residents: 42}');
      await wb.save();
      // the draft's tab stays in the background: its rows change without opening it again
      const rows = await wb.waitForProblems(DRAFT, `a casualty-mismatch on "41" at line ${targets.woundedLine} in the Problems panel`, (rows) =>
        rows.some((r) => r.includes('casualty-mismatch') && r.includes('the draft says 41') && r.includes(`[Ln ${targets.woundedLine},`)));
      await wb.screenshot('4-fact-file-edited.png');
      return rows.find((r) => r.includes('the draft says 41'));
    });

    await step(`vscode 5: the status bar counts the draft; "Check all drafts in the workspace" lists ${SECOND}, never opened`, async () => {
      await wb.quickOpen(DRAFT);
      const draftNow = cliDiagnostics(cliCheck(ws.workspace, ['drafts']), `drafts/${DRAFT}`);
      const want = counts(draftNow);
      await wb.until(`the status bar to show ${want}`, async () => {
        const text = await wb.statusItem(/^✗ \d+ ⚠ \d+$/);
        return text === want || { notYet: text };
      });
      const secondDiagnostics = cliDiagnostics(cliCheck(ws.workspace, [`drafts/${SECOND}`]), `drafts/${SECOND}`);
      if (!secondDiagnostics.length) throw new Error(`the CLI finds nothing in ${SECOND}; the fixture must have an error`);
      const before = await wb.problemsOf(SECOND);
      if (before.length) throw new Error(`${SECOND} is in the Problems panel before the command: ${before}`);
      await wb.command('Op-Ed Facts: Check all drafts in the workspace');
      await wb.waitForProblems(SECOND, `the problems of ${SECOND} in the Problems panel`, (rows) =>
        rows.length === secondDiagnostics.length && secondDiagnostics.every((d) => rows.some((r) => r.includes(d.message) && r.includes(d.code) && r.includes(at(d)))));
      // the summary sums both drafts, as the CLI does
      const all = [...draftNow, ...secondDiagnostics];
      const sum = (severity) => all.filter((d) => d.severity === severity).length;
      const plural = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
      const wantSummary = `Checked 2 drafts: ${plural(sum('error'), 'error')}, ${plural(sum('warning'), 'warning')}`;
      const summary = await wb.until(`the notification "${wantSummary}"`, async () => (await wb.notifications()).find((n) => n.includes(wantSummary)) || { notYet: await wb.notifications() });
      if ((await wb.tabs()).includes(SECOND)) throw new Error(`${SECOND} was opened in an editor`);
      await wb.revealProblemsOf(SECOND);
      await wb.screenshot('5-check-workspace.png');
      return `status bar ${want}; ${summary}`;
    });

    await step('vscode 6: a wrong value in the fact file (age: fifty-eight) is a facts-schema problem from oped-facts', async () => {
      const line = lineOf(ws.facts, /^\s*age: 58\s*$/);
      if (!line) throw new Error('facts.yaml has no "age: 58" line');
      const column = readFileSync(ws.facts, 'utf8').split('\n')[line - 1].indexOf('58') + 1;
      await wb.quickOpen(FACTS);
      await wb.goTo(line, column);
      await page.keyboard.press('Shift+End');
      await page.keyboard.type('fifty-eight');
      await wb.waitForEditorText('age: fifty-eight');
      const rows = await wb.waitForProblems(FACTS, 'a facts-schema row from oped-facts for facts.yaml', (rows) =>
        rows.some((r) => r.includes('oped-facts') && r.includes('facts-schema') && r.includes(`[Ln ${line},`)));
      await wb.until('a squiggle in the fact file', async () => (await wb.squiggles()) > 0 || { notYet: 0 });
      await wb.revealProblemsOf(FACTS);
      await wb.screenshot('6-fact-file-schema.png');
      return rows.find((r) => r.includes('facts-schema'));
    });

    await step(`vscode 7: "Start a fact file from this draft" writes drafts/facts.yaml from ${SECOND}, with its values and no sources`, async () => {
      // The example's fact file sits at the workspace's root and every draft uses it; without it, the draft has none.
      renameSync(ws.facts, `${ws.facts}.away`);
      await wb.quickOpen(SECOND);
      await wb.until('the status bar to say the draft has no fact file', async () => {
        const text = await wb.statusItem(/fact file/i);
        return /no fact file/i.test(text ?? '') || { notYet: text };
      });
      await wb.command('Op-Ed Facts: Start a fact file from this draft');
      await wb.until('facts.yaml to open in the editor', async () => (await wb.activeTab()) === FACTS || { notYet: await wb.activeTab() });
      const started = join(ws.workspace, 'drafts', FACTS);
      const text = await wb.until('drafts/facts.yaml on disk', async () => (existsSync(started) ? readFileSync(started, 'utf8') : { notYet: 'absent' }));
      if (!/sources: \[\]/.test(text)) throw new Error(`the started fact file has no empty sources list:\n${text}`);
      const cli = cliCheck(ws.workspace, [`drafts/${SECOND}`]);
      const mismatches = cliDiagnostics(cli, `drafts/${SECOND}`).filter((d) => /-mismatch$/.test(d.code));
      if (mismatches.length) throw new Error(`the draft disagrees with the fact file started from it: ${JSON.stringify(mismatches)}`);
      const note = await wb.until('the notification that says what was started', async () => (await wb.notifications()).find((n) => n.includes('Op-Ed Facts started drafts/facts.yaml')) || { notYet: await wb.notifications() });
      await wb.screenshot('7-start-fact-file.png');
      return note;
    });
  } catch (error) {
    // the workbench never came up: one failed check says why
    if (wb) await wb.screenshot('failed-start.png').catch(() => {});
    checks.push(outcome('vscode: code-server and the workbench start', false, String(error.message ?? error).split('\n').slice(0, 4).join('\n')));
  } finally {
    const t = Date.now();
    await browser?.close().catch(() => {});
    await server.stop();
    timings.stop = Date.now() - t;
    writeFileSync(join(out, 'browser-console.log'), console_.join('\n'));
    server.keepLogs();
    // the logs are copied; the rest (user data, extensions, workspace copy) goes
    if (!process.env.E2E_KEEP_TMP) rmSync(ws.tmp, { recursive: true, force: true });
  }
  return { checks, timings };
}

/** The first line of VS Code's logs that matches, or null. */
function readLogs(server, pattern) {
  const logs = server.logsText();
  return pattern.exec(logs)?.[0] ?? null;
}

/**
 * docs/screenshot.png for the README (only with --docs-screenshot): the same hover in a
 * window tall enough that VS Code (hover height at most a quarter of the editor's) shows
 * the whole card, cut to the editor's text and the card.
 */
async function saveDocsScreenshot(wb, word, expect, path) {
  const page = wb.page;
  const viewport = page.viewportSize();
  await wb.mouseAway();
  await page.setViewportSize({ width: 1300, height: 2100 });
  try {
    const hover = await wb.hover(word, expect);
    const editor = await page.locator('.part.editor').boundingBox();
    const top = Math.max(editor.y, Math.min(hover.box.y, hover.word.y) - 60);
    // and a dozen lines below the word, for the squiggles on "16" and "56"
    const bottom = Math.max(hover.box.y + hover.box.height, hover.word.y + hover.word.height) + 220;
    const right = Math.min(viewport.width, Math.max(hover.box.x + hover.box.width, hover.word.x) + 40);
    await page.screenshot({ path, clip: { x: editor.x, y: top, width: right - editor.x, height: bottom - top }, animations: 'disabled' });
  } finally {
    await wb.mouseAway();
    await page.setViewportSize(viewport);
  }
}
