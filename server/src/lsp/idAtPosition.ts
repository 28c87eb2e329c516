import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';

/** The fact id under the cursor (in a fact file, or inside a `<!-- fact: id -->`), and its offsets. */
export function idAt(doc: TextDocument, position: Position): { id: string; start: number; end: number } | undefined {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  let start = offset;
  let end = offset;
  while (start > 0 && /[a-z0-9-]/.test(text[start - 1]!)) start--;
  while (end < text.length && /[a-z0-9-]/.test(text[end]!)) end++;
  if (end <= start) return undefined;
  const id = text.slice(start, end);
  return /^[a-z0-9][a-z0-9-]*$/.test(id) ? { id, start, end } : undefined;
}

/** Whether an offset of a draft is inside a `<!-- fact: ... -->` directive. */
export function inFactDirective(text: string, offset: number): boolean {
  const open = text.lastIndexOf('<!--', offset);
  if (open < 0) return false;
  const close = text.indexOf('-->', open);
  return (close < 0 || close >= offset) && /^<!--\s*fact\s*:/.test(text.slice(open, offset));
}
