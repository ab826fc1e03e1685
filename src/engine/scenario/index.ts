/**
 * The case engine: load and validate case files, play them step by step, score a run
 * and build its debrief. Pure TypeScript: no astro:*, svelte or DOM imports.
 */
export * from './model';
export { ScenarioError, ScenarioValidationError, formatIssue, ISSUE_CODES } from './errors';
export type { IssueCode, ValidationIssue } from './errors';
export { parseCondition, evaluateCondition } from './conditions';
export { getNode, momentOf, expectedAnswer, keyAnswers } from './nodes';
export { initialState, currentNode, availableChoices, step, expertChoice, expertRun, traceExpert, isValidState } from './play';
export { validateScenario, assertValidScenario } from './validate';
export { parseScenarioFile, resolveRules, slugOf } from './load';
export { ruleById, ruleView, RULE_KIND_LABELS } from './rules';
export type { Rule, RuleKind, RuleView } from './rules';
export { maxScore, scoreRun, questionResults } from './scoring';
export type { CriticalError, QuestionResult, RunScore, StepScores } from './scoring';
export { optionPoints } from './max-score';
export * from './scoring-weights';
export { buildDebrief } from './debrief';
export { stepMarks } from './step-marks';
export type { StepMark } from './step-marks';
export type { Debrief, DebriefDecision, DebriefOutcome, DebriefMoment, DebriefQuestion, DebriefStep, ExpertStep } from './debrief';
export { caseGraph, edgeKey, routeOf } from './case-graph';
export type { CaseGraph, CaseGraphEdge, CaseGraphKind, CaseGraphNode, CaseRoute } from './case-graph';
