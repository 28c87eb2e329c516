// js-yaml's CommonJS build, as the fact-file loader uses it: several times faster than `yaml` on a few lines.
import jsYaml = require('js-yaml');

/** What a draft's front matter says (SPEC section 1). */
export interface FrontMatter {
  /** `facts:` as written: paths relative to the draft. */
  facts?: string[];
  /** Where the `facts:` value sits in the draft (for a diagnostic about a missing file). */
  factsAt?: { start: number; end: number };
  /** `date:` (YYYY-MM-DD), the publication date. */
  date?: string;
  /** `title:`, the headline (the fact-check memo leads with it). */
  title?: string;
  /** The front matter block: offsets of its first and last character (fences included). */
  start: number;
  end: number;
}

const FENCE = /^(?:\uFEFF)?---[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/;

/** Reads the YAML front matter at the top of a draft, if any; never throws. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const m = FENCE.exec(text);
  if (!m) return undefined;
  const body = m[1] ?? '';
  const bodyStart = m[0].indexOf(body, 3);
  const result: FrontMatter = { start: 0, end: m[0].length };
  let data: unknown;
  try {
    // The core schema: dates stay strings, as written; no custom tags.
    data = jsYaml.load(body, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return result;
  }
  if (!data || typeof data !== 'object') return result;
  const record = data as Record<string, unknown>;
  const facts = record['facts'];
  if (typeof facts === 'string') result.facts = [facts];
  else if (Array.isArray(facts)) result.facts = facts.filter((f): f is string => typeof f === 'string');
  if (result.facts) {
    const line = /^facts[ \t]*:.*$/m.exec(body);
    if (line) result.factsAt = { start: bodyStart + line.index, end: bodyStart + line.index + line[0].length };
  }
  const title = record['title'];
  if (typeof title === 'string' && title.trim()) result.title = title.trim();
  const date = record['date'];
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) result.date = date;
  else if (date instanceof Date && !Number.isNaN(date.getTime())) result.date = date.toISOString().slice(0, 10);
  return result;
}
