/**
 * Types of the case engine: a loaded case, the plain-JSON play state and the
 * feedback returned by step(). The case types themselves come from the schema
 * (src/schemas/scenario.ts); this module only adds what playing a case needs.
 */
import type { AfwegingAnswers, Answer, QuestionKey } from '../afwegingskader';
import type { Rule } from '../../schemas/rule';
import type { CriticalReason, Scenario } from '../../schemas/scenario';
import type { RuleView } from './rules';

export type { AfwegingAnswers, Answer, QuestionKey } from '../afwegingskader';
export type {
  CriticalReason,
  OptionNode,
  Scenario,
  ScenarioNode,
  ScenarioOption,
  Target,
} from '../../schemas/scenario';

/**
 * A validated case with its id (the slug, file name without .yaml), file ('scenarios/x.yaml')
 * and the entries of the rule catalogue it names (critical.rule and breaks).
 */
export type LoadedScenario = Scenario & { id: string; file: string; rules: Rule[] };

/** The choice id of the single "Verder" button of a situation node. */
export const VERDER = 'verder';

/** A Meldcode step number. */
export type { MeldcodeStep } from '../shared';

/** One step the learner took: at node `nodeId` they chose `choiceId` (an option id, or 'verder'). */
export interface PathEntry {
  nodeId: string;
  choiceId: string;
  /** The Meldcode step (1-5) of the node, so a saved path can be shown per step without the case. */
  step: number;
}

/** Where a learner is in a case; plain JSON, so it can be saved and restored as is. */
export interface PlayState {
  /** Shape version of this object; bumped when the shape changes. */
  version: 1;
  scenarioId: string;
  /** The case's `version` when play started; saved progress of another version is discarded. */
  scenarioVersion: number;
  /** The node the learner is at (an ending when finished). */
  nodeId: string;
  /** Current values of the case-state variables. */
  vars: Record<string, number | boolean>;
  /** Every choice made, in order. */
  path: PathEntry[];
  /** The learner's afweging answers per moment id; a later answer to the same question replaces an earlier one. */
  answers: Record<string, AfwegingAnswers>;
  /** True once an ending is reached. */
  finished: boolean;
}

/** How a choice compares with what an expert does. */
/** Whether an ending has the same outcome (melden, hulp, afsluiten) as the expert's ending. */
export type OutcomeMatch = 'zelfde' | 'anders';

export type Verdict = 'goed' | 'deels' | 'niet-goed' | 'kritiek' | 'verder';

/** What the learner sees after a choice. */
export interface Feedback {
  nodeId: string;
  choiceId: string;
  /** The option's feedback ('' for verder). */
  text: string;
  /** expert → goed; critical → kritiek; score > 0 → deels; otherwise niet-goed; situations → verder. */
  verdict: Verdict;
  /** The option an expert takes here (among the options shown), or null at a situation. */
  expertChoiceId: string | null;
  /** Set on a critical error: the rule id, the case's explanation and the rule as shown to the learner. */
  critical?: { rule: CriticalReason; explanation: string; view: RuleView };
  /** Reference pages that explain the point. */
  refs: string[];
  /** Set at an afweging node: the learner's answer against the expert key. */
  afweging?: { question: QuestionKey; moment: string; answer: Answer; expected: Answer | undefined; matches: boolean };
}

/** A choice offered to the learner. */
export interface ChoiceView {
  id: string;
  text: string;
}

