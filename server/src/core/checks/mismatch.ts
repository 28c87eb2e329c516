import type { CasualtyClaim, Claim, FigureClaim } from '../claims/claim';
import type { TiedClaim } from '../claims/tie';
import type { Code } from '../codes';
import type { CoreDiagnostic } from '../diagnostic';
import type { DraftCheck, DraftContext, Finding } from './draftCheck';
import { replaceWith } from './draftCheck';
import { explainTie } from '../claims/explain';

type Disagreeing = TiedClaim & { verdict: { status: 'disagrees' } };

/**
 * A fix that puts the fact's value in place of the qualifier and the number
 * together ("more than 120" to "116"; "over $9 million" to "$6 million"'s
 * "$6"), for a qualifier that would leave the fact's own value false. The
 * words between them stay (the "$" of a figure; a count has none).
 */
function replaceQualified(ctx: DraftContext, claim: CasualtyClaim | FigureClaim, expected: string): NonNullable<CoreDiagnostic['fix']> {
  const wordsFrom = claim.kind === 'figure' ? claim.qualifierEnd : claim.start;
  const newText = ctx.draft.text.slice(wordsFrom, claim.start) + expected;
  const written = ctx.draft.text.slice(claim.qualifierStart, claim.end).replace(/\s+/g, ' ');
  return { title: `Change "${written}" to "${newText}"`, file: ctx.path, edits: [{ start: claim.qualifierStart, end: claim.end, newText }] };
}

/** The quick fix of a mismatch: the fact's value in place of the claim's, its qualifier too where that cannot stay. */
function fixOf(ctx: DraftContext, claim: Claim, expected: string, dropsQualifier: boolean): NonNullable<CoreDiagnostic['fix']> {
  return dropsQualifier && (claim.kind === 'casualty' || claim.kind === 'figure')
    ? replaceQualified(ctx, claim, expected)
    : replaceWith(ctx.path, claim.start, claim.end, expected);
}

/** What a mismatch check says: from the context, the claim, its verdict and the claim's words. */
type Message<K extends Claim['kind']> = (ctx: DraftContext, claim: Extract<Claim, { kind: K }>, t: Disagreeing, written: string) => string;

/**
 * The shared shape of the five "<kind>-mismatch" checks: every claim of one
 * kind whose tied entry disagrees becomes a diagnostic with the fact's value
 * as its fix. Each check file supplies its code, its kind and its message.
 */
export function mismatchCheck<K extends Claim['kind']>(code: Code, kind: K, message: Message<K>): DraftCheck {
  return { code, needsFacts: true, run: (ctx) => mismatches(ctx, code, kind, message) };
}

function mismatches<K extends Claim['kind']>(ctx: DraftContext, code: Code, kind: K, message: Message<K>): Finding[] {
  const findings: Finding[] = [];
  for (const t of ctx.tied) {
    if (t.claim.kind !== kind || t.verdict.status !== 'disagrees') continue;
    const claim = t.claim as Extract<Claim, { kind: K }>;
    const written = ctx.draft.text.slice(claim.start, claim.end).replace(/\s+/g, ' ');
    const { comparison, entry, tie } = t.verdict;
    const said = message(ctx, claim, t as Disagreeing, written);
    findings.push({
      sentence: claim.sentence,
      diagnostic: {
        code,
        start: claim.start,
        end: claim.end,
        // A name is its own tie; every other mismatch says which words held it to its entry (SPEC section 3).
        message: kind === 'name' ? said : `${said} ${explainTie(tie, entry, said.includes(`"${entry.name ?? entry.id}"`))}`,
        factId: entry.id,
        tie: tie.strength,
        ...(comparison.expected !== undefined
          ? { expected: comparison.expected, fix: fixOf(ctx, claim, comparison.expected, comparison.dropsQualifier === true) }
          : {}),
        related: [{ file: comparison.at.file, start: comparison.at.start, end: comparison.at.end, message: `${ctx.nameOf(entry)}: ${comparison.factText}` }],
      },
    });
  }
  return findings;
}
