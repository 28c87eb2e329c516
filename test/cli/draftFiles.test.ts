import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { markdownFilesUnder } from '../../server/src/disk/draftFiles';
import { draftsUnder } from '../../server/src/lsp/workspaceDrafts';
import { TempProject } from './cliRunner';

/**
 * The one folder walk behind `oped-facts check FOLDER` (links followed) and
 * the editor's "Check all drafts in the workspace" (links not followed).
 */
describe('draft files: the folder walk the CLI and the language server share', () => {
  let project: TempProject;
  const relative = (paths: string[]): string[] => paths.map((p) => p.slice(project.dir.length + 1));

  beforeEach(() => {
    project = new TempProject({
      'top.md': '',
      'B.md': '',
      'drafts/a.md': '',
      'drafts/LOUD.MD': '',
      'drafts/deep/b.md': '',
      'drafts/notes.txt': '',
      'drafts/.hidden.md': '',
      'drafts/.hidden/c.md': '',
      'drafts/folder.md/inside.md': '',
      'node_modules/pkg/readme.md': '',
      'drafts/node_modules/pkg/readme.md': '',
      '.git/d.md': '',
      'elsewhere/e.md': '',
    });
  });
  afterEach(() => project.remove());

  it('finds *.md in any case, sorted, absolute, skipping node_modules, dot-folders and dot-files', () => {
    const expected = ['B.md', 'drafts/LOUD.MD', 'drafts/a.md', 'drafts/deep/b.md', 'drafts/folder.md/inside.md', 'elsewhere/e.md', 'top.md'];
    for (const followSymlinks of [false, true]) {
      const { files, notFiles } = markdownFilesUnder(project.dir, { followSymlinks });
      assert.ok(files.every((f) => f.startsWith(`${project.dir}/`) && !f.includes('\\')));
      assert.deepEqual(relative(files), expected);
      assert.deepEqual(notFiles, []);
    }
    assert.deepEqual(relative(markdownFilesUnder(`${project.dir}/drafts/`).files), ['drafts/LOUD.MD', 'drafts/a.md', 'drafts/deep/b.md', 'drafts/folder.md/inside.md']);
    assert.deepEqual(markdownFilesUnder(`${project.dir}/missing`), { files: [], notFiles: [] });
  });

  it('follows links to drafts and folders only when asked, each real folder once (a loop is not walked round)', () => {
    symlinkSync('../elsewhere', `${project.dir}/drafts/linked`);
    symlinkSync('../elsewhere', `${project.dir}/drafts/deep/again`);
    symlinkSync('..', `${project.dir}/drafts/deep/up`);
    symlinkSync('../top.md', `${project.dir}/drafts/top-link.md`);
    assert.deepEqual(relative(markdownFilesUnder(`${project.dir}/drafts`).files), ['drafts/LOUD.MD', 'drafts/a.md', 'drafts/deep/b.md', 'drafts/folder.md/inside.md']);
    assert.deepEqual(relative(markdownFilesUnder(`${project.dir}/drafts`, { followSymlinks: true }).files), [
      'drafts/LOUD.MD',
      'drafts/a.md',
      'drafts/deep/b.md',
      'drafts/folder.md/inside.md',
      'drafts/linked/e.md',
      'drafts/top-link.md',
    ]);
    // From the top, elsewhere/ is reached where it is, not through a link.
    assert.deepEqual(relative(markdownFilesUnder(project.dir, { followSymlinks: true }).files).filter((f) => f.endsWith('/e.md')), ['elsewhere/e.md']);
  });

  it('lists a broken link or a pipe named *.md apart from the drafts, without opening it, but not an editor lock file', function () {
    symlinkSync('nowhere.md', `${project.dir}/drafts/gone.md`);
    symlinkSync('user@host.1234', `${project.dir}/drafts/.#a.md`); // Emacs's lock beside a draft being edited
    symlinkSync('nowhere.md', `${project.dir}/.git/gone.md`);
    let pipe = true;
    try {
      execFileSync('mkfifo', [`${project.dir}/drafts/deep/pipe.md`]);
    } catch {
      pipe = false; // no mkfifo here
    }
    for (const followSymlinks of [false, true]) {
      const { files, notFiles } = markdownFilesUnder(project.dir, { followSymlinks });
      assert.ok(!files.some((f) => f.endsWith('gone.md') || f.endsWith('pipe.md')));
      assert.deepEqual(relative(notFiles), pipe ? ['drafts/deep/pipe.md', 'drafts/gone.md'] : ['drafts/gone.md']);
    }
    if (!pipe) this.skip();
  });

  it('gives the language server at most its limit, the first in sorted order', () => {
    assert.deepEqual(relative(draftsUnder(project.dir, 2)), ['B.md', 'drafts/LOUD.MD']);
    assert.equal(draftsUnder(project.dir).length, 7);
  });
});
