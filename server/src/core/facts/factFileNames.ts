/**
 * Which files are fact files, by name (SPEC section 1): `facts.yaml`,
 * `facts.yml`, `facts.json` and `NAME.facts.yaml|yml|json`. The one source
 * of the rule: discovery, the server's watchers, the client's prompts and
 * package.json's activation events and schema associations
 * (test/unit/architecture/package.test.ts holds package.json to it).
 */

/** The extensions a fact file may have: YAML, or the same structure as JSON. */
export const FACT_FILE_EXTENSIONS = ['yaml', 'yml', 'json'] as const;

/** A fact file's name. */
export const FACT_FILE_NAME = /^(?:.+\.)?facts\.(?:yaml|yml|json)$/;

/** A YAML fact file's name, a name and not a path (what "Create a fact file" offers to write). */
export const YAML_FACT_FILE_NAME = /^(?:[^\\/]+\.)?facts\.ya?ml$/;

/** The name a new fact file gets when the writer has no other in mind. */
export const DEFAULT_FACT_FILE_NAME = 'facts.yaml';

/** The file-name patterns of fact files, as editors match files (`*.facts.yaml`). */
export const FACT_FILE_PATTERNS: readonly string[] = FACT_FILE_EXTENSIONS.flatMap((ext) => [`facts.${ext}`, `*.facts.${ext}`]);

/** Glob patterns that find fact files anywhere under a folder. */
export const FACT_FILE_GLOBS: readonly string[] = [`**/facts.{${FACT_FILE_EXTENSIONS.join(',')}}`, `**/*.facts.{${FACT_FILE_EXTENSIONS.join(',')}}`];

/** Whether a path (any separator) names a fact file. */
export function isFactFileName(path: string): boolean {
  return FACT_FILE_NAME.test(path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1));
}
