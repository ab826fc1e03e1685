/**
 * Progress on a learning path, computed from the progress the site already keeps
 * (read pages, cases, the privacy test, exercises). The caller reads the stores and
 * passes a ProgressSnapshot; nothing here touches storage, so every rule is testable.
 */
import type { BestResult } from '../scenario';
import { tally } from '../shared';
import type { ResolvedModule, ResolvedPath } from './validate';

/** What the site remembers of one case. */
export interface CaseRecord {
  /** The case version the record was saved for. */
  version: number;
  /** Played to an ending at least once. */
  finished: boolean;
  /** A run is in progress. */
  inProgress: boolean;
  /** The best finished run of a case, as the case store keeps it. */
  best: BestResult | null;
}

/** One finished privacy test. */
export interface QuizRecord {
  /** When it was finished (ISO 8601). */
  at: string;
  points: number;
  max: number;
  percent: number;
  passed: boolean;
}

/** What the site remembers of one exercise. */
export interface ExerciseRecord {
  done: boolean;
  started: boolean;
  /** Best score so far as a whole percentage, or null. */
  bestPercent: number | null;
}

/** Everything the learner has done on this device, read from the stores by the caller. */
export interface ProgressSnapshot {
  /** Read pages and tools marked done: route → when (ISO 8601). */
  pagesRead: ReadonlyMap<string, string>;
  cases: ReadonlyMap<string, CaseRecord>;
  /** Finished privacy tests, any order. */
  quizResults: readonly QuizRecord[];
  /** A privacy test is in progress. */
  quizInProgress: boolean;
  exercises: ReadonlyMap<string, ExerciseRecord>;
}

/** An empty snapshot: nothing done yet (also what the server renders). */
export const EMPTY_SNAPSHOT: ProgressSnapshot = {
  pagesRead: new Map(),
  cases: new Map(),
  quizResults: [],
  quizInProgress: false,
  exercises: new Map(),
};

/**
 * Where a module stands: not started, started, finished without meeting the bar
 * (a case not passed, a test not passed: do it again), or done.
 */
export type ModuleState = 'todo' | 'started' | 'retry' | 'done';

/** A module with its state. */
export interface ModuleProgress {
  module: ResolvedModule;
  state: ModuleState;
}

/** Progress on a whole path. */
export interface PathProgress {
  modules: ModuleProgress[];
  done: number;
  total: number;
  /** done / total as a whole percentage. */
  percent: number;
  /** The first module in the path's order that is not done; null when all are done. */
  next: ModuleProgress | null;
  complete: boolean;
}

/** The record of a case if it was saved for the module's case version. */
export function currentCaseRecord(module: ResolvedModule, snapshot: ProgressSnapshot): CaseRecord | undefined {
  const record = snapshot.cases.get(module.ref);
  return record && record.version === module.version ? record : undefined;
}

function caseState(record: CaseRecord | undefined): ModuleState {
  if (!record) return 'todo';
  if (record.finished) return record.best?.passed ? 'done' : 'retry';
  return record.inProgress ? 'started' : 'todo';
}

function quizState(snapshot: ProgressSnapshot): ModuleState {
  if (snapshot.quizResults.some((r) => r.passed)) return 'done';
  if (snapshot.quizInProgress) return 'started';
  return snapshot.quizResults.length > 0 ? 'retry' : 'todo';
}

function exerciseState(record: ExerciseRecord | undefined): ModuleState {
  if (record?.done) return 'done';
  return record?.started ? 'started' : 'todo';
}

/** The state of one module given what the learner has done. */
export function moduleState(module: ResolvedModule, snapshot: ProgressSnapshot): ModuleState {
  switch (module.type) {
    case 'page':
    case 'tool':
      return snapshot.pagesRead.has(module.ref) ? 'done' : 'todo';
    case 'case':
      return caseState(currentCaseRecord(module, snapshot));
    case 'privacy-test':
      return quizState(snapshot);
    case 'exercise':
      return exerciseState(snapshot.exercises.get(module.ref));
  }
}

/** Progress on a path: the state of each module, the count done and the next step. */
export function pathProgress(path: ResolvedPath, snapshot: ProgressSnapshot): PathProgress {
  const modules = path.modules.map((module) => ({ module, state: moduleState(module, snapshot) }));
  const { count: done, total, percent } = tally(modules, (m) => m.state === 'done', 100);
  return {
    modules,
    done,
    total,
    percent,
    next: nextStep(modules),
    complete: done === total,
  };
}

/**
 * The next step: the first module, in the path's order, that is not done. Order wins
 * over "already started" on purpose: a trainer orders the path so that reading comes
 * before the case that needs it.
 */
export function nextStep(modules: readonly ModuleProgress[]): ModuleProgress | null {
  return modules.find((m) => m.state !== 'done') ?? null;
}

/** The best passed privacy test (highest percentage, then the earliest), or null. */
export function bestPassedQuiz(results: readonly QuizRecord[]): QuizRecord | null {
  let best: QuizRecord | null = null;
  for (const r of results) {
    if (!r.passed) continue;
    if (!best || r.percent > best.percent || (r.percent === best.percent && r.at < best.at)) best = r;
  }
  return best;
}
