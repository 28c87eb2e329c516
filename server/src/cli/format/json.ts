/**
 * `--format json`, exactly the shape of SPEC section 6: every checked draft
 * with the fact files it used, every fact file as its own entry (`facts: []`)
 * carrying its own diagnostics, and a summary by severity.
 */
import type { Severity } from '../../core';
import { countSeverities, displayPath, Positions, type Report, type SeverityCounts } from '../report';

export interface JsonDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  expected?: string;
  factId?: string;
}

export interface JsonFile {
  path: string;
  facts: string[];
  diagnostics: JsonDiagnostic[];
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
  summary: SeverityCounts;
}

/** The report as SPEC section 6's JSON object. */
export function toJson(report: Report): JsonReport {
  const positions = new Positions(report.texts);
  const files = report.files.map((file): JsonFile => ({
    path: file.display,
    facts: file.facts.map((f) => displayPath(f, report.cwd)),
    diagnostics: file.diagnostics.map((d): JsonDiagnostic => {
      const out: JsonDiagnostic = {
        ...positions.range(d.file, d.start, d.end),
        severity: d.severity,
        code: d.code,
        message: d.message,
      };
      if (d.expected !== undefined) out.expected = d.expected;
      if (d.factId !== undefined) out.factId = d.factId;
      return out;
    }),
  }));
  return { version: 1, files, summary: countSeverities(report) };
}

/** The JSON text, indented, ending with a newline. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(toJson(report), null, 2)}\n`;
}
