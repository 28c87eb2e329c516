import { markdownFilesUnder } from '../disk/draftFiles';

/**
 * The Markdown drafts under a workspace folder, found as the CLI finds them
 * but without following symbolic links, which can lead out of the workspace;
 * at most `limit` (the first in sorted order), so that "Check all drafts" and
 * Find All References stay bounded in a huge folder.
 */
export function draftsUnder(folder: string, limit = 10_000): string[] {
  return markdownFilesUnder(folder).files.slice(0, limit);
}
