/**
 * Every repository path the docs name exists, so README, CONTRIBUTING and docs/ cannot go
 * stale silently after a file moves. A path is a backticked `src/...`, `tests/...`,
 * `scenarios/...`, `content/...`, `docs/...`, `scripts/...` or `bench/...`; a glob (`*`)
 * is checked up to the part before it; a placeholder (`<...>`, `${...}`) and a file a
 * command writes are left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
/** Files a command writes (not in the repository until it runs). */
const GENERATED = new Set(['bench/results/latest.json']);
const PATH = /`((?:src|tests|scenarios|content|docs|scripts|bench)\/[^`\s]*)`/g;

/** The repository paths named in a Markdown text. */
export function namedPaths(markdown: string): string[] {
  return [...markdown.matchAll(PATH)]
    .map((m) => (m[1] ?? '').split('#')[0] ?? '')
    .filter((p) => !p.includes('<') && !p.includes('${') && !GENERATED.has(p))
    .map((p) => (p.includes('*') ? p.slice(0, p.indexOf('*')).replace(/[^/]*$/, '') : p))
    .map((p) => p.replace(/[:,.]$/, ''));
}

describe('paths named in the docs', () => {
  test('the check finds paths and misses a wrong one', () => {
    expect(namedPaths('see `src/engine/scenario/index.ts` and `tests/*.ts`')).toEqual(['src/engine/scenario/index.ts', 'tests/']);
    expect(existsSync('src/engine/router.ts')).toBe(false);
  });

  for (const doc of DOCS) {
    test(`${doc} names only paths that exist`, () => {
      const missing = namedPaths(readFileSync(doc, 'utf8')).filter((p) => !existsSync(p));
      expect(missing).toEqual([]);
    });
  }
});
