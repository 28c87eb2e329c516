import type { Code } from '../codes';
import type { GroupLexicon } from '../claims/groups';
import type { TiedClaim } from '../claims/tie';
import type { SentenceClaims } from '../claims/readClaims';
import type { CoreDiagnostic } from '../diagnostic';
import type { Draft, Sentence } from '../draft/draft';
import type { FactBase, FactEntry, Located } from '../facts/factBase';
import { LineIndex } from '../text/lineIndex';

/** What a draft check sees: the draft, its facts, its claims and how each is tied. */
export interface DraftContext {
  path: string;
  draft: Draft;
  /** The facts the draft is checked against (empty while a fact file does not parse). */
  facts: FactBase;
  /** The fact base as loaded, usable or not (for the broken-fact-file notice). */
  loaded: FactBase;
  sentences: readonly SentenceClaims[];
  tied: readonly TiedClaim[];
  /** "facts.yaml:14": where a fact sits, for messages. */
  where(at: Located): string;
  /** 1-based line of an offset in the draft, for messages. */
  lineOf(offset: number): number;
  /** An entry's name for messages. */
  nameOf(entry: FactEntry): string;
  /** Whether a casualty group stands for any group ("people", "fatalities", or a `categories:` synonym of them). */
  groupIsAny(group: string): boolean;
}

/** A diagnostic and the sentence it belongs to (directives silence by sentence). */
export interface Finding {
  sentence: Sentence;
  diagnostic: Omit<CoreDiagnostic, 'severity' | 'file'>;
  /** A severity other than the code's own (the broken-fact-file notice is information). */
  severity?: CoreDiagnostic['severity'];
}

/** A check of a draft: one per code (STYLE rule 5). */
export interface DraftCheck {
  code: Code;
  /** Needs a usable fact file (SPEC section 1: a broken one switches these off). */
  needsFacts: boolean;
  run(ctx: DraftContext): Finding[];
}

export function makeDraftContext(path: string, draft: Draft, facts: FactBase, loaded: FactBase, sentences: readonly SentenceClaims[], tied: readonly TiedClaim[], groups: GroupLexicon): DraftContext {
  const indexes = new Map<string, LineIndex>();
  const draftIndex = new LineIndex(draft.text);
  const texts = new Map(facts.files.map((f) => [f.path, f.text]));
  return {
    path, draft, facts, loaded, sentences, tied,
    where(at) {
      let index = indexes.get(at.file);
      if (!index) {
        index = new LineIndex(texts.get(at.file) ?? '');
        indexes.set(at.file, index);
      }
      return `${at.file.split('/').pop()}:${index.positionAt(at.start).line + 1}`;
    },
    lineOf: (offset) => draftIndex.positionAt(offset).line + 1,
    nameOf: (entry) => entry.name ?? entry.id,
    groupIsAny: (group) => groups.isAnyGroup(group),
  };
}

/** A fix that puts `expected` in place of the claim's words. */
export function replaceWith(path: string, start: number, end: number, expected: string): NonNullable<CoreDiagnostic['fix']> {
  return { title: `Change to "${expected}"`, file: path, edits: [{ start, end, newText: expected }] };
}
