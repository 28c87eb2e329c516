/**
 * Puts the checked drafts together into one report, in the drafts' order,
 * whichever thread checked them: each fact file is listed once, under its own
 * path, with the diagnostics of every fact base that holds it, however many
 * drafts use it (SPEC section 6).
 */
import type { CheckedDraft } from './draftChecker';
import type { ToolInfo } from './format/sarif';
import { assemble, keep, renderFile, type KeptFile, type OutputOptions } from './output';
import { diagnosticKey, displayPath, Positions, type ReportDiagnostic, type ReportFile } from './report';

export class TreeReport {
  private readonly drafts: KeptFile[] = [];
  private readonly factFiles = new Map<string, ReportFile>();
  private readonly factTexts = new Map<string, string>();
  private readonly bases = new Set<string>();
  private readonly seen = new Set<string>();

  constructor(private readonly options: OutputOptions) {}

  /** How many drafts have been added. */
  get size(): number {
    return this.drafts.length;
  }

  /**
   * Adds the next draft. A fact base's diagnostics are taken from the first
   * draft to use it, which is also the first to load it on its thread, so it
   * carries the base (drafts are handed to threads in order).
   */
  add(draft: CheckedDraft): void {
    if (!this.bases.has(draft.baseKey)) {
      if (!draft.base) throw new Error(`the fact base of ${draft.path} was not passed on`);
      this.bases.add(draft.baseKey);
      for (const file of draft.base.files) {
        if (!this.factTexts.has(file.path)) this.factTexts.set(file.path, file.text);
        this.factFile(file.path);
      }
      for (const d of draft.base.diagnostics) this.addFact(d);
    }
    for (const d of draft.elsewhere) this.addFact(d);
    this.drafts.push(keep(draft.rendered));
  }

  /** The whole output, in pieces to write in turn, and whether any diagnostic is an error (--quiet or not). */
  finish(tool: ToolInfo): { output: Iterable<string>; hasError: boolean } {
    const positions = new Positions(this.factTexts);
    const files = [...this.drafts];
    for (const file of this.factFiles.values()) {
      file.diagnostics.sort((a, b) => a.start - b.start);
      files.push(keep(renderFile(file, positions, this.options)));
    }
    return { output: assemble(files, this.options, tool), hasError: files.some((f) => f.hasError) };
  }

  private factFile(path: string): ReportFile {
    let file = this.factFiles.get(path);
    if (!file) {
      file = { path, display: displayPath(path, this.options.cwd), facts: [], diagnostics: [] };
      this.factFiles.set(path, file);
    }
    return file;
  }

  private addFact(d: ReportDiagnostic): void {
    const key = diagnosticKey(d);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.factFile(d.file).diagnostics.push(d);
  }
}
