import type { DraftFileCheck } from '../checkDraftFile';
import { renderMemoHtml } from './htmlMemo';
import { renderMemoMarkdown } from './markdownMemo';

/**
 * The memo of a checked draft in either format, paths shown by `show`: the
 * one way the CLI (`oped-facts memo`) and the editor ("Export fact-check
 * memo") make it, so both list the same problems, discovery's included.
 * Undefined when the draft was not checked (no claim inventory).
 */
export function renderMemo(
  checked: Pick<DraftFileCheck, 'path' | 'text' | 'factPaths' | 'facts' | 'diagnostics' | 'result'>,
  format: 'md' | 'html',
  show: (path: string) => string,
): string | undefined {
  const inventory = checked.result.inventory;
  if (!inventory || checked.text === undefined) return undefined;
  const input = { draft: show(checked.path), text: checked.text, factFiles: checked.factPaths.map(show), facts: checked.facts, inventory, diagnostics: checked.diagnostics };
  return format === 'html' ? renderMemoHtml(input) : renderMemoMarkdown(input);
}
