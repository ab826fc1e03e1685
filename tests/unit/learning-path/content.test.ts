/**
 * The real learning paths in content/paths/: each file passes the schema and every
 * module exists on the site (the build checks the same through the collections).
 * Also: each path holds the cases of its own setting, and every tool has a page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type Catalog, TOOLS } from '../../../src/engine/learning-path/catalog';
import { resolvePaths } from '../../../src/engine/learning-path/validate';
import { entryHref } from '../../../src/lib/navigation';
import { pathSchema } from '../../../src/schemas/path';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? yamlFiles(path) : e.name.endsWith('.yaml') ? [path] : [];
  });
}

function frontMatterTitle(path: string): string {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
  return String((parseYaml(match?.[1] ?? '') as { title?: unknown }).title);
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? mdxFiles(path) : e.name.endsWith('.mdx') ? [path] : [];
  });
}

/** The catalog as the build makes it, read from disk. */
function realCatalog(): Catalog {
  const read = (path: string) => parseYaml(readFileSync(path, 'utf8')) as { title: string; version: number; setting: string };
  return {
    pages: new Map(
      mdxFiles('content/reference').map((f) => [entryHref(relative('content/reference', f).replace(/\.mdx$/, '')), { title: frontMatterTitle(f) }]),
    ),
    cases: new Map(yamlFiles('scenarios').map((f) => [f.replace(/^scenarios\//, '').replace(/\.yaml$/, ''), read(f)])),
    exercises: new Map(
      yamlFiles('content/exercises').map((f) => [relative('content/exercises', f).replace(/\.yaml$/, '').replaceAll('/', '-'), read(f)]),
    ),
    tools: TOOLS,
  };
}

const files = readdirSync('content/paths')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ file: `content/paths/${name}`, slug: name.replace(/\.yaml$/, ''), data: pathSchema.parse(parseYaml(readFileSync(`content/paths/${name}`, 'utf8'))) }));

describe('the learning paths in content/paths', () => {
  test('there is one path per setting', () => {
    expect(files.map((f) => f.data.setting).sort()).toEqual(
      ['basisschool', 'jgz-wijkteam', 'jongerenwerk-leerplicht', 'kinderopvang', 'mbo', 'verloskunde-kraamzorg', 'voortgezet-onderwijs'],
    );
  });

  test('every module refers to a page, case, exercise or tool that exists', () => {
    expect(() => resolvePaths(files, realCatalog())).not.toThrow();
  });

  test('each path holds every case of its own setting', () => {
    const catalog = realCatalog();
    for (const { file, data } of files) {
      const own = [...catalog.cases].filter(([, c]) => (c as unknown as { setting: string }).setting === data.setting).map(([slug]) => slug);
      const inPath = data.modules.flatMap((m) => (m.type === 'case' ? [m.slug] : []));
      for (const slug of own) expect(inPath, `${file} misses case ${slug}`).toContain(slug);
    }
  });
});

test('every tool a path may use has a page', () => {
  for (const route of TOOLS.keys()) {
    const page = `src/pages${route}index.astro`;
    const flat = `src/pages${route.replace(/\/$/, '')}.astro`;
    expect(existsSync(page) || existsSync(flat), route).toBe(true);
  }
});
