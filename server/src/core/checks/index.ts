import { ageMismatch } from './ageMismatch';
import { casualtyMismatch } from './casualtyMismatch';
import { dateMismatch } from './dateMismatch';
import type { DraftCheck } from './draftCheck';
import type { FactCheck } from './factCheck';
import { factsDuplicateId } from './factsDuplicateId';
import { factsSchema } from './factsSchema';
import { factsSyntax, factsSyntaxInFactFile } from './factsSyntax';
import { factsTotalMismatch } from './factsTotalMismatch';
import { factsUnknownRef } from './factsUnknownRef';
import { factsUnsourced } from './factsUnsourced';
import { figureMismatch } from './figureMismatch';
import { internalInconsistency } from './internalInconsistency';
import { nameMismatch } from './nameMismatch';
import { unknownFactRef } from './unknownFactRef';
import { unsourcedClaim } from './unsourcedClaim';
import { weekdayMismatch } from './weekdayMismatch';

/**
 * Every check of a draft, in SPEC section 4's order (core/checkDraft.ts runs
 * them). facts-syntax is here too: the notice in a draft whose fact file is
 * broken.
 */
export const DRAFT_CHECKS: readonly DraftCheck[] = [
  dateMismatch,
  casualtyMismatch,
  figureMismatch,
  ageMismatch,
  nameMismatch,
  weekdayMismatch,
  internalInconsistency,
  unsourcedClaim,
  unknownFactRef,
  factsSyntax,
];

/**
 * Every check of the fact files, in SPEC section 4's order (core/loadFacts.ts
 * runs them): each file as read, then the merged files.
 */
export const FACT_CHECKS: readonly FactCheck[] = [
  factsSyntaxInFactFile,
  factsSchema,
  factsDuplicateId,
  factsUnknownRef,
  factsTotalMismatch,
  factsUnsourced,
];
