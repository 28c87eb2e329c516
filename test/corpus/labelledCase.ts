import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFsHost, toCorePath } from '../../server/src/cli/fsHost';
import { checkDraftFile, FactBaseCache, LineIndex, type CoreDiagnostic } from '../../server/src/core';

/** A labelled case (SPEC section 7) checked as the CLI checks it, its diagnostics keyed as `score.mjs` keys them. */
export interface Expected { file?: string; line: number; code: string; expected?: string; severity?: string }
export interface Found extends Expected { message: string }

export function checkCase(dir: string, text?: string): { found: Found[]; draft: CoreDiagnostic[]; text: string } {
  const host = createFsHost();
  const path = toCorePath(join(dir, 'draft.md'));
  const draftText = text ?? readFileSync(path, 'utf8');
  const { facts, result, diagnostics } = checkDraftFile(path, host, new FactBaseCache(host), { text: draftText });
  const all = [...diagnostics, ...facts.diagnostics];
  const found = all.map((d): Found => {
    const fileText = d.file === path ? draftText : facts.files.find((f) => f.path === d.file)?.text ?? '';
    const name = d.file.slice(toCorePath(dir).length + 1);
    return {
      ...(name === 'draft.md' ? {} : { file: name }),
      line: new LineIndex(fileText).positionAt(d.start).line + 1,
      code: d.code,
      severity: d.severity,
      message: d.message,
      ...(d.expected !== undefined ? { expected: d.expected } : {}),
    };
  });
  return { found, draft: result.diagnostics, text: draftText };
}

export const key = (d: Expected): string => `${d.file ?? 'draft.md'}:${d.line}:${d.code}`;

