/**
 * `oped-facts check --fix`: puts in every fix whose value is known, in
 * place, as markdownlint's and ESLint's --fix do (issue 11), before the
 * check reports what is left. Fixes are applied in rounds by the core
 * (fixDraft); a draft is written back in its own encoding and only when it
 * changed, so a second run changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { factFilesForDraft, fixDraft, LineIndex, loadFacts, type FactBase, type FactHost } from '../core';
import { decodeText } from './fsHost';
import { displayPath } from './report';

export interface FixSummary {
  /** One line per change: `drafts/a.md:21:27 casualty-mismatch "twenty-five" -> "twenty-three"`. */
  lines: string[];
  changes: number;
  drafts: number;
}

/** Fixes the drafts in place and says what changed. */
export function fixDrafts(drafts: readonly string[], host: FactHost, givenFacts: readonly string[], cwd: string): FixSummary {
  const bases = new Map<string, FactBase>();
  const lines: string[] = [];
  let changed = 0;
  for (const path of drafts) {
    const bytes = readFileSync(path);
    const text = decodeText(bytes);
    const paths = givenFacts.length ? [...givenFacts] : factFilesForDraft({ path, text }, host).paths;
    const key = paths.join('\n');
    let base = bases.get(key);
    if (!base) {
      base = loadFacts(paths, host);
      bases.set(key, base);
    }
    const fixed = fixDraft({ path, text }, base);
    if (!fixed.applied.length || fixed.text === text) continue;
    writeFileSync(path, encodeLike(bytes, fixed.text));
    changed++;
    const index = new LineIndex(text);
    for (const fix of fixed.applied) {
      const at = index.positionAt(fix.start);
      lines.push(`${displayPath(path, cwd)}:${at.line + 1}:${at.character + 1} ${fix.code} "${fix.from}" -> "${fix.to}"`);
    }
  }
  return { lines, changes: lines.length, drafts: changed };
}

/** The text in the encoding of the bytes it was read from (UTF-16 with its mark, or UTF-8). */
function encodeLike(original: Uint8Array, text: string): Buffer {
  if (original[0] === 0xff && original[1] === 0xfe) return Buffer.from(text, 'utf16le');
  if (original[0] === 0xfe && original[1] === 0xff) return Buffer.from(text, 'utf16le').swap16();
  return Buffer.from(text, 'utf8');
}
