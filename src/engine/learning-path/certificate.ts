/**
 * The certificate of a learning path: who may have one, what is still missing,
 * and what it shows. There is one definition of "done" for a path: every module
 * in it is done as `moduleState` (src/engine/learning-path/progress.ts) says (a page read,
 * an exercise checked, a tool used, every case passed, the privacy test passed).
 * The path page, the list of paths, the progress page and the certificate all use
 * `pathProgress`, so they never disagree. The certificate states exactly that.
 */
import {
  type ProgressSnapshot,
  type QuizRecord,
  bestPassedQuiz,
  currentCaseRecord,
  pathProgress,
} from './progress';
import type { BestResult } from '../scenario';
import type { ResolvedModule, ResolvedPath } from './validate';

/** Why a module still stands between the learner and the certificate. */
export type MissingReason =
  | 'case-not-played'
  | 'case-not-passed'
  | 'quiz-not-taken'
  | 'quiz-not-passed'
  | 'page-not-read'
  | 'exercise-not-done'
  | 'tool-not-used';

/** One thing still to do for the certificate. */
export interface MissingItem {
  module: ResolvedModule;
  reason: MissingReason;
}

/** A case as it appears on the certificate. */
export interface CertificateCase {
  title: string;
  best: BestResult;
}

/** Everything the learner did in the path, as the certificate lists it. */
export interface CertificateDone {
  pages: string[];
  exercises: string[];
  tools: string[];
}

/** The result of checking a path for its certificate. */
export type CertificateStatus =
  | { eligible: false; missing: MissingItem[]; done: number; total: number }
  | { eligible: true; cases: CertificateCase[]; quiz: QuizRecord; done: CertificateDone; total: number };

/** Longest name the certificate accepts (it must fit one line on A4). */
export const MAX_NAME_LENGTH = 80;

function reasonFor(module: ResolvedModule, state: 'todo' | 'started' | 'retry'): MissingReason {
  switch (module.type) {
    case 'case':
      return state === 'retry' ? 'case-not-passed' : 'case-not-played';
    case 'privacy-test':
      return state === 'retry' ? 'quiz-not-passed' : 'quiz-not-taken';
    case 'page':
      return 'page-not-read';
    case 'exercise':
      return 'exercise-not-done';
    case 'tool':
      return 'tool-not-used';
  }
}

/** Whether the path's certificate can be shown, and either what is missing or what it shows. */
export function certificateStatus(path: ResolvedPath, snapshot: ProgressSnapshot): CertificateStatus {
  const progress = pathProgress(path, snapshot);
  const missing: MissingItem[] = [];
  for (const { module, state } of progress.modules) {
    if (state !== 'done') missing.push({ module, reason: reasonFor(module, state) });
  }
  const quiz = bestPassedQuiz(snapshot.quizResults);
  if (!progress.complete || !quiz) return { eligible: false, missing, done: progress.done, total: progress.total };
  const cases: CertificateCase[] = [];
  const done: CertificateDone = { pages: [], exercises: [], tools: [] };
  for (const module of path.modules) {
    if (module.type === 'case') {
      const best = currentCaseRecord(module, snapshot)?.best;
      if (best) cases.push({ title: module.title, best });
    } else if (module.type === 'page') done.pages.push(module.title);
    else if (module.type === 'exercise') done.exercises.push(module.title);
    else if (module.type === 'tool') done.tools.push(module.title);
  }
  return { eligible: true, cases, quiz, done, total: progress.total };
}

/**
 * The name as it goes on the certificate: control characters removed, spaces
 * collapsed, at most MAX_NAME_LENGTH characters. It is shown as text only.
 */
export function cleanName(raw: string): string {
  const noControls = Array.from(raw, (ch) => (/\p{Cc}|\p{Cf}/u.test(ch) ? ' ' : ch)).join('');
  return Array.from(noControls.replace(/\s+/g, ' ').trim()).slice(0, MAX_NAME_LENGTH).join('').trim();
}
