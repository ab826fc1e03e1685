/**
 * The certificate of a learning path: who may have one, what is still missing,
 * and what it shows. A path earns a certificate when every case in it was passed
 * (finished without a critical error, with a sufficient score) and the privacy
 * test was passed. Reading pages and doing exercises count for the path's progress,
 * not for the certificate.
 */
import {
  type CaseBest,
  type ProgressSnapshot,
  type QuizRecord,
  bestPassedQuiz,
  currentCaseRecord,
  moduleState,
} from './learning-path';
import type { ResolvedModule, ResolvedPath } from './learning-path-validate';

export { dutchDate } from './dutch-date';

/** Why a module still stands between the learner and the certificate. */
export type MissingReason = 'case-not-played' | 'case-not-passed' | 'quiz-not-taken' | 'quiz-not-passed';

/** One thing still to do for the certificate. */
export interface MissingItem {
  module: ResolvedModule;
  reason: MissingReason;
}

/** A case as it appears on the certificate. */
export interface CertificateCase {
  title: string;
  version: number;
  best: CaseBest;
}

/** The result of checking a path for its certificate. */
export type CertificateStatus =
  | { eligible: false; missing: MissingItem[] }
  | { eligible: true; cases: CertificateCase[]; quiz: QuizRecord };

/** Longest name the certificate accepts (it must fit one line on A4). */
export const MAX_NAME_LENGTH = 80;

function missingFor(module: ResolvedModule, snapshot: ProgressSnapshot): MissingItem | null {
  const state = moduleState(module, snapshot);
  if (state === 'done') return null;
  if (module.type === 'case') return { module, reason: state === 'retry' ? 'case-not-passed' : 'case-not-played' };
  return { module, reason: state === 'retry' ? 'quiz-not-passed' : 'quiz-not-taken' };
}

/** Whether the path's certificate can be shown, and either what is missing or what it shows. */
export function certificateStatus(path: ResolvedPath, snapshot: ProgressSnapshot): CertificateStatus {
  const required = path.modules.filter((m) => m.type === 'case' || m.type === 'privacy-test');
  const missing = required.map((m) => missingFor(m, snapshot)).filter((m): m is MissingItem => m !== null);
  const quiz = bestPassedQuiz(snapshot.quizResults);
  if (missing.length > 0 || !quiz) return { eligible: false, missing };
  const cases: CertificateCase[] = [];
  for (const module of required) {
    const best = module.type === 'case' ? currentCaseRecord(module, snapshot)?.best : undefined;
    if (best && module.version !== null) cases.push({ title: module.title, version: module.version, best });
  }
  return { eligible: true, cases, quiz };
}

/**
 * The name as it goes on the certificate: control characters removed, spaces
 * collapsed, at most MAX_NAME_LENGTH characters. It is shown as text only.
 */
export function cleanName(raw: string): string {
  const noControls = Array.from(raw, (ch) => (/\p{Cc}|\p{Cf}/u.test(ch) ? ' ' : ch)).join('');
  return Array.from(noControls.replace(/\s+/g, ' ').trim()).slice(0, MAX_NAME_LENGTH).join('').trim();
}
