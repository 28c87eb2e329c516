import { ageMismatch } from './ageMismatch';
import { casualtyMismatch } from './casualtyMismatch';
import { dateMismatch } from './dateMismatch';
import type { DraftCheck } from './draftCheck';
import { factsSyntax } from './factsSyntax';
import { figureMismatch } from './figureMismatch';
import { internalInconsistency } from './internalInconsistency';
import { nameMismatch } from './nameMismatch';
import { unknownFactRef } from './unknownFactRef';
import { unsourcedClaim } from './unsourcedClaim';
import { weekdayMismatch } from './weekdayMismatch';

/**
 * Every check of a draft, in SPEC section 4's order. The fact-file codes
 * (facts-*) are made where the fact file is read: facts/loadFacts.ts and the
 * checks/facts*.ts files it runs.
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
