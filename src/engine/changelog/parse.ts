/**
 * Parsing the content changelog (content/changelog.yaml) with its zod schema. Build and test side
 * only: the changelog page is rendered at build and sends no JavaScript.
 */
import { changelogSchema, type Change } from '../../schemas/changelog';
import { parseYamlList } from '../shared/server';

/** Reads the changelog from its YAML text; throws an Error naming the file, each broken entry and its problem. */
export function parseChangelog(text: string, file = 'content/changelog.yaml'): Change[] {
  return parseYamlList(text, file, changelogSchema, 'The changelog', (entry, index) =>
    typeof entry?.['title'] === 'string' ? `entry ${index + 1} ("${entry['title']}")` : `entry ${index + 1}`,
  );
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
