/**
 * The closed table of diagnostic codes (SPEC section 4). Never rename or reuse
 * a code; retire one by leaving it here with a comment.
 */
export type Severity = 'error' | 'warning' | 'information';

export type Code =
  | 'date-mismatch'
  | 'casualty-mismatch'
  | 'figure-mismatch'
  | 'age-mismatch'
  | 'name-mismatch'
  | 'weekday-mismatch'
  | 'internal-inconsistency'
  | 'unsourced-claim'
  | 'unknown-fact-ref'
  | 'facts-syntax'
  | 'facts-schema'
  | 'facts-duplicate-id'
  | 'facts-unknown-ref'
  | 'facts-total-mismatch'
  | 'facts-unsourced';

export interface CodeInfo {
  /** Severity unless the user overrides it (SPEC section 4). */
  severity: Severity;
  /** Whether the check attaches a fix (a value in the draft's own style). */
  fixable: boolean;
  /** Where the file sits: the draft or the fact file. */
  where: 'draft' | 'facts';
  /** One line for docs, SARIF rule descriptions and the README table. */
  summary: string;
}

export const CODES: Readonly<Record<Code, CodeInfo>> = {
  'date-mismatch': { severity: 'error', fixable: true, where: 'draft', summary: "A date disagrees with its tied entry's date." },
  'casualty-mismatch': { severity: 'error', fixable: true, where: 'draft', summary: 'A count disagrees with its tied entry, qualifier applied.' },
  'figure-mismatch': { severity: 'error', fixable: true, where: 'draft', summary: 'A figure disagrees with its `figures` entry.' },
  'age-mismatch': { severity: 'error', fixable: true, where: 'draft', summary: "An age disagrees with the person's `age` (or `born` and `died`)." },
  'name-mismatch': { severity: 'error', fixable: true, where: 'draft', summary: "A known person's name is misspelt or given the wrong title." },
  'weekday-mismatch': { severity: 'error', fixable: true, where: 'draft', summary: 'A weekday does not fall on the date it is written with.' },
  'internal-inconsistency': { severity: 'error', fixable: false, where: 'draft', summary: 'The draft gives one event two different counts or dates and no fact settles it.' },
  'unsourced-claim': { severity: 'warning', fixable: false, where: 'draft', summary: 'A claim sentence that is not sourced.' },
  'unknown-fact-ref': { severity: 'error', fixable: false, where: 'draft', summary: 'A `<!-- fact: id -->` names no entry.' },
  'facts-syntax': { severity: 'error', fixable: false, where: 'facts', summary: 'The fact file is not valid YAML/JSON.' },
  'facts-schema': { severity: 'error', fixable: false, where: 'facts', summary: 'A key, type or value the format does not allow.' },
  'facts-duplicate-id': { severity: 'error', fixable: false, where: 'facts', summary: 'An id defined twice.' },
  'facts-unknown-ref': { severity: 'error', fixable: false, where: 'facts', summary: '`sources:`, `of:` or `events:` names an undefined id.' },
  'facts-total-mismatch': { severity: 'error', fixable: false, where: 'facts', summary: 'A total differs from the sum of its `of:` parts.' },
  'facts-unsourced': { severity: 'information', fixable: false, where: 'facts', summary: 'An entry that is not sourced.' },
};

/** Every code, in SPEC order. */
export const ALL_CODES = Object.keys(CODES) as Code[];

/** The README anchor a code's documentation lives under (feeds `codeDescription.href`). */
export function docsAnchor(code: Code): string {
  return `#${code}`;
}

/**
 * The severity a diagnostic is shown with: its code's (or the user's
 * setting for the code), lowered to a warning where the mismatch rests on an
 * inferred tie (SPEC section 3, "How sure a tie is").
 */
export function severityFor(code: Code, tie: 'named' | 'directive' | 'inferred' | undefined, setting?: Severity): Severity {
  const base = setting ?? CODES[code].severity;
  return tie === 'inferred' && base === 'error' ? 'warning' : base;
}
