/**
 * Scoring a run: replays the learner's path and adds up, per node on its first visit,
 * the option's points (weights.ts) under the node's Meldcode step. Critical errors
 * are collected with their reasons; any critical error fails the case whatever the total.
 */
import { QUESTION_ORDER, type Answer, type QuestionKey } from '../../afwegingskader';
import type { CriticalReason, LoadedScenario, MeldcodeStep, PlayState } from '../model';
import { maxScore, optionPoints } from './max-score';
import { hasOptions, keyAnswers, visibleOptions } from '../nodes';
import { replayOrThrow } from '../replay';
import { ruleView, type RuleView } from '../rules';
import { PASS_PERCENT } from './weights';
import type { BestResult } from './best';

/** A critical error the learner made, with everything the debrief shows about it. */
export interface CriticalError {
  nodeId: string;
  choiceId: string;
  /** Id of the broken rule in the catalogue. */
  reason: CriticalReason;
  /** The rule's title (the breach), shown after "Kritieke fout:". */
  label: string;
  /** Why it is critical in this case, from the case file. */
  explanation: string;
  /** The general rule that was broken (its statement), in Dutch. */
  rule: string;
  /** The rule with its kind label and sources. */
  view: RuleView;
  /** Reference pages: the option's refs, then the page that explains the rule. */
  refs: string[];
}

/** The learner's answer to one afwegingskader question at one moment, against the key. */
export interface QuestionResult {
  moment: string;
  question: QuestionKey;
  /** The learner's last answer at this moment; undefined when not asked. */
  answer: Answer | undefined;
  expected: Answer | undefined;
  matches: boolean;
}

/** Points per Meldcode step: earned, and the best possible at the nodes the learner visited. */
export type StepScores = Record<MeldcodeStep, { score: number; max: number }>;

/** The result of a run. */
export interface RunScore extends BestResult {
  criticalErrors: CriticalError[];
  perStep: StepScores;
  perQuestion: QuestionResult[];
}

function emptySteps(): StepScores {
  return { 1: { score: 0, max: 0 }, 2: { score: 0, max: 0 }, 3: { score: 0, max: 0 }, 4: { score: 0, max: 0 }, 5: { score: 0, max: 0 } };
}

function criticalError(s: LoadedScenario, nodeId: string, choiceId: string, critical: { rule: CriticalReason; explanation: string }, refs: string[]): CriticalError {
  const view = ruleView(s.rules, critical.rule);
  return { nodeId, choiceId, reason: critical.rule, label: view.title, explanation: critical.explanation, rule: view.statement, view, refs: [...new Set([...refs, view.ref])] };
}

/** Per moment the learner reached: each question either side answered, learner's last answer against the key. */
export function questionResults(s: LoadedScenario, st: PlayState): QuestionResult[] {
  const results: QuestionResult[] = [];
  for (const { moment } of s.expertKey) {
    const given = st.answers[moment];
    if (!given) continue;
    const key = keyAnswers(s, moment);
    for (const question of QUESTION_ORDER) {
      const answer = given[question];
      const expected = key[question];
      if (answer !== undefined || expected !== undefined) results.push({ moment, question, answer, expected, matches: answer !== undefined && answer === expected });
    }
  }
  return results;
}

/** Scores a run (finished or not); throws ScenarioError when its path does not replay on this case. */
export function scoreRun(s: LoadedScenario, st: PlayState): RunScore {
  const perStep = emptySteps();
  const criticalErrors: CriticalError[] = [];
  const scored = new Set<string>();
  for (const { entry, node, before } of replayOrThrow(s, st.path).steps) {
    if (hasOptions(node)) {
      const option = node.options.find((o) => o.id === entry.choiceId);
      if (option?.critical && !criticalErrors.some((c) => c.nodeId === node.id && c.choiceId === option.id)) {
        criticalErrors.push(criticalError(s, node.id, option.id, option.critical, option.refs));
      }
      if (!scored.has(node.id)) {
        scored.add(node.id);
        const bucket = perStep[node.step as MeldcodeStep];
        bucket.score += optionPoints(s, node, entry.choiceId);
        bucket.max += Math.max(0, ...visibleOptions(node, before.vars).map((o) => optionPoints(s, node, o.id)));
      }
    }
  }
  const score = Object.values(perStep).reduce((sum, b) => sum + b.score, 0);
  const max = maxScore(s);
  const percent = max > 0 ? Math.round((score / max) * 100) : 100;
  const passed = st.finished && criticalErrors.length === 0 && percent >= PASS_PERCENT;
  return { score, max, percent, passed, criticalErrors, perStep, perQuestion: questionResults(s, st) };
}
