import { factDiagnostic, placeName } from '../facts/factDiagnostic';
import type { DraftCheck } from './draftCheck';
import type { FactFileCheck } from './factCheck';

/** facts-syntax in the fact file: it cannot be read, or is not valid YAML or JSON, said where it goes wrong. */
export const factsSyntaxInFactFile: FactFileCheck = {
  code: 'facts-syntax',
  scope: 'file',
  run: (file) => (file.unreadable ? [factDiagnostic('facts-syntax', file.unreadable, file.unreadable.message)] : []),
};

/**
 * facts-syntax, in the draft (SPEC section 1): while a fact file the draft
 * uses does not parse, the draft gets no check that needs facts; so that it
 * does not look clean, it gets one notice (information) on its first line,
 * or on the front matter's `facts:` line, saying which file is broken, where,
 * and that its facts are not checked until it is mended.
 */
export const factsSyntax: DraftCheck = {
  code: 'facts-syntax',
  needsFacts: false,
  run(ctx) {
    const loaded = ctx.loaded;
    if (loaded.usable) return [];
    const broken = loaded.files.find((f) => !f.parsed);
    const problem = loaded.diagnostics.find((d) => d.code === 'facts-syntax' && d.file === broken?.path);
    const where = broken && problem ? placeName(loaded, problem, ctx.path) : broken ? placeName(loaded, { file: broken.path, start: 0, end: 0 }, ctx.path) : 'a fact file';
    const why = problem ? `: ${problem.message.replace(/\.$/, '')}` : '';
    const at = ctx.draft.frontMatter?.factsAt ?? firstLine(ctx.draft.text);
    const sentence = ctx.draft.sentences[0];
    if (!sentence) return [];
    return [{
      sentence,
      severity: 'information',
      diagnostic: {
        code: 'facts-syntax',
        start: at.start,
        end: at.end,
        message: `The fact file ${where} cannot be read${why}. Until it is mended, nothing in this draft is checked against its facts; weekdays and the draft's own consistency still are.`,
      },
    }];
  },
};

function firstLine(text: string): { start: number; end: number } {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const nl = text.slice(start).search(/\r\n|\r|\n/);
  return { start, end: nl < 0 ? text.length : start + nl };
}
