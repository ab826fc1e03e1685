/**
 * The import rule of every `vh:` key the site stores: which keys exist and what a valid
 * value is. Each rule comes from its store, derived from the same declared shape the store
 * reads with (src/stores/shape.ts, src/stores/persisted.ts), so reading and importing can
 * never disagree. A key without a rule is refused on import, so a new store must add its
 * rule here (tests/unit/progress-transfer-keys.test.ts fails when a `vh:` key in
 * src/stores/ has no rule).
 */
import { isSessionShape } from '~/engine/session';
import type { KeyRule } from '~/engine/learning-path';
import { caseProgressRule } from '~/stores/case-progress';
import { exerciseResultsRule } from '~/stores/exercise-results';
import { nameRule } from '~/stores/learner-name';
import { pagesRule } from '~/stores/page-read';
import { quizRules } from '~/stores/quiz-results';
import { regionRule } from '~/stores/region-choice';
import { SESSION_KEY } from '~/stores/session';
import { liveHostRule } from '~/stores/live-host';
import { liveDeviceRule } from '~/stores/live-participant';

/** The group session's shape is the session engine's own check (src/engine/session/validate.ts). */
const sessionRule: KeyRule = { matches: (k) => k === SESSION_KEY, isValid: (raw) => isSessionShape(JSON.parse(raw) as unknown) };

/** Every key the site stores, with its check. */
export const KEY_RULES: readonly KeyRule[] = [caseProgressRule, ...quizRules, exerciseResultsRule, pagesRule, regionRule, sessionRule, liveHostRule, liveDeviceRule, nameRule];
