/**
 * Parsing the rule catalogue (content/rules.yaml) with its zod schema. Build and test side
 * only: the browser gets the rules a case names inside the loaded case, and uses rules.ts.
 */
import { parseDocument } from 'yaml';
import { ruleCatalogueSchema, type Rule } from '../../schemas/rule';

/** Reads the catalogue from its YAML text; throws an Error naming the file, entry and problem. */
export function parseRuleCatalogue(text: string, file = 'content/rules.yaml'): Rule[] {
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) throw new Error(`${file}: YAML syntax error: ${error.message.split('\n')[0] ?? error.message}`);
  const data: unknown = doc.toJS();
  const parsed = ruleCatalogueSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const [index, ...rest] = issue.path;
      const entry = typeof index === 'number' && Array.isArray(data) ? (data[index] as { id?: unknown } | undefined) : undefined;
      const name = typeof entry?.id === 'string' ? `rule "${entry.id}"` : typeof index === 'number' ? `entry [${index}]` : 'the file';
      return `  - ${file}: ${name}${rest.length ? ` (${rest.join('.')})` : ''}: ${issue.message}`;
    });
    throw new Error(`The rule catalogue has ${lines.length} problem(s):\n${lines.join('\n')}`);
  }
  return parsed.data;
}

