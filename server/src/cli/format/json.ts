/**
 * `--format json`, exactly the shape of SPEC section 6: every checked draft
 * with the fact files it used, every fact file as its own entry (`facts: []`)
 * carrying its own diagnostics, and a summary by severity. Each file is
 * printed on its own (`jsonPart`) and the parts joined (`jsonDocument`), the
 * same text as the whole object printed at once.
 */
import type { Severity } from '../../core';
import { displayPath, jsonAt, type Positions, type ReportDiagnostic, type ReportFile, type SeverityCounts } from '../report';

export interface JsonDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: ReportDiagnostic['code'];
  message: string;
  expected?: string;
  factId?: string;
}

export interface JsonFile {
  path: string;
  facts: string[];
  diagnostics: JsonDiagnostic[];
}

/** One file's entry in `files`. */
export function jsonFile(file: ReportFile, positions: Positions, cwd: string): JsonFile {
  return {
    path: file.display,
    facts: file.facts.map((f) => displayPath(f, cwd)),
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
  };
}

/** One file's entry as it is printed inside the document (two levels deep). */
export function jsonPart(file: ReportFile, positions: Positions, cwd: string): string {
  return jsonAt(jsonFile(file, positions, cwd), 2);
}

/** The JSON text, in pieces, from the files' parts in order: indented, ending with a newline. */
export function* jsonDocument(parts: Iterable<string>, summary: SeverityCounts): Generator<string> {
  let first = true;
  for (const part of parts) {
    yield first ? `{\n  "version": 1,\n  "files": [\n${part}` : `,\n${part}`;
    first = false;
  }
  const tail = `,\n  "summary": ${jsonAt(summary, 1).trimStart()}\n}\n`;
  yield first ? `{\n  "version": 1,\n  "files": []${tail}` : `\n  ]${tail}`;
}
