/**
 * The fact-check memo (SPEC section 8) as one self-contained HTML file that a
 * desk editor opens or prints: inline styles only, no scripts, nothing
 * fetched (a Content-Security-Policy says so to the browser too), every piece
 * of draft and fact-file text escaped. It prints on A4: light colours only,
 * links written out after their titles, no claim split across two pages.
 */
import { CITATION_WORDS, dateInWords, readMemo, STATUS_WORDS, type IgnoredItem, type MemoClaim, type MemoInput, type MemoParagraph, type MemoProblem, type MemoSource, type ResolveItem } from './memoInput';

/** Renders the memo of a checked draft as a self-contained HTML page. */
export function renderMemoHtml(input: MemoInput): string {
  const memo = readMemo(input);
  const meta = [`<dt>Draft</dt><dd>${esc(memo.draft)}</dd>`];
  if (memo.heading.date) meta.push(`<dt>Dated</dt><dd>${esc(dateInWords(memo.heading.date))}</dd>`);
  meta.push(`<dt>Fact files</dt><dd>${memo.factFiles.length ? memo.factFiles.map(esc).join('<br>') : 'None, so no claim was checked against facts'}</dd>`);
  const unusable = memo.factsUsable ? '' : '\n<p class="warning">A fact file could not be read, so no claim was checked against the facts.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fact-check memo: ${esc(memo.heading.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<header>
<p class="kicker">Fact-check memo</p>
<h1>${esc(memo.heading.title)}</h1>
<dl class="meta">${meta.join('')}</dl>
<p class="summary">${esc(memo.summary)}</p>${unusable}
</header>
<section class="resolve">
<h2>To resolve</h2>
${memo.toResolve.length ? `<ol class="claims">\n${memo.toResolve.map(resolveItem).join('\n')}\n</ol>` : '<p class="empty">Nothing to resolve.</p>'}
</section>
<section class="checked">
<h2>Checked</h2>
${memo.checked.length ? memo.checked.map(paragraph).join('\n') : '<p class="empty">No claims found.</p>'}
</section>
<section class="ignored">
<h2>Ignored</h2>
${memo.ignored.length ? `<ol class="claims">\n${memo.ignored.map(ignoredItem).join('\n')}\n</ol>` : '<p class="empty">Nothing ignored.</p>'}
</section>
</body>
</html>
`;
}

function resolveItem(item: ResolveItem): string {
  const status = item.claim?.status ?? 'contradicted';
  const what = item.claim ? ` <span class="claim-text">${quoted(item.claim.text)}</span>` : '';
  return `<li class="claim status-${status}">
<p class="head"><span class="line">Line ${item.line}</span>${item.claim ? ` <span class="status">${STATUS_WORDS[item.claim.status]}</span>` : ''}${what}</p>
${item.sentence ? `<blockquote class="${item.where}">${esc(item.sentence)}</blockquote>\n` : ''}${item.problems.map(problem).join('\n')}
</li>`;
}

function problem(p: MemoProblem): string {
  const fix = p.fix ? `\n<p class="fix">Fix: change ${quoted(p.fix.from)} to <strong>${quoted(p.fix.to)}</strong></p>` : '';
  return `<p class="message">${esc(p.message)}</p>${fix}`;
}

function paragraph(p: MemoParagraph): string {
  const what = p.kind === 'heading' ? 'Heading' : p.kind === 'tableRow' ? 'Table row' : 'Paragraph';
  return `<section class="paragraph">
<h3>${what} at line ${p.line}: <span class="opening">${quoted(p.opening)}</span></h3>
<ul class="claims">
${p.claims.map(checkedClaim).join('\n')}
</ul>
</section>`;
}

function checkedClaim(c: MemoClaim): string {
  const rows: string[] = [];
  rows.push(`<dt>Entry</dt><dd>${c.entry ? (c.entry.name ? `${esc(c.entry.name)} <span class="id">(${esc(c.entry.id)})</span>` : `<span class="id">${esc(c.entry.id)}</span>`) : 'None in the fact file'}</dd>`);
  if (c.factText) rows.push(`<dt>Fact file says</dt><dd>${esc(c.factText)}</dd>`);
  if (c.citation) rows.push(`<dt>Cited in the draft</dt><dd>By ${esc(CITATION_WORDS[c.citation])}</dd>`);
  rows.push(`<dt>Sources</dt><dd>${c.sources.length ? `<ul class="sources">${c.sources.map(source).join('')}</ul>` : 'None in the fact file'}</dd>`);
  return `<li class="claim status-${c.status}">
<p class="head"><span class="line">Line ${c.line}</span> <span class="status">${STATUS_WORDS[c.status]}</span> <span class="claim-text">${quoted(c.text)}</span></p>
<dl class="details">${rows.join('')}</dl>
</li>`;
}

function source(s: MemoSource): string {
  const title = s.url ? `<a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.title)}</a>` : esc(s.title);
  const about = [s.publisher, s.date, s.location].filter((x): x is string => !!x).map(esc);
  const more: string[] = [];
  if (s.accessed) more.push(`<span class="accessed">Read on ${esc(s.accessed)}</span>`);
  if (s.locator) more.push(`<span class="locator">Where: ${esc(s.locator)}</span>`);
  const quote = s.quote ? `<q class="quote">${esc(s.quote)}</q>` : '';
  return `<li>${title}${about.length ? `, ${about.join(', ')}` : ''}${more.length ? `<br>${more.join('; ')}` : ''}${quote ? `<br>${quote}` : ''}</li>`;
}

function ignoredItem(item: IgnoredItem): string {
  const c = item.claim;
  const directives = item.directives.length
    ? item.directives.map((d) => `<p class="directive"><code>${esc(d.text)}</code> at line ${d.line}: ${esc(d.silences)}</p>`).join('\n')
    : '<p class="directive">Silenced by a directive</p>';
  return `<li class="claim status-ignored">
