import { CASUALTY_KINDS } from '../core/facts/factBase';
import type { FactBase, FactEntry } from '../core';

/**
 * The fact card shown on hover (Markdown): the entry's name, its values, date
 * and place, whether the draft agrees (✓/✗), and its sources as links with
 * publisher and date.
 */
export function factCard(entry: FactEntry, facts: FactBase, status?: 'agrees' | 'disagrees' | 'unsettled' | 'untied', reason?: string): string {
  const lines: string[] = [];
  const mark = status === 'agrees' ? ' ✓' : status === 'disagrees' ? ' ✗' : '';
  lines.push(`**${escape(entry.name ?? entry.id)}**${mark}  `);
  lines.push(`\`${entry.id}\` · ${SECTION_NAMES[entry.section]}`);
  const facts_: string[] = [];
  if (entry.section === 'people') {
    if (entry.title) facts_.push(`Title: ${escape(entry.title)}`);
    if (entry.age !== undefined) facts_.push(`Age: ${entry.age}`);
    if (entry.born) facts_.push(`Born: ${dateText(entry.born.from, entry.born.to)}`);
    if (entry.died) facts_.push(`Died: ${dateText(entry.died.from, entry.died.to)}`);
  }
  if (entry.date) facts_.push(`Date: ${dateText(entry.date.from, entry.date.to)}`);
  if (entry.places.length) facts_.push(`Place: ${entry.places.map(escape).join(', ')}`);
  for (const kind of CASUALTY_KINDS) {
    const counts = entry.casualties[kind];
    if (counts?.length) facts_.push(`${capital(kind)}: ${counts.map((c) => `${range(c.count)} ${escape(c.group)}`).join(', ')}`);
  }
  for (const part of entry.parts) {
    for (const kind of CASUALTY_KINDS) {
      const counts = part.casualties[kind];
      if (counts?.length) facts_.push(`${capital(kind)} in ${part.places.map(escape).join(', ')}: ${counts.map((c) => `${range(c.count)} ${escape(c.group)}`).join(', ')}`);
    }
  }
  if (entry.value) facts_.push(`Value: ${range(entry.value)}${entry.unit ? ` ${escape(entry.unit)}` : ''}`);
  if (entry.of.length) facts_.push(`Sum of: ${entry.of.map((id) => `\`${id}\``).join(', ')}`);
  if (entry.events.length) facts_.push(`Events: ${entry.events.map((id) => `\`${id}\``).join(', ')}`);
  if (facts_.length) lines.push('', ...facts_.map((f) => `- ${f}`));
  if (status === 'disagrees') lines.push('', '✗ The draft disagrees with this entry.');
  else if (status === 'agrees') lines.push('', '✓ The draft agrees with this entry.');
  // Why this claim is held to this entry: the same words the mismatch message uses.
  if (reason) lines.push('', `_${escape(reason)}_`);
  lines.push('', sourcesText(entry, facts));
  return lines.join('\n');
}

/** A source entry's own card: title, publisher, date, link. */
function sourcesText(entry: FactEntry, facts: FactBase): string {
  if (entry.section === 'sources') return citation(entry);
  const sources = entry.sources.map((id) => facts.entries.get(id)).filter((s): s is FactEntry => s?.section === 'sources');
  if (!sources.length) return '_No sources in the fact file._';
  return ['Sources:', ...sources.map((s) => `- ${citation(s)}`)].join('\n');
}

function citation(source: FactEntry): string {
  const title = escape(source.title ?? source.name ?? source.id);
  const linked = source.url && /^https?:\/\//.test(source.url) ? `[${title}](${source.url})` : title;
  const by = [source.publisher && escape(source.publisher), source.date && source.date.from].filter(Boolean).join(', ');
  return by ? `${linked} — ${by}` : linked;
}

const SECTION_NAMES: Record<FactEntry['section'], string> = { sources: 'source', events: 'event', people: 'person', totals: 'total', figures: 'figure' };

function dateText(from: string, to: string): string {
  return from === to ? from : `${from} to ${to}`;
}

function range(r: { min: number; max: number }): string {
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Markdown-escapes text from the fact file so it cannot inject markup. */
function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`);
}
