// code-server (VS Code 1.100 in a browser) for one scenario run: its own user-data,
// extensions, HOME and XDG folders in the run's temp folder, the .vsix installed with
// `--install-extension` the way a user installs one, served on 127.0.0.1 only.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { killGroup } from '../lib/util.mjs';

/** Where scripts/e2e/install.sh put code-server, unless CODE_SERVER names its entry.js. */
export function findCodeServer() {
  if (process.env.CODE_SERVER) return process.env.CODE_SERVER;
  const tools = process.env.E2E_TOOLS || join(homedir(), '.cache', 'oped-facts-e2e');
  const pointer = join(tools, 'code-server-entry');
  const entry = existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : '';
  return entry && existsSync(entry) ? entry : undefined;
}

/**
 * Workbench settings written before the first start: no welcome page, no trust prompt, no
 * update, telemetry or recommendation noise, no chat. Suggestions off, so typing in the
 * fact file types only what is typed; a short hover delay.
 */
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.wordBasedSuggestions': 'off',
  'editor.suggestOnTriggerCharacters': false,
  'files.autoSave': 'off',
  'workbench.editor.enablePreview': false,
  'workbench.tree.enableStickyScroll': false,
};

/** A free TCP port on 127.0.0.1 (asked of the OS, so parallel runs do not collide). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls an HTTP URL until it answers below 500, or throws at the deadline. */
async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((resolve) => {
      const request = get(url, (response) => { response.resume(); resolve(response.statusCode < 500); });
      request.on('error', () => resolve(false));
      request.setTimeout(2000, () => { request.destroy(); resolve(false); });
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${ms} ms`);
}

export class CodeServer {
  constructor({ entry, tmp, out }) {
    this.entry = entry;
    this.out = out;
    this.userData = join(tmp, 'user-data');
    this.extensions = join(tmp, 'extensions');
    // code-server writes ~/.config/code-server/config.yaml, ~/.local/share/code-server and
    // VS Code's ~/.cache: each run gets its own.
    this.env = { ...process.env, HOME: join(tmp, 'home'), XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_DATA_HOME: join(tmp, 'xdg-data'), XDG_CACHE_HOME: join(tmp, 'xdg-cache') };
    mkdirSync(join(this.userData, 'User'), { recursive: true });
    mkdirSync(this.env.HOME, { recursive: true });
    writeFileSync(join(this.userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  }

  get args() {
    return [this.entry, '--user-data-dir', this.userData, '--extensions-dir', this.extensions];
  }

  /** `code-server --install-extension X.vsix`, as a user would; returns its last line. */
  install(vsix) {
    const text = execFileSync(process.execPath, [...this.args, '--install-extension', vsix], { encoding: 'utf8', env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    writeFileSync(join(this.out, 'install-extension.log'), text);
    return text.trim().split('\n').at(-1);
  }

  /** Starts the server on a free 127.0.0.1 port and waits for its health check. */
  async start(folder) {
    this.port = await freePort();
    const log = openSync(join(this.out, 'code-server.log'), 'w');
    // detached: its own process group, so stop() ends the extension host and our language server too
    this.process = spawn(process.execPath, [...this.args,
      '--bind-addr', `127.0.0.1:${this.port}`, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened', folder],
    { stdio: ['ignore', log, log], detached: true, env: this.env });
    await waitForHttp(`http://127.0.0.1:${this.port}/healthz`, 60_000);
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(folder)}`;
  }

  /** Ends the whole process group: SIGTERM, then SIGKILL after 10 s. */
  async stop() {
    const pid = this.process?.pid;
    if (!pid) return;
    killGroup(pid, 'SIGTERM');
    const end = Date.now() + 10_000;
    while (Date.now() < end) {
      try { process.kill(-pid, 0); } catch { return; }
      await new Promise((r) => setTimeout(r, 100));
    }
    killGroup(pid, 'SIGKILL');
  }

  /** All of VS Code's log files so far, as one text (they are written as the run goes). */
  logsText() {
    const logs = join(this.userData, 'logs');
    return existsSync(logs) ? [...walk(logs)].map((f) => readFileSync(f, 'utf8')).join('\n') : '';
  }

  /**
   * Copies VS Code's logs next to the screenshots: the whole logs folder, and on top the
   * two a reader wants first, the extension host's log and our output channel
   * ("Op-Ed Facts", a log output channel, so VS Code keeps it as a file).
   */
  keepLogs() {
    const logs = join(this.userData, 'logs');
    if (!existsSync(logs)) return [];
    const target = join(this.out, 'vscode-logs');
    cpSync(logs, target, { recursive: true });
    const kept = [];
    for (const file of walk(target)) {
      const base = file.split('/').at(-1);
      if (base === 'exthost.log' || base === 'remoteexthost.log') kept.push(copy(file, 'exthost.log'));
      else if (/Op-Ed Facts\.log$/.test(base)) kept.push(copy(file, 'output-Op-Ed-Facts.log'));
    }
    return kept;
  }
}

function copy(file, name) {
  const to = join(file.split('/vscode-logs/')[0], name);
  // several sessions or windows: keep the biggest (the one that did the work)
  if (!existsSync(to) || statSync(file).size > statSync(to).size) copyFileSync(file, to);
  return to;
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
