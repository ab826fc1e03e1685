/**
 * Playing a case as a pure step function: step(case, state, choiceId) returns the next
 * state and the feedback as plain data, like xstate's transition(). No DOM, no storage:
 * saving progress and showing feedback happen in the caller (src/stores/case-progress.ts).
 *
 * Order inside one step: the option's effects are applied first, then `next` is resolved
 * on the new values, so a conditional target can depend on the choice just made.
 */
import { applyEffects, initialVars, type VarValues } from './conditions';
import { ScenarioError } from './errors';
import type { ChoiceView, Feedback, LoadedScenario, PlayState, ScenarioNode, ScenarioOption, Verdict } from './model';
import { VERDER } from './model';
import { ruleView } from './rules';
import { expectedAnswer, expertOption, getNode, hasOptions, momentOf, resolveTarget, visibleOptions } from './nodes';

/** The state at the start of a case. */
export function initialState(s: LoadedScenario): PlayState {
  return {
    version: 1,
    scenarioId: s.id,
    scenarioVersion: s.version,
    nodeId: s.start,
    vars: initialVars(s.state),
    path: [],
    answers: {},
    finished: getNode(s, s.start).type === 'ending',
  };
}

/** The node the learner is at. */
export function currentNode(s: LoadedScenario, st: PlayState): ScenarioNode {
  return getNode(s, st.nodeId);
}

/** The choices offered now: visible options, one 'verder' at a situation, none at an ending. */
export function availableChoices(s: LoadedScenario, st: PlayState): ChoiceView[] {
  const node = currentNode(s, st);
  if (node.type === 'situation') return [{ id: VERDER, text: 'Verder' }];
  if (!hasOptions(node)) return [];
  return visibleOptions(node, st.vars).map((o) => ({ id: o.id, text: o.text }));
}

function verdictOf(option: ScenarioOption): Verdict {
  if (option.critical) return 'kritiek';
  if (option.expert) return 'goed';
  return option.score > 0 ? 'deels' : 'niet-goed';
}

function advance(s: LoadedScenario, st: PlayState, node: ScenarioNode, choiceId: string, to: string, vars: VarValues): PlayState {
  const stepNo = node.type === 'ending' ? 0 : node.step;
  return {
    ...st,
    nodeId: to,
    vars,
    path: [...st.path, { nodeId: node.id, choiceId, step: stepNo }],
    finished: getNode(s, to).type === 'ending',
  };
}

function refuse(s: LoadedScenario, st: PlayState, choiceId: string, why: string): never {
  throw new ScenarioError(`case "${s.id}", node "${st.nodeId}": cannot choose "${choiceId}": ${why}`);
}

/** Takes one choice; throws ScenarioError for a finished case or a choice that is not offered now. */
export function step(s: LoadedScenario, st: PlayState, choiceId: string): { state: PlayState; feedback: Feedback } {
  const node = currentNode(s, st);
  if (st.finished || node.type === 'ending') refuse(s, st, choiceId, 'the case is finished');
  if (node.type === 'situation') {
    if (choiceId !== VERDER) refuse(s, st, choiceId, `a situation only offers "${VERDER}"`);
    const state = advance(s, st, node, VERDER, resolveTarget(node.next, st.vars, node.id), st.vars);
    const feedback: Feedback = { nodeId: node.id, choiceId, text: '', verdict: 'verder', expertChoiceId: null, refs: [] };
    return { state, feedback };
  }
  const option = visibleOptions(node, st.vars).find((o) => o.id === choiceId);
  if (!option) {
    const exists = node.options.some((o) => o.id === choiceId);
    refuse(s, st, choiceId, exists ? 'this option is not shown in the current state' : 'no such option');
  }
  const vars = applyEffects(s.state, st.vars, option.effects);
  let state = advance(s, st, node, choiceId, resolveTarget(option.next, vars, node.id), vars);
  const feedback: Feedback = {
    nodeId: node.id,
    choiceId,
    text: option.feedback,
    verdict: verdictOf(option),
    expertChoiceId: expertOption(node, st.vars)?.id ?? null,
    refs: [...option.refs],
  };
  if (option.critical) feedback.critical = { ...option.critical, view: ruleView(s.rules, option.critical.rule) };
  if (node.type === 'afweging' && 'answer' in option) {
    const moment = momentOf(s, node);
    const expected = expectedAnswer(s, moment, node.question);
    const answers = { ...state.answers, [moment]: { ...state.answers[moment], [node.question]: option.answer } };
    state = { ...state, answers };
    feedback.afweging = { question: node.question, moment, answer: option.answer, expected, matches: expected === option.answer };
  }
  return { state, feedback };
}

/** The expert's choice at the current node: 'verder', the visible expert option, or undefined. */
export function expertChoice(s: LoadedScenario, st: PlayState): string | undefined {
  const node = currentNode(s, st);
  if (node.type === 'situation') return VERDER;
  return hasOptions(node) ? expertOption(node, st.vars)?.id : undefined;
}

/** Where the expert path ends, or where and why it stops short of an ending. */
export interface ExpertTrace {
  state: PlayState;
  error?: { nodeId: string; message: string };
}

/**
 * Follows the expert path as far as it goes. It stops short when a node shows no expert
 * option, or when the path returns to a node with the same values (it would loop for ever).
 */
export function traceExpert(s: LoadedScenario): ExpertTrace {
  let st = initialState(s);
  const seen = new Set<string>();
  while (!st.finished) {
    const key = `${st.nodeId}\u0000${JSON.stringify(st.vars)}`;
    if (seen.has(key)) return { state: st, error: { nodeId: st.nodeId, message: 'the expert path comes back here and loops for ever' } };
    seen.add(key);
    const choice = expertChoice(s, st);
    if (choice === undefined) return { state: st, error: { nodeId: st.nodeId, message: 'the expert path stops here: no expert option is shown' } };
    try {
      st = step(s, st, choice).state;
    } catch (error) {
      return { state: st, error: { nodeId: st.nodeId, message: `the expert path stops here: ${(error as Error).message}` } };
    }
  }
  return { state: st };
}

/** Plays the expert path to its ending; throws ScenarioError when it does not reach one. */
export function expertRun(s: LoadedScenario): PlayState {
  const trace = traceExpert(s);
  if (trace.error) throw new ScenarioError(`case "${s.id}", node "${trace.error.nodeId}": ${trace.error.message}`);
  return trace.state;
}
