/**
 * The import rule of every `vh:` key the site stores: which keys exist and what a
 * valid value is, using each store's own checks. A key without a rule is refused on
 * import, so a new store must add its rule here (tests/unit/progress-transfer-keys.test.ts
 * fails when a `vh:` key in src/stores/ has no rule).
 */
import { isSessionShape } from '~/engine/session';
import type { KeyRule } from '~/engine/learning-path';
import { CASE_KEY_PREFIX, decodeProgress } from '~/stores/case-progress';
import { EXERCISE_RESULTS_KEY, EXERCISE_RESULTS_VERSION, decodeResults as decodeExercises } from '~/stores/exercise-results';
import { NAME_KEY, isNameValue } from '~/stores/learner-name';
import { PAGES_KEY, isPagesValue } from '~/stores/page-read';
import { QUIZ_ATTEMPT_KEY, QUIZ_RESULTS_KEY, QUIZ_STORE_VERSION, MAX_RESULTS, isAttempt, isStoredResult } from '~/stores/quiz-results';
import { REGION_KEY } from '~/stores/region-choice';
import { SESSION_KEY } from '~/stores/session';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function parse(raw: string): unknown {
  return JSON.parse(raw) as unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function exact(key: string, isValid: (raw: string) => boolean): KeyRule {
  return { matches: (k) => k === key, isValid };
}

/** Quiz results: the versioned wrapper with at most MAX_RESULTS valid results. */
function isQuizResults(raw: string): boolean {
  const value = parse(raw);
  if (!isRecord(value) || value['v'] !== QUIZ_STORE_VERSION) return false;
  const results = value['results'];
  return Array.isArray(results) && results.length <= MAX_RESULTS && results.every(isStoredResult);
}

function isQuizAttempt(raw: string): boolean {
  const value = parse(raw);
  return isRecord(value) && value['v'] === QUIZ_STORE_VERSION && isAttempt(value['attempt']);
}

/** Exercise results: every slug well formed and every result kept by the store's own decoder. */
function isExerciseResults(raw: string): boolean {
  const value = parse(raw);
  if (!isRecord(value) || value['v'] !== EXERCISE_RESULTS_VERSION || !isRecord(value['results'])) return false;
  const slugs = Object.keys(value['results']);
  return slugs.every((s) => SLUG.test(s)) && Object.keys(decodeExercises(raw)).length === slugs.length;
}

/** Every key the site stores, with its check. */
export const KEY_RULES: readonly KeyRule[] = [
  {
    matches: (k) => k.startsWith(CASE_KEY_PREFIX) && SLUG.test(k.slice(CASE_KEY_PREFIX.length)),
    isValid: (raw) => decodeProgress(raw) !== undefined,
  },
  exact(QUIZ_RESULTS_KEY, isQuizResults),
  exact(QUIZ_ATTEMPT_KEY, isQuizAttempt),
  exact(EXERCISE_RESULTS_KEY, isExerciseResults),
  exact(PAGES_KEY, isPagesValue),
  exact(REGION_KEY, (raw) => SLUG.test(raw)),
  exact(SESSION_KEY, (raw) => isSessionShape(parse(raw))),
  exact(NAME_KEY, isNameValue),
];
