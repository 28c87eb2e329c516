/**
 * The fact-check memo (SPEC section 8): what a desk editor reads before
 * publication, as Markdown or as one self-contained HTML file. Both are made
 * from the same `MemoInput` (a checked draft) through `readMemo`, so they say
 * the same things.
 */
/** The memo of a checked draft, as the CLI and the editor make it: `renderMemo(checked, format, show)`. */
export { renderMemo } from './renderMemo';
/** Renders the memo as Markdown: `renderMemoMarkdown(input)`. */
export { renderMemoMarkdown } from './markdownMemo';
/** Renders the memo as one self-contained, printable HTML page: `renderMemoHtml(input)`. */
export { renderMemoHtml } from './htmlMemo';
/** The memo's content read from a checked draft, and the draft's title and date. */
export { memoHeading, readMemo } from './memoInput';
export type { IgnoredItem, Memo, MemoClaim, MemoDirective, MemoHeading, MemoInput, MemoParagraph, MemoProblem, MemoSource, ResolveItem } from './memoInput';
