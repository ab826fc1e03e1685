/**
 * The glue between the stores the site's components write and the LMS: restores a saved
 * snapshot into the stores before the components mount, and after every change reports
 * the new interactions, score, status and suspend data (src/scorm/ computes all of it).
 */
import { caseProgress, PROGRESS_VERSION } from '~/stores/case-progress';
import { quizAttempt, quizResults } from '~/stores/quiz-results';
import type { LmsSession } from '~/scorm/api';
import { better, type BestResult, type PackageData, type Snapshot } from '~/scorm/package-model';
import { newInteractions, packageResult } from '~/scorm/report';
import { decodeSuspend, emptySnapshot, encodeSuspend } from '~/scorm/suspend';

/** Best quiz result kept from earlier sessions (the stored results list starts empty each session). */
let earlierQuizBest: BestResult | null = null;

/** Puts a snapshot into the stores, so CasePlayer and QuizRunner offer to resume. */
export function restore(data: PackageData, snap: Snapshot): void {
  for (const m of data.modules) {
    if (m.kind !== 'case') continue;
    const c = snap.cases[m.scenario.id];
    if (!c) continue;
    caseProgress.setKey(m.scenario.id, {
      v: PROGRESS_VERSION,
      scenarioVersion: m.scenario.version,
      finished: c.finished,
      best: c.best,
      lastPath: [],
      current: c.current,
      updatedAt: new Date().toISOString(),
    });
  }
  if (snap.quiz) {
    quizAttempt.set(snap.quiz.attempt);
    earlierQuizBest = snap.quiz.best;
  }
}

/** What the stores hold now, for this package. */
export function snapshot(data: PackageData): Snapshot {
  const snap = emptySnapshot(data);
  const progress = caseProgress.get();
  for (const m of data.modules) {
    if (m.kind === 'case') {
      const p = progress[m.scenario.id];
      if (p && p.scenarioVersion === m.scenario.version) {
        snap.cases[m.scenario.id] = { current: p.current, lastPath: p.lastPath, finished: p.finished, best: p.best };
      }
    } else {
      let best = earlierQuizBest;
      for (const r of quizResults.get()) best = better(best, { score: r.points, max: r.max, percent: r.percent, passed: r.passed });
      snap.quiz = { attempt: quizAttempt.get(), best };
    }
  }
  return snap;
}

/** Restores from the LMS, starts the session and reports every change; returns the report function. */
export function track(data: PackageData, lms: LmsSession): () => void {
  restore(data, decodeSuspend(data, lms.suspendData()));
  lms.start();
  let last = snapshot(data);
  const report = () => {
    const now = snapshot(data);
    const refused = lms.addInteractions(newInteractions(data, last, now));
    const { score, status } = packageResult(data, now);
    refused.push(...lms.report(score, status, encodeSuspend(data, now)));
    if (refused.length > 0) console.warn('De leeromgeving weigerde:', refused.join(', '));
    last = now;
  };
  caseProgress.listen(report);
  quizAttempt.listen(report);
  quizResults.listen(report);
  report();
  return report;
}
