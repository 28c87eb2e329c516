// The pre-commit suite: the repository's .pre-commit-hooks.yaml run by Debian's `pre-commit` the way
// a newsroom runs it. pre-commit builds the hook from a git repository (npm install with devDependencies,
// whose `prepare` bundles dist/ with esbuild; npm pack; npm install -g) on the system Node (no Node is
// downloaded), then runs `oped-facts check` on the staged drafts.
//
// The hook repository is a snapshot of the working tree (tracked and untracked files that git does not
// ignore) committed into a temporary git repository: what `pre-commit try-repo /work/main` would do if
// it took untracked files too (it takes only tracked changes). The drafts repository is a temporary git
// repo: drafts/facts.yaml (examples/facts.yaml) and two drafts, one right and one with a wrong casualty
// count. Its .pre-commit-config.yaml names both hooks; PRE_COMMIT_HOME is a temporary folder, so the
// hook is built once per run of this suite and reused by every step of it.
//   1. pre-commit builds and installs the hook (timed);
//   2. `pre-commit run oped-facts --all-files` fails (exit 1) naming the wrong draft and casualty-mismatch,
//      and the fact file is not handed to the CLI as a draft;
//   3. with the draft fixed, the same run passes (exit 0);
//   4. `pre-commit install`, then `git commit`: the drafts commit; a commit that stages only a fact-file
//      change that makes the other draft wrong is stopped by the oped-facts-all hook.
// Env: E2E_KEEP_TMP=1 keeps the temporary folder. Logs: test-results/e2e/precommit/precommit.log.
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RESULTS, ROOT, outcome, run, seconds } from './lib/util.mjs';

const RIGHT = 'drafts/inquiry-opens.md';
const WRONG = 'drafts/millbrook-toll.md';

const DRAFTS = {
  [RIGHT]: `---
title: The Ashgrove inquiry must hear from the valley
author: Example Desk
date: 2024-10-28
---

# The Ashgrove inquiry must hear from the valley

When the Ashgrove dam failed on Tuesday, 8 October 2024, the flood killed 23
residents, according to the Teller County Coroner. In Millbrook alone, 14
residents died.

The public inquiry opened on 14 October 2024, according to the Teller County
Gazette. It should begin by listening to the people who live below the dam.
`,
  // examples/facts.yaml says 23 residents were killed
  [WRONG]: `---
title: Millbrook is still counting
author: Example Desk
date: 2024-10-28
---

# Millbrook is still counting

The Ashgrove flood killed twenty-five residents, according to the Teller County
Coroner. Another 41 residents were injured, the Teller Health Board said.

The valley does not need another promise. It needs the inspections the audit
office asked for.
`,
};

