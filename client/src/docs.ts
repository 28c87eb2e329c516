import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';

/**
 * A check's documentation, from the README shipped inside the extension
 * (issue 11: a link must open something real). Each diagnostic's code links
 * to a command that opens its section of the README in the Markdown preview;
 * the section is served by a read-only document provider, so nothing is
 * written to disk and the link works offline.
 */
export const DOCS_SCHEME = 'oped-facts-docs';
export const SHOW_DOCS_COMMAND = 'opedFacts.showDocs';

/** The command link a diagnostic's code opens. */
export function docsLink(code: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`);
}

/** Serves `oped-facts-docs:/<code>.md`: the README's section for that code. */
export function registerDocs(context: vscode.ExtensionContext): vscode.Disposable {
  const readme = context.asAbsolutePath('README.md');
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: async (uri) => sectionOf(await readFile(readme, 'utf8'), uri.path.replace(/^\//, '').replace(/\.md$/, '')),
  };
  return vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, provider);
}

/** Opens a code's documentation in the Markdown preview. */
export async function showDocs(code: string): Promise<void> {
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.from({ scheme: DOCS_SCHEME, path: `/${code}.md` }));
}

/** The README's section for a code: from its heading to the next heading of the same or a higher level. */
export function sectionOf(readme: string, code: string): string {
  const lines = readme.split(/\r?\n/);
  const start = lines.findIndex((l) => l.includes(`<a id="${code}"></a>`));
  if (start < 0) return `# ${code}\n\nThis check has no section in the README of this version of Op-Ed Facts.\n`;
  let end = start + 1;
  while (end < lines.length && !/^#{1,3} /.test(lines[end]!)) end++;
  const heading = lines[start]!.replace(/^#+\s*/, '# ').replace(/<a id="[^"]*"><\/a>/, '');
  return [heading, ...lines.slice(start + 1, end), '', '_From the Op-Ed Facts README, section "Reference"._', ''].join('\n');
}
