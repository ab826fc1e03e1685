/**
 * Checks the learning path files against the site and turns them into resolved paths:
 * every module gets its title and link from the catalog. A module that points at a
 * page, case, exercise or tool that does not exist is an error naming the file and
 * the module, and the page that calls this (src/pages/leerroutes/) fails the build.
 */
import { type LearningPathData, type ModuleType, type PathModule, moduleKey } from '../../schemas/path';
import type { Setting } from '../../schemas/scenario';
import { type Catalog, PRIVACY_TEST_ROUTE, PRIVACY_TEST_TITLE, caseHref, exerciseHref } from './catalog';

/** A path file as the content collection gives it. */
export interface PathSourceFile {
  /** Path of the file for error messages, e.g. content/paths/basisonderwijs.yaml. */
  file: string;
  /** The path's slug (file name without .yaml); its URL is /leerroutes/<slug>/. */
  slug: string;
  data: LearningPathData;
}

/** A module with everything a page needs to show and link it. */
export interface ResolvedModule {
  /** Stable key, e.g. `case:noor-groep-6` (see moduleKey). */
  key: string;
  type: ModuleType;
  /** The route (page, tool) or slug (case, exercise); '' for the privacy test. */
  ref: string;
  title: string;
  href: string;
  /** Why the module is in the path, or null. */
  note: string | null;
  /** The case's version (cases only), else null. */
  version: number | null;
}

/** A checked path, ready to render and to compute progress on. */
export interface ResolvedPath {
  slug: string;
  title: string;
  setting: Setting;
  audience: string;
  summary: string;
  order: number;
  modules: ResolvedModule[];
}

/** A path file refers to something that does not exist; the message lists every problem. */
export class PathValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid learning paths (see docs/learning-paths.md):\n${problems.join('\n')}`);
    this.name = 'PathValidationError';
  }
}

function describe(module: PathModule, index: number): string {
  return `module ${index + 1} (${moduleKey(module)})`;
}

/** Resolves one module, or returns the Dutch reason it cannot be resolved. */
function resolveModule(module: PathModule, catalog: Catalog): ResolvedModule | string {
  const base = { key: moduleKey(module), type: module.type, note: module.note ?? null, version: null };
  switch (module.type) {
    case 'page': {
      const page = catalog.pages.get(module.route);
      if (!page) return `er is geen pagina ${module.route} in content/reference/`;
      return { ...base, ref: module.route, title: page.title, href: module.route };
    }
    case 'tool': {
      const tool = catalog.tools.get(module.route);
      if (!tool) return `${module.route} is geen bekend hulpmiddel (zie TOOLS in src/engine/learning-path/catalog.ts)`;
      return { ...base, ref: module.route, title: tool.title, href: module.route };
    }
    case 'case': {
      const found = catalog.cases.get(module.slug);
      if (!found) return `de casus "${module.slug}" bestaat niet (scenarios/${module.slug}.yaml ontbreekt)`;
      return { ...base, ref: module.slug, title: found.title, href: caseHref(module.slug), version: found.version };
    }
    case 'exercise': {
      const found = catalog.exercises.get(module.slug);
      if (!found) return `de oefening "${module.slug}" bestaat niet in content/exercises/`;
      return { ...base, ref: module.slug, title: found.title, href: exerciseHref(module.slug) };
    }
    case 'privacy-test':
      return { ...base, ref: '', title: PRIVACY_TEST_TITLE, href: PRIVACY_TEST_ROUTE };
  }
}

/** Checks every path against the catalog; throws PathValidationError naming each bad file and module. */
export function resolvePaths(files: readonly PathSourceFile[], catalog: Catalog): ResolvedPath[] {
  const problems: string[] = [];
  const paths: ResolvedPath[] = [];
  for (const { file, slug, data } of files) {
    const modules: ResolvedModule[] = [];
    data.modules.forEach((module, index) => {
      const resolved = resolveModule(module, catalog);
      if (typeof resolved === 'string') problems.push(`${file}, ${describe(module, index)}: ${resolved}`);
      else modules.push(resolved);
    });
    const { title, setting, audience, summary, order } = data;
    paths.push({ slug, title, setting, audience, summary, order, modules });
  }
  if (problems.length > 0) throw new PathValidationError(problems);
  return paths.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'nl'));
}

/** Every module the catalog offers, by kind, for the progress page (cases, exercises, pages, tools, the test). */
export interface CatalogModules {
  cases: ResolvedModule[];
  exercises: ResolvedModule[];
  pages: ResolvedModule[];
  tools: ResolvedModule[];
  privacyTest: ResolvedModule;
}

function resolveAll(modules: PathModule[], catalog: Catalog): ResolvedModule[] {
  return modules.map((m) => resolveModule(m, catalog)).filter((m): m is ResolvedModule => typeof m !== 'string');
}

/** Resolves everything in the catalog as modules, sorted by title (pages by route). */
export function catalogModules(catalog: Catalog): CatalogModules {
  const byTitle = (a: ResolvedModule, b: ResolvedModule) => a.title.localeCompare(b.title, 'nl');
  const privacyTest = resolveModule({ type: 'privacy-test' }, catalog) as ResolvedModule;
  return {
    cases: resolveAll([...catalog.cases.keys()].map((slug) => ({ type: 'case', slug })), catalog).sort(byTitle),
    exercises: resolveAll([...catalog.exercises.keys()].map((slug) => ({ type: 'exercise', slug })), catalog).sort(byTitle),
    pages: resolveAll([...catalog.pages.keys()].sort().map((route) => ({ type: 'page', route })), catalog),
    tools: resolveAll([...catalog.tools.keys()].map((route) => ({ type: 'tool', route })), catalog).sort(byTitle),
    privacyTest,
  };
}
