/**
 * Reads every progress store into one ProgressSnapshot for the learning-path engine.
 * Browser only (stores read localStorage); each store already survives damaged or
 * blocked storage, and this adds a last guard so a path page never breaks on it.
 */
import type { CaseRecord, ExerciseRecord, ProgressSnapshot, QuizRecord } from '~/engine/learning-path';
import { EMPTY_SNAPSHOT } from '~/engine/learning-path';
import { isFinished } from '~/engine/quiz';
import { caseProgress } from '~/stores/case-progress';
import { exerciseResults, getExerciseResults } from '~/stores/exercise-results';
import { readPages } from '~/stores/page-read';
import { loadAttempt, loadResults, quizResults } from '~/stores/quiz-results';

function readCases(): Map<string, CaseRecord> {
  const cases = new Map<string, CaseRecord>();
  for (const [slug, p] of Object.entries(caseProgress.get())) {
    if (p) cases.set(slug, { version: p.scenarioVersion, finished: p.finished, inProgress: p.current !== null, best: p.best });
  }
  return cases;
}

function readQuiz(): QuizRecord[] {
  return loadResults().map(({ at, points, max, percent, passed }) => ({ at, points, max, percent, passed }));
}

/**
 * A privacy test is in progress when an attempt is stored that is not finished. The
 * runner keeps the finished attempt (so a reload shows the result again): that one
 * is not "Bezig".
 */
function quizInProgress(): boolean {
  const attempt = loadAttempt();
  return attempt !== null && !isFinished(attempt);
}

/** An exercise counts as done once it was checked at least once (the store keeps only finished checks). */
function readExercises(): Map<string, ExerciseRecord> {
  const results = Object.entries(getExerciseResults());
  return new Map(results.map(([slug, r]) => [slug, { done: true, started: true, bestPercent: r.bestPercent }]));
}

/** Everything the learner did on this device; the empty snapshot if the stores cannot be read. */
export function readSnapshot(): ProgressSnapshot {
  try {
    return {
      pagesRead: new Map(Object.entries(readPages()).map(([route, { readAt }]) => [route, readAt])),
      cases: readCases(),
      quizResults: readQuiz(),
      quizInProgress: quizInProgress(),
      exercises: readExercises(),
    };
  } catch {
    return EMPTY_SNAPSHOT;
  }
}

/**
 * Calls `onChange` whenever progress may have changed: another tab wrote storage, the
 * page came back from the browser's back/forward cache, or a store changed here.
 * Returns the function that stops watching.
 */
export function watchProgress(onChange: () => void): () => void {
  const stops = [caseProgress.listen(onChange), quizResults.listen(onChange), exerciseResults.listen(onChange)];
  window.addEventListener('storage', onChange);
  window.addEventListener('pageshow', onChange);
  return () => {
    stops.forEach((stop) => stop());
    window.removeEventListener('storage', onChange);
    window.removeEventListener('pageshow', onChange);
  };
}
