/**
 * Small lookups over a case shared by play, validation, scoring and the debrief:
 * nodes by id, targets, visible options, the expert option and the expert key.
 */
import { contextOf, QUESTION_ORDER, type AfwegingAnswers, type AfwegingContext, type Answer, type QuestionKey } from '../afwegingskader';
import { evaluateCondition, type VarValues } from './conditions';
import { ScenarioError } from './errors';
import type { LoadedScenario, OptionNode, Scenario, ScenarioNode, ScenarioOption, Target } from './model';

const indexes = new WeakMap<Scenario, Map<string, ScenarioNode>>();

/** Nodes by id, built once per case object (the first node wins on a duplicate id). */
export function nodeIndex(s: Scenario): ReadonlyMap<string, ScenarioNode> {
  let index = indexes.get(s);
  if (!index) {
    index = new Map();
    for (const node of s.nodes) if (!index.has(node.id)) index.set(node.id, node);
    indexes.set(s, index);
  }
  return index;
}

/** The node with this id; throws ScenarioError naming the case when there is none. */
export function getNode(s: LoadedScenario, id: string): ScenarioNode {
  const node = nodeIndex(s).get(id);
  if (!node) throw new ScenarioError(`case "${s.id}" has no node "${id}"`);
  return node;
}

/** True for nodes with options (choice and afweging). */
export function hasOptions(node: ScenarioNode): node is OptionNode {
  return node.type === 'choice' || node.type === 'afweging';
}

/** Every node id a target can lead to, whatever the conditions. */
export function targetIds(target: Target): string[] {
  return typeof target === 'string' ? [target] : target.map((t) => t.to);
}

/** The node a target leads to with these values: the first entry whose `if` holds (or has none). */
export function resolveTarget(target: Target, vars: VarValues, from: string): string {
  if (typeof target === 'string') return target;
  for (const entry of target) {
    if (entry.if === undefined || evaluateCondition(entry.if, vars)) return entry.to;
  }
  throw new ScenarioError(`node "${from}": no conditional target matches and there is no fallback`);
}

/** Every static edge out of a node (its `next` or all options' `next`). */
export function successors(node: ScenarioNode): string[] {
  if (node.type === 'situation') return targetIds(node.next);
  if (hasOptions(node)) return node.options.flatMap((o) => targetIds(o.next));
  return [];
}

/** The options shown with these values (showIf applied). */
export function visibleOptions(node: OptionNode, vars: VarValues): ScenarioOption[] {
  return node.options.filter((o) => o.showIf === undefined || evaluateCondition(o.showIf, vars));
}

/** The option an expert takes among the visible ones, if any. */
export function expertOption(node: OptionNode, vars: VarValues): ScenarioOption | undefined {
  return visibleOptions(node, vars).find((o) => o.expert);
}

/** The afweging moment a node belongs to: its `moment`, or the first moment of the key. */
export function momentOf(s: Scenario, node: ScenarioNode): string {
  const own = node.type === 'afweging' ? node.moment : undefined;
  return own ?? s.expertKey[0]?.moment ?? '';
}

/** The key's answer to a question at a moment; undefined when the key leaves it out. */
export function expectedAnswer(s: Scenario, moment: string, question: QuestionKey): Answer | undefined {
  return s.expertKey.find((m) => m.moment === moment)?.answers[question];
}

/** The key's answers at a moment as AfwegingAnswers (questions it leaves out are absent), for decide(). */
export function keyAnswers(s: Scenario, moment: string): AfwegingAnswers {
  const answers: AfwegingAnswers = {};
  const key = s.expertKey.find((m) => m.moment === moment)?.answers;
  for (const q of QUESTION_ORDER) {
    const a = key?.[q];
    if (a !== undefined) answers[q] = a;
  }
  return answers;
}

/** The decide() context of a moment of the key (`context: melding-staat` → meldingStaat). */
export function momentContext(s: Scenario, moment: string): AfwegingContext {
  return contextOf(s.expertKey.find((m) => m.moment === moment)?.context);
}
