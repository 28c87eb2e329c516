/**
 * `oped-facts init DRAFT [--output FILE]`: starts a fact file from a draft
 * (the core's startFactFile), so the first step of a writer's first hour is
 * adding sources, not typing YAML (issue 11). It never overwrites a file,
 * and will not put a fact file where it would take the place of one the
 * draft already uses.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { factFilesForDraft, startFactFile, type FactHost } from '../core';
import { toCorePath } from './fsHost';
import { displayPath } from './report';

export type InitOutcome = { ok: true; message: string } | { ok: false; reason: string };

export function initFactFile(draftArg: string, output: string | undefined, host: FactHost, cwd: string): InitOutcome {
  const draft = toCorePath(draftArg, cwd);
  const text = host.readFile(draft);
  if (text === undefined) return { ok: false, reason: `cannot read ${draftArg}` };
  const target = output !== undefined ? toCorePath(output, cwd) : `${dirname(draft)}/facts.yaml`;
  const shown = displayPath(target, cwd);
  if (existsSync(target)) return { ok: false, reason: `${shown} already exists; init never overwrites a file (give another with --output)` };
  const uses = factFilesForDraft({ path: draft, text }, host).paths;
  if (output === undefined && uses.length) {
    return { ok: false, reason: `${draftArg} already takes its facts from ${uses.map((p) => displayPath(p, cwd)).join(', ')}; a new ${shown} would take their place for the drafts beside it (give another file with --output)` };
  }
  const started = startFactFile(text, displayPath(draft, cwd));
  writeFileSync(target, started.text);
  const { events, people, figures } = started.counts;
  const what = [plural(events, 'event'), plural(people, 'person', 'people'), plural(figures, 'figure')].join(', ');
  return {
    ok: true,
    message: `Wrote ${shown}: ${what}, with the values as the draft states them and no sources yet.\n` +
      `Add a source to each entry, correct any value the source does not confirm, then run: oped-facts check ${displayPath(draft, cwd)}\n`,
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