<p class="head"><span class="line">Line ${c.line}</span> <span class="claim-text">${quoted(c.text)}</span></p>
<blockquote class="sentence">${esc(c.sentence)}</blockquote>
${directives}
</li>`;
}

function quoted(text: string): string {
  return `\u201C${esc(text)}\u201D`;
}

/** HTML-escapes text for an element's content or a quoted attribute value. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Light colours only (SPEC: it prints well); a status is always written out, so colour is never the only sign.
const STYLE = `:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 2rem auto; padding: 0 1.25rem; max-width: 48rem; background: #fff; color: #1b1b1b;
  font: 11pt/1.45 Georgia, "Times New Roman", serif; }
h1, h2, h3, .kicker, .status, .line, dt { font-family: "Helvetica Neue", Arial, sans-serif; }
.kicker { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 9pt; color: #555; }
h1 { margin: .2rem 0 .6rem; font-size: 1.7rem; line-height: 1.2; }
h2 { margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #1b1b1b; font-size: 1.25rem; }
h3 { margin: 1.2rem 0 .4rem; font-size: .95rem; font-weight: normal; color: #333; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 .8rem; }
.meta dt { font-weight: bold; font-size: 9.5pt; }
.meta dd { margin: 0; word-break: break-word; }
.summary { margin: .6rem 0; padding: .5rem .8rem; border: 1px solid #bbb; background: #f6f6f6; font-weight: bold; }
.warning { color: #8a1c12; font-weight: bold; }
.empty { font-style: italic; color: #444; }
ol.claims, ul.claims { list-style: none; margin: 0; padding: 0; }
.claim { margin: .5rem 0; padding: .45rem .75rem; border: 1px solid #d4d4d4; border-left: 5px solid #8c8c8c;
  break-inside: avoid; page-break-inside: avoid; }
.claim .head { margin: 0 0 .25rem; }
.line { font-size: 9pt; color: #555; margin-right: .4rem; }
.status { display: inline-block; margin-right: .4rem; padding: 0 .35rem; border: 1px solid currentColor; border-radius: 3px;
  font-size: 8.5pt; font-weight: bold; text-transform: uppercase; letter-spacing: .04em; }
.claim-text { font-weight: bold; }
.status-contradicted { border-left-color: #c0392b; background: #fdf1ef; }
.status-contradicted .status { color: #a3271b; }
.status-unsourced { border-left-color: #c98a00; background: #fff8e6; }
.status-unsourced .status { color: #7d5600; }
.status-confirmed { border-left-color: #2e7d32; }
.status-confirmed .status { color: #1f6323; }
.status-cited { border-left-color: #1f5fa8; }
.status-cited .status { color: #1f4f8a; }
.status-ignored { border-left-color: #8c8c8c; }
.status-ignored .status { color: #555; }
blockquote.sentence, blockquote.line { margin: .25rem 0 .35rem; padding-left: .6rem; border-left: 2px solid #ccc; font-style: italic; color: #333; }
blockquote.line { font-style: normal; font-family: Menlo, Consolas, monospace; font-size: 9.5pt; }
.message, .fix, .directive { margin: .2rem 0; }
.fix strong { color: #1f6323; }
.details { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .2rem 0 0; font-size: 10pt; }
.details dt { font-size: 9pt; color: #555; }
.details dd { margin: 0; }
.id { color: #555; font-size: 9pt; }
ul.sources { margin: 0; padding-left: 1.1rem; }
ul.sources li { margin: 0 0 .2rem; }
.quote { font-style: italic; }
code { font: 9.5pt Menlo, Consolas, monospace; background: #f1f1f1; padding: 0 .2rem; }
a { color: #1f4f8a; word-break: break-word; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .claim { break-inside: avoid; page-break-inside: avoid; background: none; }
  .summary { background: none; }
  a { color: inherit; }
  a[href]::after { content: " <" attr(href) ">"; font-size: 8pt; color: #444; word-break: break-all; }
}`;
