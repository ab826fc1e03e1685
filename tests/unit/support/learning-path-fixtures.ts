/** Small fixtures for the learning-path tests: a catalog, a path and snapshots. */
import type { Catalog } from '../../../src/engine/learning-path/catalog';
import { TOOLS } from '../../../src/engine/learning-path/catalog';
import { type CaseRecord, EMPTY_SNAPSHOT, type ProgressSnapshot, type QuizRecord } from '../../../src/engine/learning-path/progress';
import { type ResolvedPath, resolvePaths } from '../../../src/engine/learning-path/validate';
import { type LearningPathData, pathSchema } from '../../../src/schemas/path';

/** A catalog with two pages, two cases (one at version 2), one exercise and the tools. */
export const catalog: Catalog = {
  pages: new Map([
    ['/handelingswijzer/', { title: 'Handelingswijzer' }],
    ['/vastleggen/', { title: 'Vastleggen in het dossier' }],
  ]),
  cases: new Map([
    ['noor-groep-6', { title: 'Noor vertelt het in de pauze', version: 1 }],
    ['finn', { title: 'Finn is anders dan anders', version: 2 }],
  ]),
  exercises: new Map([['vastleggen-school', { title: 'Op school' }]]),
  tools: TOOLS,
};

/** A path file's data, parsed by the real schema. */
export function pathData(modules: unknown[], extra: Record<string, unknown> = {}): LearningPathData {
  return pathSchema.parse({
    title: 'Basisonderwijs',
    setting: 'basisschool',
    audience: 'Voor leerkrachten en IB-ers.',
    summary: 'Een leerroute om te testen, met genoeg tekst.',
    modules,
    ...extra,
  });
}

/** The standard test path: page, case, privacy test, exercise, tool, second case. */
export const MODULES = [
  { type: 'page', route: '/handelingswijzer/' },
  { type: 'case', slug: 'noor-groep-6' },
  { type: 'privacy-test' },
  { type: 'exercise', slug: 'vastleggen-school' },
  { type: 'tool', route: '/wie-bel-ik/' },
  { type: 'case', slug: 'finn' },
];

/** The standard path, resolved. */
export function testPath(): ResolvedPath {
  const [path] = resolvePaths([{ file: 'content/paths/basis.yaml', slug: 'basis', data: pathData(MODULES) }], catalog);
  if (!path) throw new Error('fixture path missing');
  return path;
}

/** A passed case record of the given version. */
export function passedCase(version: number, percent = 90): CaseRecord {
  return { version, finished: true, inProgress: false, best: { score: percent, max: 100, percent, passed: true } };
}

/** A privacy test result. */
export function quiz(percent: number, passed: boolean, at = '2026-11-20T10:00:00.000Z'): QuizRecord {
  return { at, points: percent / 10, max: 10, percent, passed };
}

/** A snapshot with the given parts changed. */
export function snapshot(parts: Partial<ProgressSnapshot> = {}): ProgressSnapshot {
  return { ...EMPTY_SNAPSHOT, ...parts };
}

/** Everything in the standard path done. */
export function allDone(): ProgressSnapshot {
  return snapshot({
    pagesRead: new Map([
      ['/handelingswijzer/', '2026-11-20T09:00:00.000Z'],
      ['/wie-bel-ik/', '2026-11-20T09:30:00.000Z'],
    ]),
    cases: new Map([
      ['noor-groep-6', passedCase(1, 80)],
      ['finn', passedCase(2, 95)],
    ]),
    quizResults: [quiz(70, false), quiz(90, true, '2026-11-21T10:00:00.000Z')],
    exercises: new Map([['vastleggen-school', { done: true, started: true, bestPercent: 80 }]]),
  });
}