/** `pre-commit --version`'s line, or '' when it is not installed. */
export function preCommitVersion() {
  try {
    return execFileSync('pre-commit', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** Runs the suite; resolves with its checks and the time of each step. */
export async function runPreCommit() {
  const out = join(RESULTS, 'precommit');
  mkdirSync(out, { recursive: true });
  const log = join(out, 'precommit.log');
  writeFileSync(log, '');
  const tmp = mkdtempSync(join(tmpdir(), 'oped-facts-e2e-precommit-'));
  const hookRepo = join(tmp, 'hook-repo');
  const news = join(tmp, 'newsroom');
  const gitconfig = join(tmp, 'gitconfig');
  writeFileSync(gitconfig, '[user]\n\tname = E2E Desk\n\temail = e2e@example.invalid\n[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n');
  const env = {
    ...process.env,
    PRE_COMMIT_HOME: join(tmp, 'pre-commit-home'),
    // no user or system git configuration (their hooks, templates, signing) in either repository
    GIT_CONFIG_GLOBAL: gitconfig, GIT_CONFIG_NOSYSTEM: '1',
    PRE_COMMIT_COLOR: 'never', NO_COLOR: '1',
  };
  const checks = [];
  const timings = {};
  const step = async (name, command, args, { cwd = news, extraEnv = {}, timeoutMs = 60_000 } = {}) => {
    const t = Date.now();
    const result = await run(command, args, { cwd, env: { ...env, ...extraEnv }, timeoutMs });
    timings[name] = Date.now() - t;
    result.text = `${result.stdout}${result.stderr}`;
    appendFileSync(log, `=== ${name}: ${command} ${args.join(' ')} (${Object.keys(extraEnv).join(' ')}) -> exit ${result.code} in ${seconds(timings[name])}\n${result.text}\n`);
    return result;
  };
  const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = (text, n = 25) => text.trim().split('\n').slice(-n).join('\n');

  try {
    // The hook repository: the working tree as a commit.
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0')
      .filter((f) => f && existsSync(join(ROOT, f)) && lstatSync(join(ROOT, f)).isFile());
    for (const f of files) {
      mkdirSync(dirname(join(hookRepo, f)), { recursive: true });
      copyFileSync(join(ROOT, f), join(hookRepo, f));
    }
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-q', '--no-verify', '-m', 'working tree of oped-facts');
    const rev = git(hookRepo, 'rev-parse', 'HEAD').trim();
    if (!existsSync(join(hookRepo, '.pre-commit-hooks.yaml'))) {
      checks.push(outcome('pre-commit: the repository has a .pre-commit-hooks.yaml', false, 'no .pre-commit-hooks.yaml at the root of the working tree'));
      return { checks, timings };
    }

    // The newsroom's repository.
    mkdirSync(join(news, 'drafts'), { recursive: true });
    copyFileSync(join(ROOT, 'examples', 'facts.yaml'), join(news, 'drafts', 'facts.yaml'));
    for (const [path, text] of Object.entries(DRAFTS)) writeFileSync(join(news, path), text);
    writeFileSync(join(news, '.pre-commit-config.yaml'), `# pre-commit's own Node would be downloaded; this machine reaches only the npm registry
default_language_version:
  node: system
repos:
  - repo: ${hookRepo}
    rev: ${rev}
    hooks:
      - id: oped-facts
      - id: oped-facts-all
        args: [drafts/]
`);
    git(news, 'init', '-q');
    git(news, 'add', '-A'); // --all-files means the files git tracks

    // 1. Build and install the hook.
    let installed = await step('install', 'pre-commit', ['install-hooks'], { timeoutMs: 600_000 });
    // pre-commit before 4.6.1 (Debian 12 has 3.0.4) takes `npm pack`'s stdout as the tarball's name;
    // npm 11 runs the `prepare` script in the foreground for pack and prints its banner there too.
    const bannerBug = installed.code !== 0 && /> oped-facts@\S+ prepare/.test(installed.text);
    checks.push(outcome(`pre-commit: builds and installs the hook from this repository (${seconds(timings.install)})`, installed.code === 0,
      bannerBug
        ? 'pre-commit took "> oped-facts@0.1.0 prepare / > node esbuild.mjs" for the tarball name: npm 11 prints the `prepare`\n' +
          'banner on npm pack\'s stdout (pack runs scripts in the foreground), and pre-commit < 4.6.1 reads that stdout as the\n' +
          'file name. Fix: a line `foreground-scripts=false` in the repository\'s .npmrc. Retried with\n' +
          'npm_config_foreground_scripts=false in the environment to go on with the other checks.\n' + tail(installed.text, 8)
        : tail(installed.text)));
    if (bannerBug) {
      env.npm_config_foreground_scripts = 'false';
      installed = await step('install-workaround', 'pre-commit', ['install-hooks'], { timeoutMs: 600_000 });
      checks.push(outcome(`pre-commit: builds and installs the hook with npm_config_foreground_scripts=false (${seconds(timings['install-workaround'])})`, installed.code === 0, tail(installed.text)));
    }
    if (installed.code !== 0) return { checks, timings };

    // 2. The wrong draft stops the run.
    const failing = await step('run-wrong', 'pre-commit', ['run', 'oped-facts', '--all-files', '--color', 'never']);
    const errorLines = failing.text.split('\n').filter((l) => / error /.test(l));
    checks.push(outcome('pre-commit: run oped-facts --all-files fails on the wrong draft (exit 1)', failing.code === 1, tail(failing.text)));
    checks.push(outcome(`pre-commit: its output names ${WRONG} and casualty-mismatch, and nothing else`,
      errorLines.length === 1 && errorLines[0].startsWith(`${WRONG}:`) && errorLines[0].includes('casualty-mismatch') && errorLines[0].includes('twenty-five'),
      tail(failing.text)));
    checks.push(outcome('pre-commit: the fact file is checked as a fact file, not handed to the CLI as a draft',
      /in 3 files/.test(failing.text) && !/^drafts\/facts\.yaml:/m.test(failing.text), tail(failing.text)));

    // 3. Fixed, it passes.
    writeFileSync(join(news, WRONG), DRAFTS[WRONG].replace('twenty-five', 'twenty-three'));
    git(news, 'add', WRONG);
    const passing = await step('run-fixed', 'pre-commit', ['run', 'oped-facts', '--all-files', '--color', 'never']);
    checks.push(outcome('pre-commit: with the draft fixed the run passes (exit 0)', passing.code === 0 && /Passed/.test(passing.text), tail(passing.text)));

    // 4. As a git hook.
    const hook = await step('install-git-hook', 'pre-commit', ['install']);
    const first = hook.code === 0 ? await step('commit-drafts', 'git', ['commit', '-m', 'Two op-eds']) : hook;
    checks.push(outcome('pre-commit: installed as the git hook, it lets correct drafts commit', first.code === 0 && /Check op-ed drafts/.test(first.text), tail(first.text)));
    const facts = join(news, 'drafts', 'facts.yaml');
    const moved = readFileSync(facts, 'utf8').replace(/(ashgrove-inquiry-opening:[\s\S]*?date: )2024-10-14/, '$12024-10-15');
    writeFileSync(facts, moved);
    git(news, 'add', 'drafts/facts.yaml');
    const head = git(news, 'rev-parse', 'HEAD').trim();
    const blocked = await step('commit-facts', 'git', ['commit', '-m', 'Inquiry date']);
    const stillHead = git(news, 'rev-parse', 'HEAD').trim() === head;
    checks.push(outcome(`pre-commit: a staged fact-file change that makes ${RIGHT} wrong stops the commit (oped-facts-all)`,
      blocked.code === 1 && stillHead && moved.includes('2024-10-15') &&
        new RegExp(`^${RIGHT.replace('.', '\\.')}:\\d+:\\d+ error date-mismatch`, 'm').test(blocked.text) &&
        /Check op-ed drafts against their fact files\.*\(no files to check\)Skipped/.test(blocked.text),
      tail(blocked.text)));
    return { checks, timings };
  } catch (error) {
    checks.push(outcome('pre-commit: the suite ran to its end', false, String(error?.stack ?? error)));
    return { checks, timings };
  } finally {
    // pre-commit's own log of an install that failed ("Check the log at ..."), kept with ours
    const own = join(env.PRE_COMMIT_HOME, 'pre-commit.log');
    if (existsSync(own)) copyFileSync(own, join(out, 'pre-commit-home.log'));
    if (!process.env.E2E_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
    else appendFileSync(log, `kept ${tmp}\n`);
  }
}
