/**
 * `--format sarif`: a SARIF 2.1.0 log with one run, a rule for every code in
 * the closed table (SPEC section 4) and a result for every diagnostic, with
 * its quick fix as a SARIF `fix` where the core made one (STYLE rule 7).
 * Columns count UTF-16 code units, which the run declares in `columnKind`.
 * The CLI's own `not-checked` is a result with no rule (`ruleIndex` absent).
 */
import { pathToFileURL } from 'node:url';
import { ALL_CODES, CODES, docsAnchor, type Code, type Severity } from '../../core';
import { displayPath, jsonAt, Positions, type Report, type ReportDiagnostic, type ReportFile } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface ToolInfo {
  name: string;
  version: string;
  /**
   * Where the README lives, when it has a real address (package.json
   * `repository`); rule help links point at its anchors. Without one, SARIF
   * gets no links: a placeholder address would lead nowhere (issue 11).
   */
  readmeUri?: string;
  /** The project's home page, when it has one. */
  informationUri?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
};

const SRCROOT = '%SRCROOT%';

const RULE_INDEX: ReadonlyMap<string, number> = new Map(ALL_CODES.map((code: Code, i) => [code, i] as const));

/** A relative path as a URI reference: each segment percent-encoded ("my draft.md" -> "my%20draft.md"). */
function uriOf(display: string): string {
  return display.split('/').map(encodeURIComponent).join('/');
}

/** One file's results; a related location or fix in a file whose text is not known is left out. */
export function sarifResults(file: ReportFile, positions: Positions, cwd: string): Record<string, unknown>[] {
  const location = (path: string, start: number, end: number) => {
    const r = positions.range(path, start, end);
    return {
      artifactLocation: { uri: uriOf(displayPath(path, cwd)), uriBaseId: SRCROOT },
      region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
    };
  };

  const result = (d: ReportDiagnostic) => {
    const out: Record<string, unknown> = {
      ruleId: d.code,
      ruleIndex: RULE_INDEX.get(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: location(d.file, d.start, d.end) }],
    };
    const related = (d.related ?? []).filter((r) => positions.has(r.file));
    if (related.length > 0) {
      out['relatedLocations'] = related.map((r, id) => ({
        id,
        physicalLocation: location(r.file, r.start, r.end),
        message: { text: r.message },
      }));
    }
    if (d.fix && d.fix.edits.length > 0 && positions.has(d.fix.file)) {
      const fixFile = d.fix.file;
      out['fixes'] = [
        {
          description: { text: d.fix.title },
          artifactChanges: [
            {
              artifactLocation: { uri: uriOf(displayPath(fixFile, cwd)), uriBaseId: SRCROOT },
              replacements: d.fix.edits.map((edit) => ({
                deletedRegion: location(fixFile, edit.start, edit.end).region,
                insertedContent: { text: edit.newText },
              })),
            },
          ],
        },
      ];
    }
    const properties: Record<string, string> = {};
    if (d.expected !== undefined) properties['expected'] = d.expected;
    if (d.factId !== undefined) properties['factId'] = d.factId;
    if (Object.keys(properties).length > 0) out['properties'] = properties;
    return out;
  };

  return file.diagnostics.map(result);
}

/** One file's results as they are printed inside the document (four levels deep), '' when it has none. */
export function sarifPart(file: ReportFile, positions: Positions, cwd: string): string {
  return sarifResults(file, positions, cwd)
    .map((r) => jsonAt(r, 4))
    .join(',\n');
}

/** The log with its results given. */
function sarifLog(tool: ToolInfo, cwd: string, results: unknown[]): Record<string, unknown> {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: ALL_CODES.map((code) => ({
              id: code,
              shortDescription: { text: CODES[code].summary },
              ...(tool.readmeUri ? { helpUri: `${tool.readmeUri}${docsAnchor(code)}` } : {}),
              defaultConfiguration: { level: LEVEL[CODES[code].severity] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        // Last: sarifDocument puts the printed results in its place.
        results,
      },
    ],
  };
}

/** The report as a SARIF 2.1.0 log object. */
export function toSarif(report: Report, tool: ToolInfo): Record<string, unknown> {
  const positions = new Positions(report.texts);
  return sarifLog(tool, report.cwd, report.files.flatMap((file) => sarifResults(file, positions, report.cwd)));
}

/** The SARIF text, in pieces, from the files' parts in order: indented, ending with a newline. */
export function* sarifDocument(parts: Iterable<string>, tool: ToolInfo, cwd: string): Generator<string> {
  const empty = `${JSON.stringify(sarifLog(tool, cwd, []), null, 2)}\n`;
  // `"results": []` is the last key of the only run, so its last occurrence is the one.
  const at = empty.lastIndexOf('"results": []');
  let first = true;
  for (const part of parts) {
    if (part === '') continue;
    yield first ? `${empty.slice(0, at)}"results": [\n${part}` : `,\n${part}`;
    first = false;
  }
  yield first ? empty : `\n      ]${empty.slice(at + '"results": []'.length)}`;
}
