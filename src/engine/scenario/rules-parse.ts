/**
 * Parsing the rule catalogue (content/rules.yaml) with its zod schema. Build and test side
 * only: the browser gets the rules a case names inside the loaded case, and uses rules.ts.
 */
import { ruleCatalogueSchema, type Rule } from '../../schemas/rule';
import { parseYamlList } from '../shared/server';

/** Reads the catalogue from its YAML text; throws an Error naming the file, entry and problem. */
export function parseRuleCatalogue(text: string, file = 'content/rules.yaml'): Rule[] {
  return parseYamlList(text, file, ruleCatalogueSchema, 'The rule catalogue', (entry, index) =>
    typeof entry?.['id'] === 'string' ? `rule "${entry['id']}"` : `entry [${index}]`,
  );
}

