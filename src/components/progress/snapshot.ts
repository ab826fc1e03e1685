/**
 * Every progress store as one ProgressSnapshot for the learning-path engine: a nanostores
 * `computed` over the stores, so it follows every change here, in another tab (storage
 * events) and after the back/forward cache (@nanostores/persistent re-reads on pageshow).
 * Browser only (the stores read localStorage); each store already survives damaged or
 * blocked storage, and this adds a last guard so a path page never breaks on it.
 */
import { computed } from 'nanostores';
import type { CaseRecord, ExerciseRecord, ProgressSnapshot, QuizRecord } from '~/engine/learning-path';
import { EMPTY_SNAPSHOT } from '~/engine/learning-path';
import { isFinished, type Attempt } from '~/engine/quiz';
import { caseProgress, type CaseProgress } from '~/stores/case-progress';
import { exerciseResults, type ExerciseResults } from '~/stores/exercise-results';
import { pagesRead, type PagesRead } from '~/stores/page-read';
import { quizAttempt, quizResults, type StoredResult } from '~/stores/quiz-results';

function cases(progress: Record<string, CaseProgress | undefined>): Map<string, CaseRecord> {
  const records = new Map<string, CaseRecord>();
  for (const [slug, p] of Object.entries(progress)) {
    if (p) records.set(slug, { version: p.scenarioVersion, finished: p.finished, inProgress: p.current !== null, best: p.best });
  }
  return records;
}

function quiz(results: readonly StoredResult[]): QuizRecord[] {
  return results.map(({ at, points, max, percent, passed }) => ({ at, points, max, percent, passed }));
}

/** An exercise counts as done once it was checked at least once (the store keeps only finished checks). */
function exercises(results: ExerciseResults): Map<string, ExerciseRecord> {
  return new Map(Object.entries(results).map(([slug, r]) => [slug, { done: true, started: true, bestPercent: r.bestPercent }]));
}

/**
 * The snapshot from the stores' values. A privacy test is in progress when an attempt is
 * stored that is not finished: the runner keeps the finished attempt (so a reload shows the
 * result again), and that one is not "Bezig".
 */
export function snapshotOf(
  progress: Record<string, CaseProgress | undefined>,
  results: readonly StoredResult[],
  attempt: Attempt | null,
  exerciseBest: ExerciseResults,
  pages: PagesRead,
): ProgressSnapshot {
  try {
    return {
      pagesRead: new Map(Object.entries(pages).map(([route, { readAt }]) => [route, readAt])),
      cases: cases(progress),
      quizResults: quiz(results),
      quizInProgress: attempt !== null && !isFinished(attempt),
      exercises: exercises(exerciseBest),
    };
  } catch {
    return EMPTY_SNAPSHOT;
  }
}

/** Everything the learner did on this device, kept up to date while anything listens. */
export const progressSnapshot = computed([caseProgress, quizResults, quizAttempt, exerciseResults, pagesRead], snapshotOf);

/** The snapshot now; the empty snapshot if the stores cannot be read. */
export function readSnapshot(): ProgressSnapshot {
  try {
    return progressSnapshot.get();
  } catch {
    return EMPTY_SNAPSHOT;
  }
}

/** Calls `onChange` with the snapshot now and on every change; returns the function that stops watching. */
export function watchProgress(onChange: (snapshot: ProgressSnapshot) => void): () => void {
  try {
    return progressSnapshot.subscribe(onChange);
  } catch {
    onChange(EMPTY_SNAPSHOT);
    return () => undefined;
  }
}
