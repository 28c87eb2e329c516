import { readdirSync } from 'node:fs';

/** The Markdown drafts under a folder: *.md, skipping node_modules and dot-folders; at most `limit`. */
export function draftsUnder(folder: string, limit = 10_000): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    if (found.length >= limit) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md') && found.length < limit) found.push(path);
    }
  };
  walk(folder);
  return found;
}
