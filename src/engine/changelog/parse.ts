/**
 * Parsing the content changelog (content/changelog.yaml) with its zod schema. Build and test side
 * only: the changelog page is rendered at build and sends no JavaScript.
 */
import { parseDocument } from 'yaml';
import { changelogSchema, type Change } from '../../schemas/changelog';

/** Reads the changelog from its YAML text; throws an Error naming the file, each broken entry and its problem. */
export function parseChangelog(text: string, file = 'content/changelog.yaml'): Change[] {
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) throw new Error(`${file}: YAML syntax error: ${error.message.split('\n')[0] ?? error.message}`);
  const data: unknown = doc.toJS();
  const parsed = changelogSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const entry = typeof index === 'number' && Array.isArray(data) ? (data[index] as { title?: unknown } | undefined) : undefined;
    const name =
      typeof index !== 'number' ? 'the file' : typeof entry?.title === 'string' ? `entry ${index + 1} ("${entry.title}")` : `entry ${index + 1}`;
    return `  - ${file}: ${name}${rest.length ? ` (${rest.join('.')})` : ''}: ${issue.message}`;
  });
  throw new Error(`The changelog has ${lines.length} problem(s):\n${lines.join('\n')}`);
}

/** The changes grouped by day, newest day first, in file order within a day. */
export function changesByDay(changes: readonly Change[]): { date: string; changes: Change[] }[] {
  const days: { date: string; changes: Change[] }[] = [];
  for (const change of changes) {
    const last = days.at(-1);
    if (last?.date === change.date) last.changes.push(change);
    else days.push({ date: change.date, changes: [change] });
  }
  return days;
}
