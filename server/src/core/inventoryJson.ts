/**
 * The claim inventory as SPEC section 8's JSON gives each claim: 1-based
 * lines and columns, columns in UTF-16 code units as in LSP. One shape for
 * `oped-facts claims --format json` and the server's `opedFacts/claims`
 * request, so an editor and CI read the same thing.
 */
import type { InventoryClaim } from './inventory';
import { LineIndex } from './text/lineIndex';

export interface ClaimJson {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  kind: InventoryClaim['kind'];
  text: string;
  status: InventoryClaim['status'];
  factId: string | null;
  tie: InventoryClaim['tie'];
  tiedBy: string | null;
  sources: string[];
  citation: InventoryClaim['citation'];
  codes: string[];
}

/** Each claim in SPEC section 8's shape, positions taken from the draft's text. */
export function claimsAsJson(claims: readonly InventoryClaim[], text: string | LineIndex): ClaimJson[] {
  const index = typeof text === 'string' ? new LineIndex(text) : text;
  return claims.map((c) => {
    const start = index.positionAt(c.start);
    const end = index.positionAt(c.end);
    return {
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      kind: c.kind,
      text: c.text,
      status: c.status,
      factId: c.factId,
      tie: c.tie,
      tiedBy: c.tiedBy,
      sources: c.sources,
      citation: c.citation,
      codes: c.codes,
    };
  });
}
