/**
 * facts-duplicate-id: an id defined twice, in one map (a repeated YAML key),
 * across sections or across merged files (SPEC section 2: ids are unique;
 * the first definition in merge order is the one used). The diagnostic sits
 * on the second definition's id and names where the first one is.
 */
import type { CoreDiagnostic } from '../diagnostic';
import type { FactBaseCheck } from './factCheck';
import type { FactBase } from '../facts/factBase';
import { factDiagnostic, placeName } from '../facts/factDiagnostic';
import { withArticle } from '../facts/sectionNames';


function run(base: FactBase): CoreDiagnostic[] {
  const out: CoreDiagnostic[] = [];
  for (const entry of base.definitions ?? []) {
    const first = base.entries.get(entry.id);
    if (!first || first === entry) continue;
    const where = placeName(base, first.idAt, entry.file);
    const message = `Id "${entry.id}" is already defined as ${withArticle(first.section)} at ${where}; this definition is ignored`;
    out.push({
      ...factDiagnostic('facts-duplicate-id', entry.idAt, message),
      related: [{ ...first.idAt, message: `First definition of "${entry.id}"` }],
    });
  }
  return out;
}

export const factsDuplicateId: FactBaseCheck = { code: 'facts-duplicate-id', scope: 'base', needsAllFiles: false, run };
