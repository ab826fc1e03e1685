/**
 * Build-time loading of the learning paths: gathers the catalog (reference pages,
 * cases, exercises, tools) from the content collections and checks every path file
 * against it. A path that points at something missing throws PathValidationError,
 * so `astro build` fails naming the file and the module.
 */
import { getCollection } from 'astro:content';
import { type Catalog, TOOLS } from '~/engine/learning-path';
import { type ResolvedPath, resolvePaths } from '~/engine/learning-path/server';
import { entryHref } from '~/lib/navigation';

/** What exists on the site, for path validation and the progress page. */
export async function loadCatalog(): Promise<Catalog> {
  const [reference, scenarios, exercises] = await Promise.all([
    getCollection('reference'),
    getCollection('scenarios'),
    getCollection('exercises'),
  ]);
  return {
    pages: new Map(reference.map((e) => [entryHref(e.id), { title: e.data.title }])),
    cases: new Map(scenarios.map((e) => [e.id, { title: e.data.title, version: e.data.version }])),
    exercises: new Map(exercises.map((e) => [e.id, { title: e.data.title }])),
    tools: TOOLS,
  };
}

/** Every learning path, checked and resolved, in list order. */
export async function loadPaths(catalog?: Catalog): Promise<ResolvedPath[]> {
  const files = (await getCollection('paths')).map((entry) => ({
    file: entry.filePath ?? `content/paths/${entry.id}.yaml`,
    slug: entry.id,
    data: entry.data,
  }));
  return resolvePaths(files, catalog ?? (await loadCatalog()));
}
