/**
 * `--format sarif`: a SARIF 2.1.0 log with one run, a rule for every code in
 * the closed table (SPEC section 4) and a result for every diagnostic, with
 * its quick fix as a SARIF `fix` where the core made one (STYLE rule 7).
 * Columns count UTF-16 code units, which the run declares in `columnKind`.
 */
import { pathToFileURL } from 'node:url';
import { ALL_CODES, CODES, docsAnchor, type CoreDiagnostic, type Severity } from '../../core';
import { displayPath, Positions, type Report } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface ToolInfo {
  name: string;
  version: string;
  /** Where the README lives; rule help links point at its anchors. */
  readmeUri: string;
  /** The project's home page. */
  informationUri: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
};

const SRCROOT = '%SRCROOT%';

/** A relative path as a URI reference: each segment percent-encoded ("my draft.md" -> "my%20draft.md"). */
function uriOf(display: string): string {
  return display.split('/').map(encodeURIComponent).join('/');
}

/** The report as a SARIF 2.1.0 log object. */
export function toSarif(report: Report, tool: ToolInfo): Record<string, unknown> {
  const positions = new Positions(report.texts);
  const ruleIndex = new Map(ALL_CODES.map((code, i) => [code, i] as const));

  const location = (file: string, start: number, end: number) => {
    const r = positions.range(file, start, end);
    return {
      artifactLocation: { uri: uriOf(displayPath(file, report.cwd)), uriBaseId: SRCROOT },
      region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
    };
  };

  const result = (d: CoreDiagnostic) => {
    const out: Record<string, unknown> = {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: location(d.file, d.start, d.end) }],
    };
    const related = (d.related ?? []).filter((r) => report.texts.has(r.file));
    if (related.length > 0) {
      out['relatedLocations'] = related.map((r, id) => ({
        id,
        physicalLocation: location(r.file, r.start, r.end),
        message: { text: r.message },
      }));
    }
    if (d.fix && d.fix.edits.length > 0 && report.texts.has(d.fix.file)) {
      const fixFile = d.fix.file;
      out['fixes'] = [
        {
          description: { text: d.fix.title },
          artifactChanges: [
            {
              artifactLocation: { uri: uriOf(displayPath(fixFile, report.cwd)), uriBaseId: SRCROOT },
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

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: ALL_CODES.map((code) => ({
              id: code,
              shortDescription: { text: CODES[code].summary },
              helpUri: `${tool.readmeUri}${docsAnchor(code)}`,
              defaultConfiguration: { level: LEVEL[CODES[code].severity] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(report.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: report.files.flatMap((file) => file.diagnostics.map(result)),
      },
    ],
  };
}

/** The SARIF text, indented, ending with a newline. */
export function formatSarif(report: Report, tool: ToolInfo): string {
  return `${JSON.stringify(toSarif(report, tool), null, 2)}\n`;
}
