import { CASUALTY_KINDS } from '../core/facts/factBase';
import { LineIndex, type FactBase, type FactEntry } from '../core';
import type { EntryAtPosition } from './lookup';

/**
 * The fact card shown on hover (Markdown), laid out for a writer (issue 11):
 * the verdict in one line first, then why the claim is held to this entry,
 * then what the entry says, then its sources with the evidence (locator,
 * quote, when read), and the entry's id and place in small print last. Short
 * enough to fit a hover without scrolling.
 */
export function factCard(entry: FactEntry, facts: FactBase, at: Partial<Pick<EntryAtPosition, 'status' | 'reason' | 'claim' | 'written'>> = {}): string {
  const lines: string[] = [];
  const verdict = verdictLine(entry, at);
  if (verdict) lines.push(verdict);
  if (at.reason) lines.push(`_${escape(at.reason)}_`);
  if (lines.length) lines.push('');
  lines.push(`**${escape(entry.name ?? entry.id)}**${facts_(entry).length ? ` · ${facts_(entry).join(' · ')}` : ''}`);
  lines.push('', sourcesText(entry, facts));
  lines.push('', `<sub>entry \`${entry.id}\` · ${SECTION_NAMES[entry.section]} · ${placeOf(entry, facts)}</sub>`);
  return lines.join('\n');
}

/** "✗ The fact file says 23 residents were killed; the draft says twenty-five." */
function verdictLine(entry: FactEntry, at: Partial<Pick<EntryAtPosition, 'status' | 'claim' | 'written'>>): string | undefined {
  const written = at.written ? `“${escape(at.written.replace(/\s+/g, ' '))}”` : 'this';
  switch (at.status) {
    case 'disagrees': return `**✗ The fact file says ${escape(at.claim?.factText ?? 'otherwise')}; the draft says ${written}.**`;
    case 'agrees': return `**✓ The fact file agrees: ${escape(at.claim?.factText ?? entry.name ?? entry.id)}.**`;
    case 'unsettled': return `**○ The fact file names this entry here but gives no value to check ${written} against.**`;
    default: return undefined;
  }
}

/** The entry's own values, each once and briefly: no "Name: Name" rows. */
function facts_(entry: FactEntry): string[] {
  const out: string[] = [];
  if (entry.section === 'people') {
    if (entry.title) out.push(escape(entry.title));
    if (entry.age !== undefined) out.push(`aged ${entry.age}`);
    if (entry.died) out.push(`died ${dateText(entry.died.from, entry.died.to)}`);
  }
  if (entry.date) out.push(dateText(entry.date.from, entry.date.to));
  if (entry.places.length) out.push(entry.places.map(escape).join(', '));
  // Each kind once, its parts by place in brackets: "killed 23 residents (14 in Millbrook, 6 in Fennick)".
  for (const kind of CASUALTY_KINDS) {
    const counts = entry.casualties[kind] ?? [];
    const parts = entry.parts.flatMap((part) => (part.casualties[kind] ?? []).map((c) => `${range(c.count)}${c.group === counts[0]?.group ? '' : ` ${escape(c.group)}`} in ${part.places.map(escape).join(', ')}`));
    if (!counts.length && !parts.length) continue;
    const whole = counts.map((c) => `${range(c.count)} ${escape(c.group)}`).join(', ');
    out.push(`${kind}${whole ? ` ${whole}` : ''}${parts.length ? ` (${parts.join(', ')})` : ''}`);
  }
  if (entry.value) out.push(`${range(entry.value)}${entry.unit ? ` ${escape(entry.unit)}` : ''}`);
  if (entry.of.length) out.push(`sum of ${entry.of.length} ${entry.of.length === 1 ? 'part' : 'parts'}`);
  return out;
}

/** The entry's sources, each with what a desk editor checks it by: publisher, date, where in it, its own words. */
function sourcesText(entry: FactEntry, facts: FactBase): string {
  if (entry.section === 'sources') return citation(entry);
  const sources = entry.sources.map((id) => facts.entries.get(id)).filter((s): s is FactEntry => s?.section === 'sources');
  if (!sources.length) return '_No source in the fact file yet: add one to confirm this entry._';
  // Hard line breaks rather than a list: a list's margins cost the card the room it needs to fit without scrolling.
  return sources.map((s) => `– ${citation(s)}`).join('  \n');
}

function citation(source: FactEntry): string {
  const title = escape(source.title ?? source.name ?? source.id);
  const linked = source.url && /^https?:\/\//.test(source.url) ? `[${title}](${source.url})` : title;
  const by = [source.publisher && escape(source.publisher), source.date?.from, source.locator && escape(source.locator)].filter(Boolean).join(', ');
  const read = source.accessed ? `, read ${source.accessed}` : '';
  const quote = source.quote ? `  \n  _“${escape(source.quote)}”_` : '';
  return `${linked}${by ? ` — ${by}` : ''}${read}${quote}`;
}

const SECTION_NAMES: Record<FactEntry['section'], string> = { sources: 'source', events: 'event', people: 'person', totals: 'total', figures: 'figure' };

/** "facts.yaml:14": where the entry is defined. */
function placeOf(entry: FactEntry, facts: FactBase): string {
  const file = facts.files.find((f) => f.path === entry.file);
  const line = file ? new LineIndex(file.text).positionAt(entry.idAt.start).line + 1 : undefined;
  const name = entry.file.slice(entry.file.lastIndexOf('/') + 1);
  return line ? `${name}:${line}` : name;
}

function dateText(from: string, to: string): string {
  return from === to ? from : `${from} to ${to}`;
}

function range(r: { min: number; max: number }): string {
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

/** Markdown-escapes text from the fact file so it cannot inject markup. */
function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`);
}
