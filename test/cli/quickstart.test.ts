import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, REPO } from './cliRunner';

/**
 * The README's way to put `oped-facts` on the PATH from a clone (issue 11:
 * `npx oped-facts` answers 404): `npm link --ignore-scripts` after the
 * build, here into a throwaway prefix instead of npm's global folder, then
 * the linked command run by name from another folder.
 */
describe('cli: on the PATH from a clone, as the README says', function () {
  this.timeout(120_000);
  let prefix: string;
  let desk: string;

  before(() => {
    buildCli();
    prefix = mkdtempSync(join(tmpdir(), 'oped-prefix-'));
    desk = mkdtempSync(join(tmpdir(), 'oped-desk-'));
    cpSync(join(REPO, 'examples'), join(desk, 'examples'), { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['link', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: REPO, env: { ...process.env, npm_config_prefix: prefix }, stdio: 'pipe' });
  });

  after(() => {
    rmSync(prefix, { recursive: true, force: true });
    rmSync(desk, { recursive: true, force: true });
  });

  it('links the oped-facts command, which checks the example by name from any folder', () => {
    const bin = join(prefix, 'bin');
    assert.ok(existsSync(join(bin, 'oped-facts')), 'npm link put no oped-facts in the prefix');
    const run = spawnSync('oped-facts', ['check', 'examples/drafts'], { cwd: desk, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, NO_COLOR: '1' } });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^examples\/drafts\/ashgrove-dam\.md:16:4 error weekday-mismatch /m);
    assert.match(run.stdout, /^8 errors, 2 warnings, 0 information in 2 files$/m);
  });
});
