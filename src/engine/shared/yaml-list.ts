/**
 * Reading a content file that is a YAML list checked by a zod schema (the rule catalogue,
 * the changelog). Build and test side only: zod and yaml never go to the browser.
 */
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';

/**
 * Reads the list from its YAML text and checks it against the schema. A syntax error throws
 * an Error naming the file; schema problems throw one Error listing each, with the file, the
 * entry (named by `entryName`, or "the file" for a problem outside the entries) and the problem.
 */
export function parseYamlList<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  what: string,
  entryName: (entry: { [key: string]: unknown } | undefined, index: number) => string,
): T {
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) throw new Error(`${file}: YAML syntax error: ${error.message.split('\n')[0] ?? error.message}`);
  const data: unknown = doc.toJS();
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const name =
      typeof index === 'number' ? entryName(Array.isArray(data) ? (data[index] as { [key: string]: unknown } | undefined) : undefined, index) : 'the file';
    return `  - ${file}: ${name}${rest.length ? ` (${rest.join('.')})` : ''}: ${issue.message}`;
  });
  throw new Error(`${what} has ${lines.length} problem(s):\n${lines.join('\n')}`);
}
