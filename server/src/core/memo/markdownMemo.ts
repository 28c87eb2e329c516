/**
 * The fact-check memo (SPEC section 8) as Markdown, for a pull request or a
 * chat message. Every piece of draft and fact-file text is escaped, so a
 * headline or a quote in a fact file cannot turn into a link, an image or a
 * heading of its own.
 */
import { CITATION_WORDS, dateInWords, readMemo, STATUS_WORDS, type IgnoredItem, type MemoClaim, type MemoInput, type MemoParagraph, type MemoProblem, type MemoSource, type ResolveItem } from './memoInput';

/**
 * The memo's first line. A Markdown memo is saved beside its draft, where
 * drafts are looked for, and it quotes every wrong figure, name and date: a
 * check of the folder (the CLI, "Check all drafts", the editor on opening
 * it) would report them all again. An HTML comment, so no renderer shows it.
 */
export const NOT_A_DRAFT = '<!-- facts-disable -->';

/** Renders the memo of a checked draft as Markdown. */
export function renderMemoMarkdown(input: MemoInput): string {
  const memo = readMemo(input);
  const out: string[] = [NOT_A_DRAFT, ''];
  out.push(`# Fact-check memo: ${md(memo.heading.title)}`, '');
  out.push(`- Draft: ${md(memo.draft)}`);
  if (memo.heading.date) out.push(`- Dated: ${md(dateInWords(memo.heading.date))}`);
  out.push(memo.factFiles.length ? `- Fact files: ${memo.factFiles.map(md).join(', ')}` : '- Fact files: none, so no claim was checked against facts');
  if (!memo.factsUsable) out.push('- A fact file could not be read, so no claim was checked against the facts');
  out.push('', `**${md(memo.summary)}**`, '');

  out.push('## To resolve', '');
  if (memo.toResolve.length === 0) out.push('Nothing to resolve.', '');
  else out.push(...memo.toResolve.flatMap(resolveItem), '');

  out.push('## Checked', '');
  if (memo.checked.length === 0) out.push('No claims found.', '');
  else out.push(...memo.checked.flatMap(paragraph));

  out.push('## Ignored', '');
  if (memo.ignored.length === 0) out.push('Nothing ignored.', '');
  else out.push(...memo.ignored.flatMap(ignoredItem), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function resolveItem(item: ResolveItem): string[] {
  const head = item.claim
    ? `- **Line ${item.line}, ${STATUS_WORDS[item.claim.status].toLowerCase()}:** ${quoted(item.claim.text)}`
    : `- **Line ${item.line}:**`;
  const context = item.sentence ? [`  - ${item.where === 'sentence' ? 'Sentence' : 'Text'}: ${quoted(item.sentence)}`] : [];
  return [head, ...context, ...item.problems.flatMap(problem)];
}

function problem(p: MemoProblem): string[] {
  const lines = [`  - ${md(p.message)}`];
  if (p.fix) lines.push(`  - Fix: change ${quoted(p.fix.from)} to ${quoted(p.fix.to)}`);
  return lines;
}

function paragraph(p: MemoParagraph): string[] {
  const what = p.kind === 'heading' ? 'Heading' : p.kind === 'tableRow' ? 'Table row' : 'Paragraph';
  return [`### ${what} at line ${p.line}: ${quoted(p.opening)}`, '', ...p.claims.flatMap(checkedClaim), ''];
}

function checkedClaim(c: MemoClaim): string[] {
  const lines = [`- **${STATUS_WORDS[c.status]}:** ${quoted(c.text)} (line ${c.line})`];
  if (c.entry) lines.push(`  - Entry: ${c.entry.name ? `${md(c.entry.name)} (${md(c.entry.id)})` : md(c.entry.id)}`);
  else lines.push('  - Entry: none in the fact file');
  if (c.factText) lines.push(`  - The fact file says: ${md(c.factText)}`);
  if (c.citation) lines.push(`  - Cited in the draft by ${md(CITATION_WORDS[c.citation])}`);
  if (c.sources.length === 0) lines.push('  - Sources: none in the fact file');
  for (const s of c.sources) lines.push(...source(s));
  return lines;
}

function source(s: MemoSource): string[] {
  const title = s.url ? `[${md(s.title)}](<${s.url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>)` : md(s.title);
  const about = [s.publisher, s.date, s.location].filter((x): x is string => !!x).map(md);
  const lines = [`  - Source: ${title}${about.length ? `, ${about.join(', ')}` : ''}`];
  if (s.accessed) lines.push(`    - Read on ${md(s.accessed)}`);
  if (s.locator) lines.push(`    - Where: ${md(s.locator)}`);
  if (s.quote) lines.push(`    - Its words: ${quoted(s.quote)}`);
  return lines;
}

function ignoredItem(item: IgnoredItem): string[] {
  const c = item.claim;
  const lines = [`- **Line ${c.line}:** ${quoted(c.text)}`, `  - Sentence: ${quoted(c.sentence)}`];
  if (item.directives.length === 0) lines.push('  - Silenced by a directive');
  for (const d of item.directives) lines.push(`  - ${code(d.text)} at line ${d.line}: ${md(d.silences)}`);
  return lines;
}

function quoted(text: string): string {
  return `\u201C${md(text)}\u201D`;
}

/**
 * Text that Markdown shows as written: every character that opens inline
 * markup is backslash-escaped (CommonMark allows it before any ASCII
 * punctuation), one that would open a block at the start is too, and bare
 * addresses are broken so that GFM does not make links of them.
 */
export function md(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>#!|~&@]/g, '\\$&')
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)(?=[.)])/, '$1\\')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** A code span that holds any text: a run of backticks longer than any inside it. */
function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${flat} ${fence}`;
}
