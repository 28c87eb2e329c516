// The VS Code workbench as a person uses it, through the keyboard and the mouse, and read
// back from what is on the screen (editor lines, squiggles, Problems rows, the hover
// widget, the status bar). Every wait polls a visible condition up to a deadline; none
// sleeps for a fixed time. Selectors are VS Code 1.100's (code-server 4.100.3).
import { join } from 'node:path';

/** The editor area only: the Output panel is a Monaco editor too. */
const EDITOR = '.part.editor .editor-group-container.active .monaco-editor';

export class Workbench {
  constructor(page, { timeoutMs, shots }) {
    this.page = page;
    this.timeoutMs = timeoutMs;
    this.shots = shots;
    this.screenshots = [];
  }

  /**
   * Polls `probe` (an async function returning a truthy value when the condition holds)
   * every 100 ms until the deadline. `what` names the condition in the error, with the
   * last thing seen, so a failure says what was on the screen instead.
   */
  async until(what, probe, timeoutMs = this.timeoutMs) {
    const end = Date.now() + timeoutMs;
    let last;
    for (;;) {
      try {
        last = await probe();
        if (last && !(typeof last === 'object' && 'notYet' in last)) return last;
      } catch (error) {
        last = { error: String(error).split('\n')[0] };
      }
      if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last && typeof last === 'object' && 'notYet' in last ? `; last seen: ${JSON.stringify(last.notYet)}` : last?.error ? `; ${last.error}` : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async screenshot(name, options = {}) {
    const path = join(this.shots, name);
    // animations: 'disabled' ends the hover's fade-in, so a shot never catches it half drawn
    await this.page.screenshot({ path, animations: 'disabled', ...options });
    this.screenshots.push(path);
    return path;
  }

  /** Loads the workbench and waits for the Explorer to show the folder's files. */
  async open(url) {
    const timeout = Math.max(this.timeoutMs, 60_000); // a cold start on a loaded machine takes a while
    await this.page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    await this.page.locator('.monaco-workbench').waitFor({ timeout });
    await this.page.getByRole('treeitem', { name: 'facts.yaml' }).waitFor({ timeout });
  }

  /**
   * Ctrl+P, the file's name (or `query`, such as its path), Enter; waits until its tab is
   * the active one. (A path keeps Quick Open from picking a recent editor of the same name,
   * such as a Markdown preview.)
   */
  async quickOpen(fileName, query = fileName) {
    // the row of the file itself ("ashgrove-dam.md drafts, ..."), not one that only mentions it ("Preview ashgrove-dam.md")
    await this.quickInput('Control+P', query, (label) => label.startsWith(`${fileName} `) || label.startsWith(`${fileName},`) || label === fileName);
    await this.until(`the active tab to be ${fileName}`, async () => (await this.activeTab()) === fileName || { notYet: await this.activeTab() });
  }

  /** F1 (the Command Palette), the command's title, Enter. */
  async command(title) {
    await this.quickInput('F1', title, title);
  }

  /** Ctrl+G, "line:column", Enter; waits until the status bar shows the cursor there. */
  async goTo(line, column) {
    const want = `Ln ${line}, Col ${column}`;
    await this.quickInput('Control+G', `${line}:${column}`, null);
    await this.until(`the cursor at ${want}`, async () => {
      const at = await this.page.locator('.statusbar-item[id="status.editor.selection"]').innerText().catch(() => '');
      return at.trim() === want || { notYet: at.trim() };
    });
  }

  /**
   * A quick input (Quick Open, the Command Palette, Go to Line) as a person uses it: `key`
   * opens it, `text` is typed, and Enter is pressed once the focused row is the wanted one
   * (its label includes `row`, or passes `row` when it is a function; `row` null: no list,
   * as in Go to Line).
   *
   * A Markdown preview (a webview) takes the focus when its page is ready, which can be
   * after the key was pressed: the quick input then loses the focus and closes, with half
   * the text typed or none. So the whole of it is tried again until the input has kept the
   * focus and holds the text, as a person would look and start over.
   */
  async quickInput(key, text, row) {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await this.until(`${key} to open a quick input that keeps the focus and holds "${text}"`, async () => {
      if (await input.isVisible()) {
        await this.page.keyboard.press('Escape'); // a quick input left from a try that lost the focus
        await input.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => {});
      }
      await this.page.keyboard.press(key);
      const opened = await input.waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false);
      if (!opened) return { notYet: 'the quick input did not open' };
      const focused = async () => input.evaluate((el) => el === document.activeElement).catch(() => false);
      if (!(await focused())) return { notYet: 'the quick input opened without the focus' };
      await this.page.keyboard.type(text);
      const value = await input.inputValue({ timeout: 1000 }).catch(() => '');
      // (the Command Palette's value starts with ">", Go to Line's with ":")
      if (!value.endsWith(text) || !(await focused())) return { notYet: `the quick input holds "${value}"` };
      return true;
    });
    if (row) {
      await this.until(`the quick input's focused row to be ${typeof row === 'function' ? `the one of "${text}"` : `"${row}"`}`, async () => {
        const focused = await this.page.locator('.quick-input-widget .monaco-list-row.focused').first().getAttribute('aria-label', { timeout: 1000 }).catch(() => null);
        return (focused !== null && (typeof row === 'function' ? row(focused) : focused.includes(row))) || { notYet: focused };
      });
    }
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: this.timeoutMs });
  }

  async activeTab() {
    return this.page.locator('.part.editor .tab.active').first().getAttribute('data-resource-name', { timeout: 1000 }).catch(() => null);
  }

  /** What the active tab says to a screen reader: "Preview ashgrove-dam.memo.md" for a Markdown preview. */
  async activeTabLabel() {
    return this.page.locator('.part.editor .tab.active').first().getAttribute('aria-label', { timeout: 1000 }).catch(() => null);
  }

  /** The names of the open tabs. */
  async tabs() {
    return this.page.locator('.part.editor .tab').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-resource-name')));
  }

  /** The rendered lines of the active editor, spaces as spaces (Monaco renders U+00A0). */
  async editorText() {
    return (await this.page.locator(`${EDITOR} .view-lines`).first().innerText({ timeout: 1000 })).replace(/\u00a0/g, ' ');
  }

  async waitForEditorText(text) {
    await this.until(`the editor to show "${text}"`, async () => (await this.editorText()).includes(text) || { notYet: 'not in the rendered lines' });
  }

  /** Error and warning squiggles drawn in the active editor. */
  async squiggles() {
    return this.page.locator(`${EDITOR} .squiggly-error, ${EDITOR} .squiggly-warning`).count();
  }

  /** Whether an error or warning squiggle is drawn under a word on the screen. */
  async squiggleUnder(word) {
    const box = await this.wordBox(word);
    const squiggles = await this.page.locator(`${EDITOR} .squiggly-error, ${EDITOR} .squiggly-warning`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    return squiggles.some((q) => q.x < box.x + box.width && q.x + q.width > box.x && q.y < box.y + box.height && q.y + q.height > box.y);
  }

  /** Ctrl+Shift+M (View: Problems) unless it is on the screen already: the key toggles it. */
  async showProblems() {
    if (await this.page.locator('.markers-panel').isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ state: 'visible', timeout: this.timeoutMs });
  }

  /** Ctrl+J (View: Toggle Panel) if the panel is open: the editor gets the whole height. */
  async hidePanel() {
    const panel = this.page.locator('.part.panel');
    if (!(await panel.isVisible())) return;
    await this.page.keyboard.press('Control+J');
    await panel.waitFor({ state: 'hidden', timeout: this.timeoutMs });
  }

  /**
   * Every row of the Problems tree: a file row ("10 problems in file ashgrove-dam.md of
   * folder drafts") then its problems, each with the text a person reads in it (message,
   * source, code, "[Ln 21, Col 27]"). The tree draws only the rows that fit in the panel,
   * so this scrolls it with the mouse wheel, as a person would, until every row has been
   * drawn, then back to the top. How many rows there are comes from the height of the
   * list's content (rows are all one height), not from a "last row" mark, which the tree
   * does not always move when a row goes.
   */
  async problems() {
    const panel = this.page.locator('.markers-panel .monaco-list').first();
    if (!(await panel.isVisible())) throw new Error('the Problems panel is not on the screen');
    // (.monaco-list-rows: not the copies of file rows that sticky scroll pins at the top)
    const read = () => this.page.locator('.markers-panel .monaco-list-rows').first().evaluate((container) => {
      const rows = [...container.querySelectorAll(':scope > .monaco-list-row')].map((r) => ({
        index: Number(r.dataset.index),
        height: r.offsetHeight,
        level: Number(r.getAttribute('aria-level')),
        label: r.getAttribute('aria-label') ?? '',
        text: r.innerText.replace(/\s+/g, ' ').trim(),
      }));
      const total = rows.length ? Math.round(container.offsetHeight / rows[0].height) : 0;
      return { total, rows, first: Math.min(...rows.map((r) => r.index)), last: Math.max(...rows.map((r) => r.index)) };
    });
    const box = await panel.boundingBox();
    const wheel = async (dy) => {
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await this.page.mouse.wheel(0, dy);
    };
    // wheel up a panel's height at a time until the first row is drawn
    const toTop = () => this.until('the Problems panel to scroll to its top', async () => {
      const { first } = await read();
      if (!(first > 0)) return true;
      await wheel(-box.height);
      return { notYet: first };
    }, 5_000);
    let view = await read();
    if (view.first > 0) {
      await toTop();
      view = await read();
    }
    const byIndex = new Map();
    let scrolled = false;
    for (let turn = 0; ; turn++) {
      for (const r of view.rows) byIndex.set(r.index, r);
      if (view.last >= view.total - 1 || !view.rows.length) break;
      if (turn > 50) throw new Error('the Problems panel did not scroll to its end');
      const before = view.last;
      await wheel(Math.max(44, box.height - 44));
      scrolled = true;
      view = await this.until('the Problems panel to scroll', async () => {
        const now = await read();
        return now.last > before ? now : { notYet: now.last };
      }, 5_000);
    }
    if (scrolled) await toTop(); // leave it at the top, as it was
    const total = view.total;
    if ([...Array(total).keys()].some((i) => !byIndex.has(i))) throw new Error('the Problems tree changed while it was read');
    // group problems under their file; related-information rows (level 3) are not problems
    const files = [];
    for (const row of [...byIndex.values()].filter((r) => r.index < total).sort((a, b) => a.index - b.index)) {
      if (row.level === 1) files.push({ file: /in file (\S+)/.exec(row.label)?.[1], label: row.label, problems: [] });
      else if (row.level === 2 && files.length) files.at(-1).problems.push(row.text);
    }
    return files;
  }

  /** Scrolls the Problems panel until a file's row and its first problem are on the screen (for a screenshot). */
  async revealProblemsOf(fileName) {
    const box = await this.page.locator('.markers-panel .monaco-list').first().boundingBox();
    const rows = '.markers-panel .monaco-list-rows > .monaco-list-row';
    const inside = (b) => b && b.y >= box.y && b.y + b.height <= box.y + box.height;
    await this.until(`the Problems row of ${fileName} on the screen`, async () => {
      const fileRow = this.page.locator(`${rows}[aria-label*="in file ${fileName} "]`).first();
      const at = (await fileRow.count()) ? await fileRow.boundingBox() : null;
      const index = at && (await fileRow.getAttribute('data-index'));
      const next = this.page.locator(`${rows}[data-index="${Number(index) + 1}"]`).first();
      const nextAt = at && (await next.count()) ? await next.boundingBox() : null;
      if (inside(at) && inside(nextAt)) return true;
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await this.page.mouse.wheel(0, at && at.y < box.y ? -44 : 44);
      return { notYet: at };
    });
  }

  /** Problem texts of one file ('' rows when the file is not listed). */
  async problemsOf(fileName) {
    return (await this.problems()).find((f) => f.file === fileName)?.problems ?? [];
  }

  /** Waits until `test(problemsOfFile)` holds; `what` for the error. */
  async waitForProblems(fileName, what, test) {
    await this.showProblems();
    return this.until(what, async () => {
      const problems = await this.problemsOf(fileName);
      return test(problems) ? problems : { notYet: problems };
    });
  }

  /**
   * Rest the mouse on a word of the active editor (its first rendered occurrence) and wait
   * for the hover widget to show `expect` (a text, or every text of a list); returns the hover's text.
   */
  async hover(word, expect) {
    const box = await this.wordBox(word);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // VS Code draws the diagnostic's part of a hover first and adds the server's card when it
    // comes, so the hover is read once it holds every text expected, not at its first frame.
    const wanted = [expect].flat();
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: wanted[0] }).first();
    await hover.waitFor({ state: 'visible', timeout: this.timeoutMs });
    const text = await this.until(`the hover to show ${JSON.stringify(wanted)}`, async () => {
      const shown = (await hover.innerText({ timeout: 1000 })).replace(/\u00a0/g, ' ');
      return wanted.every((t) => shown.includes(t)) ? shown : { notYet: shown };
    });
    return { text, box: await hover.boundingBox(), word: box };
  }

  /**
   * Whether the visible hover shows all its content without scrolling (issue 11: the card
   * was cut off at 1440x900): no element inside it holds more than it shows. Returns the
   * worst overflow in pixels (0 when it fits) and the card's height.
   */
  async hoverOverflow() {
    return this.page.locator('.monaco-hover:not(.hidden)').first().evaluate((hover) => {
      let worst = 0;
      for (const el of [hover, ...hover.querySelectorAll('*')]) {
        if (el.clientHeight > 0) worst = Math.max(worst, el.scrollHeight - el.clientHeight);
      }
      return { overflow: worst, height: hover.getBoundingClientRect().height };
    });
  }

  /** Moves the mouse off the text and closes any hover, so it does not come back. */
  async mouseAway() {
    const status = await this.page.locator('.part.statusbar').boundingBox();
    await this.page.mouse.move(status.x + status.width / 2, status.y + status.height / 2);
    await this.page.keyboard.press('Escape');
    await this.page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: this.timeoutMs }).catch(() => undefined);
  }

  /** The screen box of a word in the active editor's rendered lines, from a DOM Range over its text. */
  async wordBox(word) {
    return this.until(`"${word}" to be on the screen`, () => this.page.locator(`${EDITOR} .view-lines`).first().evaluate((lines, wanted) => {
      for (const line of lines.querySelectorAll('.view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push({ n, at: text.length }); text += n.data.replace(/\u00a0/g, ' '); }
        const start = text.indexOf(wanted);
        if (start < 0) continue;
        const end = start + wanted.length;
        const locate = (offset) => { const hit = nodes.findLast((x) => x.at <= offset); return [hit.n, offset - hit.at]; };
        const range = document.createRange();
        range.setStart(...locate(start));
        range.setEnd(...locate(end - 1));
        range.setEnd(range.endContainer, range.endOffset + 1);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return null;
    }, word));
  }

  /**
   * Ctrl+. at the cursor, then the keyboard down the light-bulb menu until the focused row is
   * `title`, and Enter (clicking a row of that menu is unreliable; the keyboard is not).
   * Returns the titles the menu offered.
   */
  async quickFix(title) {
    await this.page.keyboard.press('Control+.');
    const rows = this.page.locator('.action-widget .monaco-list-row');
    await rows.filter({ hasText: title }).first().waitFor({ state: 'visible', timeout: this.timeoutMs });
    const offered = (await rows.evaluateAll((els) => els.map((e) => e.innerText.trim()))).filter(Boolean);
    for (let step = 0; step <= offered.length; step++) {
      const focused = (await this.page.locator('.action-widget .monaco-list-row.focused').first().innerText({ timeout: 1000 }).catch(() => '')).trim();
      if (focused.includes(title)) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: this.timeoutMs });
        return offered;
      }
      await this.page.keyboard.press('ArrowDown');
      await this.until('the menu focus to move', async () => {
        const now = (await this.page.locator('.action-widget .monaco-list-row.focused').first().innerText({ timeout: 1000 }).catch(() => '')).trim();
        return now !== focused || { notYet: now };
      });
    }
    throw new Error(`"${title}" never got the focus in the quick-fix menu: ${JSON.stringify(offered)}`);
  }

  /** The text of the status-bar item that matches `pattern`, or null. */
  async statusItem(pattern) {
    const texts = await this.page.locator('.part.statusbar .statusbar-item').evaluateAll((items) => items.map((i) => i.innerText.trim()));
    return texts.find((t) => pattern.test(t)) ?? null;
  }

  /**
   * Rests the mouse on the status-bar item whose text matches `pattern` and returns the
   * tooltip VS Code shows for it (a workbench hover), as text.
   */
  async statusTooltip(pattern) {
    const item = this.page.locator('.part.statusbar .statusbar-item').filter({ hasText: pattern }).first();
    await item.hover();
    const hover = this.page.locator('.workbench-hover').first();
    await hover.waitFor({ state: 'visible', timeout: this.timeoutMs });
    const text = (await hover.innerText()).replace(/\s+/g, ' ').trim();
    await this.mouseAway();
    return text;
  }

  /**
   * Ctrl+Shift+E (Show Explorer), then gives one of its sections (a view, such as
   * "Claims") the room: the folder's section is collapsed, as a person does to see a
   * view below it, and the section expanded. Returns the section's locator.
   */
  async showExplorerSection(name) {
    await this.page.keyboard.press('Control+Shift+E');
    const sidebar = this.page.locator('.part.sidebar');
    await sidebar.waitFor({ state: 'visible', timeout: this.timeoutMs });
    const header = sidebar.locator(`.pane-header[aria-label^="${name}"]`).first();
    await header.waitFor({ state: 'visible', timeout: this.timeoutMs });
    const folder = sidebar.locator('.pane-header[aria-label^="Explorer Section"]').first();
    if ((await folder.getAttribute('aria-expanded')) === 'true') await folder.click();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await this.until(`the ${name} section to be expanded`, async () => (await header.getAttribute('aria-expanded')) === 'true' || { notYet: 'collapsed' });
    // (`has` takes a locator relative to the pane: not one rooted at the side bar)
    return sidebar.locator('.pane').filter({ has: this.page.locator(`.pane-header[aria-label^="${name}"]`) });
  }

  /** The rows of an Explorer section's tree on the screen: level, label and description, as a person reads them. */
  async treeRows(section) {
    return section.locator('.monaco-list-rows > .monaco-list-row').evaluateAll((rows) => rows
      .map((r) => ({
        index: Number(r.dataset.index),
        level: Number(r.getAttribute('aria-level')),
        label: r.querySelector('.label-name')?.textContent.trim() ?? '',
        description: r.querySelector('.label-description')?.textContent.trim() ?? '',
      }))
      .sort((a, b) => a.index - b.index));
  }

  /** Clicks the row of an Explorer section's tree whose label is `label`. */
  async clickTreeRow(section, label) {
    const exactly = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const row = section.locator('.monaco-list-rows > .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exactly }) }).first();
    await row.waitFor({ state: 'visible', timeout: this.timeoutMs });
    await row.click();
  }

  /** Clicks a button of a section's toolbar (its header's actions, shown when the mouse is on the header). */
  async sectionAction(section, title) {
    const header = section.locator('.pane-header').first();
    await header.hover();
    await header.locator(`.action-label[aria-label="${title}"]`).click();
  }

  /** The text of the active editor's selection, as Ctrl+F puts it into the Find box (then closed). */
  async selectedText() {
    await this.page.keyboard.press('Control+F');
    const find = this.page.locator('.part.editor .editor-group-container.active .find-widget.visible .find-part textarea').first();
    await find.waitFor({ state: 'visible', timeout: this.timeoutMs });
    await this.until('the Find box to have the focus', () => find.evaluate((el) => el === document.activeElement));
    const text = await find.inputValue();
    // Escape closes the Find box; but while notification toasts show, the first Escape hides them
    await this.until('the Find box to close', async () => {
      await this.page.keyboard.press('Escape');
      return find.waitFor({ state: 'hidden', timeout: 1000 }).then(() => true, () => ({ notYet: 'open' }));
    });
    return text;
  }

  /** The cursor and selection as the status bar gives them: "Ln 72, Col 24 (14 selected)". */
  async selectionStatus() {
    return (await this.page.locator('.statusbar-item[id="status.editor.selection"]').innerText({ timeout: 1000 }).catch(() => '')).trim();
  }

  /**
   * The lines of the active editor on the screen, each as its line number, its text (the
   * view lines of a wrapped line joined) and the inlay hints drawn in it, each with the
   * column it stands before. Monaco draws an inlay hint as injected text, spans whose
   * class is a dynamic rule (dyn-rule-N-M), one for the hint's padding and one for its
   * label; they are not the document's text, so they do not count in the columns.
   */
  async renderedLines() {
    return this.page.locator(EDITOR).first().evaluate((editor) => {
      const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
        .map((n) => ({ line: Number(n.textContent), y: n.getBoundingClientRect().y }))
        .filter((n) => n.line > 0)
        .sort((a, b) => a.y - b.y);
      const lines = new Map();
      const views = [...editor.querySelectorAll('.view-lines .view-line')].sort((a, b) => a.getBoundingClientRect().y - b.getBoundingClientRect().y);
      for (const view of views) {
        const y = view.getBoundingClientRect().y;
        const at = numbers.findLast((n) => n.y <= y + 1);
        if (!at) continue; // the tail of a wrapped line whose start is off the screen
        const entry = lines.get(at.line) ?? { line: at.line, text: '', hints: [] };
        for (const span of view.querySelectorAll(':scope > span > span')) {
          const text = span.textContent.replace(/\u00a0/g, ' ');
          if (/(^|\s)dyn-rule-/.test(span.className)) {
            if (text.trim()) entry.hints.push({ column: entry.text.length + 1, label: text.trim() });
          } else entry.text += text;
        }
        lines.set(at.line, entry);
      }
      return [...lines.values()];
    });
  }

  /** F1, "View: Close All Editors"; unsaved changes are thrown away (the dialog's "Don't Save"). */
  async closeAllEditors() {
    await this.command('View: Close All Editors');
    const dialog = this.page.locator('.monaco-dialog-box');
    await this.until('every editor to close', async () => {
      if (await dialog.isVisible()) await dialog.locator('.monaco-button', { hasText: /Don.t Save/ }).click();
      const open = await this.tabs();
      return open.length === 0 || { notYet: open };
    });
  }

  /** Clicks a button of the modal dialog on the screen; returns the dialog's text. */
  async answerDialog(button) {
    const dialog = this.page.locator('.monaco-dialog-box').first();
    await dialog.waitFor({ state: 'visible', timeout: this.timeoutMs });
    const text = (await dialog.locator('.dialog-message-container').first().innerText()).replace(/\s+/g, ' ').trim();
    await dialog.locator('.monaco-button', { hasText: button }).first().click();
    await dialog.waitFor({ state: 'hidden', timeout: this.timeoutMs });
    return text;
  }

  /** Notification toasts on the screen, as text. */
  async notifications() {
    return this.page.locator('.notifications-toasts .notification-toast').evaluateAll((toasts) => toasts.map((t) => t.innerText.replace(/\s+/g, ' ').trim()));
  }

  /** Ctrl+S, then waits until the active tab no longer shows unsaved changes. */
  async save() {
    await this.page.keyboard.press('Control+S');
    await this.until('the active tab to be saved', async () => !(await this.page.locator('.part.editor .tab.active.dirty').count()) || { notYet: 'dirty' });
  }
}
