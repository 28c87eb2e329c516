/**
 * `oped-facts init DRAFT [--output FILE]`: starts a fact file from a draft
 * (the core's startFactFile), so the first step of a writer's first hour is
 * adding sources, not typing YAML (issue 11). It never overwrites a file,
 * and will not put a fact file where it would take the place of one the
 * draft already uses.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { factFilesForDraft, planStartFactFile, type FactHost } from '../core';
import { toCorePath } from './fsHost';
import { displayPath } from './report';

export type InitOutcome = { ok: true; message: string } | { ok: false; reason: string };

export function initFactFile(draftArg: string, output: string | undefined, host: FactHost, cwd: string): InitOutcome {
  const draft = toCorePath(draftArg, cwd);
  const text = (host.readDraft ?? host.readFile).call(host, draft);
  if (text === undefined) return { ok: false, reason: `cannot read ${draftArg}` };
  const show = (path: string): string => displayPath(path, cwd);
  const plan = planStartFactFile({ path: draft, text }, {
    ...(output !== undefined ? { target: toCorePath(output, cwd) } : {}),
    usesFacts: factFilesForDraft({ path: draft, text }, host).paths,
    exists: existsSync,
    show,
  });
  if (!plan.ok) return { ok: false, reason: plan.reason.replace('(choose another name)', '(give another with --output)') };
  writeFileSync(plan.target, plan.started.text, { flag: 'wx' });
  const { events, people, figures } = plan.started.counts;
  const what = [plural(events, 'event'), plural(people, 'person', 'people'), plural(figures, 'figure')].join(', ');
  return {
    ok: true,
    message: `Wrote ${show(plan.target)}: ${what}, with the values as the draft states them and no sources yet.\n` +
      `Add a source to each entry, correct any value the source does not confirm, then run: oped-facts check ${show(draft)}\n`,
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
