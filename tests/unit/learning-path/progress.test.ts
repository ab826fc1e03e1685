/** Learning paths: schema rules, validation against the site, module states, progress and the next step. */
import { describe, expect, test } from 'vitest';
import { moduleState, nextStep, pathProgress } from '../../../src/engine/learning-path/progress';
import { PathValidationError, resolvePaths } from '../../../src/engine/learning-path/validate';
import { nextStepLabel } from '../../../src/engine/learning-path/text';
import { pathSchema } from '../../../src/schemas/path';
import { MODULES, allDone, catalog, passedCase, pathData, quiz, snapshot, testPath } from '../support/learning-path-fixtures';

describe('path schema', () => {
  const base = { title: 'Route', setting: 'basisschool', audience: 'Voor iedereen op school.', summary: 'Een samenvatting van de route.' };

  test('a path without a case is refused', () => {
    const result = pathSchema.safeParse({ ...base, modules: [{ type: 'privacy-test' }] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('minstens één casus');
  });

  test('a path without the privacy test is refused', () => {
    const result = pathSchema.safeParse({ ...base, modules: [{ type: 'case', slug: 'noor-groep-6' }] });
    expect(JSON.stringify(result.error?.issues)).toContain('privacytoets precies één keer');
  });

  test('a module listed twice is refused, naming it', () => {
    const modules = [{ type: 'case', slug: 'noor' }, { type: 'privacy-test' }, { type: 'case', slug: 'noor' }];
    const result = pathSchema.safeParse({ ...base, modules });
    expect(JSON.stringify(result.error?.issues)).toContain('case:noor staat twee keer');
  });

  test('a route without its trailing slash is refused', () => {
    const modules = [{ type: 'page', route: '/vastleggen' }, { type: 'case', slug: 'noor' }, { type: 'privacy-test' }];
    expect(pathSchema.safeParse({ ...base, modules }).success).toBe(false);
  });

  test('an unknown module type is refused', () => {
    const modules = [{ type: 'video', url: 'x' }, { type: 'case', slug: 'noor' }, { type: 'privacy-test' }];
    expect(pathSchema.safeParse({ ...base, modules }).success).toBe(false);
  });
});

describe('resolvePaths', () => {
  test('gives each module its title and link from the catalog', () => {
    const path = testPath();
    expect(path.modules.map((m) => [m.key, m.title, m.href])).toEqual([
      ['page:/handelingswijzer/', 'Handelingswijzer', '/handelingswijzer/'],
      ['case:noor-groep-6', 'Noor vertelt het in de pauze', '/casussen/noor-groep-6/'],
      ['privacy-test', 'Privacytoets', '/privacytest/'],
      ['exercise:vastleggen-school', 'Op school', '/oefenen/vastleggen-school/'],
      ['tool:/wie-bel-ik/', 'Wie bel ik?', '/wie-bel-ik/'],
      ['case:finn', 'Finn is anders dan anders', '/casussen/finn/'],
    ]);
    expect(path.modules.find((m) => m.ref === 'finn')?.version).toBe(2);
  });

  test('names the file and the module of every reference that does not exist', () => {
    const data = pathData([
      { type: 'page', route: '/bestaat-niet/' },
      { type: 'case', slug: 'geen-casus' },
      { type: 'privacy-test' },
      { type: 'exercise', slug: 'geen-oefening' },
      { type: 'tool', route: '/geen-tool/' },
    ]);
    let error: unknown;
    try {
      resolvePaths([{ file: 'content/paths/kapot.yaml', slug: 'kapot', data }], catalog);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PathValidationError);
    expect((error as PathValidationError).problems).toEqual([
      'content/paths/kapot.yaml, module 1 (page:/bestaat-niet/): er is geen pagina /bestaat-niet/ in content/reference/',
      'content/paths/kapot.yaml, module 2 (case:geen-casus): de casus "geen-casus" bestaat niet (scenarios/geen-casus.yaml ontbreekt)',
      'content/paths/kapot.yaml, module 4 (exercise:geen-oefening): de oefening "geen-oefening" bestaat niet in content/exercises/',
      'content/paths/kapot.yaml, module 5 (tool:/geen-tool/): /geen-tool/ is geen bekend hulpmiddel (zie TOOLS in src/engine/learning-path/catalog.ts)',
    ]);
  });

  test('sorts paths by order, then title', () => {
    const files = [
      { file: 'b.yaml', slug: 'b', data: pathData(MODULES, { title: 'Bbb', order: 2 }) },
      { file: 'a.yaml', slug: 'a', data: pathData(MODULES, { title: 'Zzz', order: 1 }) },
      { file: 'c.yaml', slug: 'c', data: pathData(MODULES, { title: 'Aaa', order: 2 }) },
    ];
    expect(resolvePaths(files, catalog).map((p) => p.slug)).toEqual(['a', 'c', 'b']);
  });
});

describe('moduleState', () => {
  const path = testPath();
  const module = (key: string) => {
    const found = path.modules.find((m) => m.key === key);
    if (!found) throw new Error(`no module ${key}`);
    return found;
  };
  const [page, noor, test_, exercise, tool, finn] = ['page:/handelingswijzer/', 'case:noor-groep-6', 'privacy-test', 'exercise:vastleggen-school', 'tool:/wie-bel-ik/', 'case:finn'].map(module) as [
    ReturnType<typeof module>, ReturnType<typeof module>, ReturnType<typeof module>, ReturnType<typeof module>, ReturnType<typeof module>, ReturnType<typeof module>,
  ];

  test('nothing done: every module is todo', () => {
    expect(path.modules.map((m) => moduleState(m, snapshot()))).toEqual(['todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
  });

  test('a page and a tool are done once in the read pages', () => {
    const s = snapshot({ pagesRead: new Map([['/handelingswijzer/', 'x'], ['/wie-bel-ik/', 'y']]) });
    expect([moduleState(page, s), moduleState(tool, s)]).toEqual(['done', 'done']);
  });

  test('a case is started, retry (finished but not passed) or done (passed)', () => {
    const started = snapshot({ cases: new Map([['noor-groep-6', { version: 1, finished: false, inProgress: true, best: null }]]) });
    const failed = snapshot({
      cases: new Map([['noor-groep-6', { version: 1, finished: true, inProgress: false, best: { score: 2, max: 10, percent: 20, passed: false } }]]),
    });
    const passed = snapshot({ cases: new Map([['noor-groep-6', passedCase(1)]]) });
    expect([moduleState(noor, started), moduleState(noor, failed), moduleState(noor, passed)]).toEqual(['started', 'retry', 'done']);
  });

  test('progress saved for another version of the case does not count', () => {
    const s = snapshot({ cases: new Map([['finn', passedCase(1)]]) });
    expect(moduleState(finn, s)).toBe('todo');
  });

  test('the privacy test is done once any result passed, retry when none did, started while one runs', () => {
    expect(moduleState(test_, snapshot({ quizResults: [quiz(50, false), quiz(85, true)] }))).toBe('done');
    expect(moduleState(test_, snapshot({ quizResults: [quiz(50, false)] }))).toBe('retry');
    expect(moduleState(test_, snapshot({ quizResults: [quiz(50, false)], quizInProgress: true }))).toBe('started');
  });

  test('an exercise is done once finished', () => {
    expect(moduleState(exercise, snapshot({ exercises: new Map([['vastleggen-school', { done: true, started: true, bestPercent: 80 }]]) }))).toBe('done');
  });
});

describe('pathProgress and the next step', () => {
  const path = testPath();

  test('nothing done: 0 of 6, and the next step is the first module', () => {
    const progress = pathProgress(path, snapshot());
    expect([progress.done, progress.total, progress.percent, progress.complete]).toEqual([0, 6, 0, false]);
    expect(progress.next?.module.key).toBe('page:/handelingswijzer/');
    expect(progress.next && nextStepLabel(progress.next)).toBe('Lees: Handelingswijzer');
  });

  test('the next step follows the path order, skipping what is done', () => {
    const s = snapshot({ pagesRead: new Map([['/handelingswijzer/', 'x']]), cases: new Map([['noor-groep-6', passedCase(1)]]) });
    const progress = pathProgress(path, s);
    expect([progress.done, progress.percent]).toEqual([2, 33]);
    expect(progress.next?.module.key).toBe('privacy-test');
    expect(progress.next && nextStepLabel(progress.next)).toBe('Maak de privacytoets');
  });

  test('a case not passed is the next step, to play again', () => {
    const s = snapshot({
      pagesRead: new Map([['/handelingswijzer/', 'x']]),
      cases: new Map([['noor-groep-6', { version: 1, finished: true, inProgress: false, best: { score: 1, max: 9, percent: 11, passed: false } }]]),
    });
    const next = nextStep(pathProgress(path, s).modules);
    expect(next && nextStepLabel(next)).toBe('Speel de casus opnieuw en haal hem: Noor vertelt het in de pauze');
  });

  test('everything done: complete, 100%, no next step', () => {
    const progress = pathProgress(path, allDone());
    expect([progress.done, progress.percent, progress.complete, progress.next]).toEqual([6, 100, true, null]);
  });
});
