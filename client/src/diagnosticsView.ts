import type { Middleware } from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE } from '../../server/src/protocol';
import { docsLink } from './docs';

/**
 * How our diagnostics are shown in VS Code:
 * - each code links to its section of the README shipped in the extension
 *   (the server sends codes, not addresses: there is no placeholder URL);
 * - a mismatch keeps no related-information row: its message already says
 *   what the fact file holds and where (facts.yaml:36), and VS Code shows
 *   related information in the same hover as the fact card, where it was
 *   the third telling of one fact and pushed the sources out of the box
 *   (issue 11). Internal inconsistencies keep theirs: it points at the
 *   other count in the draft, which the message cannot link to.
 */
export const diagnosticsMiddleware: Middleware = {
  handleDiagnostics(uri, diagnostics, next) {
    for (const d of diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const code = typeof d.code === 'object' ? d.code.value : d.code;
      if (typeof code !== 'string') continue;
      d.code = { value: code, target: docsLink(code) };
      if (code.endsWith('-mismatch')) d.relatedInformation = undefined;
    }
    next(uri, diagnostics);
  },
};
