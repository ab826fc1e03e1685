/**
 * Checks that the expert path and the expert key tell one story: exactly one expert
 * option per node, never a critical one, expert afweging answers equal to the key, no key
 * answer that decide() would ignore (after a closing answer), the expert path reaches an
 * ending, and decide() in the moment's context (eerste-weging or melding-staat) on the key
 * of the last afweging moment on that path, and on the answers the expert gives on the
 * path, gives the ending's outcome.
 */
import { decide, QUESTION_ORDER } from '../../afwegingskader';
import { QUESTIONS } from '../../afwegingskader';
import type { LoadedScenario, OptionNode } from '../model';
import { expectedAnswer, getNode, hasOptions, keyAnswers, momentContext, momentOf } from '../nodes';
import { traceExpert } from '../play';
import type { IssueList } from './issues';

function checkExpertOptions(node: OptionNode, list: IssueList): void {
  const experts = node.options.filter((o) => o.expert);
  if (experts.length !== 1) {
    const names = experts.map((o) => `"${o.id}"`).join(', ');
    list.add('expert-option-count', node.id, `needs exactly one option with "expert: true", found ${experts.length}${names ? ` (${names})` : ''}`);
  }
  for (const option of experts) {
    if (option.critical) list.add('critical-on-expert', node.id, `option "${option.id}" is the expert option and also marked critical`);
  }
}

function checkAfwegingNode(s: LoadedScenario, node: OptionNode, list: IssueList): void {
  if (node.type !== 'afweging') return;
  const moment = momentOf(s, node);
  if (!s.expertKey.some((m) => m.moment === moment)) {
    const known = s.expertKey.map((m) => `"${m.moment}"`).join(', ');
    list.add('unknown-moment', node.id, `moment "${moment}" is not in the expertKey (known: ${known})`);
    return;
  }
  const expected = expectedAnswer(s, moment, node.question);
  for (const option of node.options) {
    if (option.expert && expected !== undefined && option.answer !== expected) {
      list.add('expert-answer-mismatch', node.id, `expert option "${option.id}" answers "${option.answer}" to ${node.question}, but the expertKey (moment "${moment}") says "${expected}"`);
    }
  }
}

/** Checks the expert path: it ends, asks only questions the key answers, and the key decides the ending's outcome. */
function checkExpertPath(s: LoadedScenario, list: IssueList): void {
  const trace = traceExpert(s);
  if (trace.error) {
    list.add('expert-path-no-ending', trace.error.nodeId, trace.error.message);
    return;
  }
  let lastMoment = s.expertKey[s.expertKey.length - 1]?.moment;
  for (const entry of trace.state.path) {
    const node = getNode(s, entry.nodeId);
    if (node.type !== 'afweging') continue;
    lastMoment = momentOf(s, node);
    if (expectedAnswer(s, lastMoment, node.question) === undefined) {
      list.add('unknown-question', node.id, `the expert path asks ${node.question}, but the expertKey (moment "${lastMoment}") gives no answer to it`);
    }
  }
  const ending = getNode(s, trace.state.nodeId);
  const key = s.expertKey.find((m) => m.moment === lastMoment);
  if (ending.type !== 'ending' || !key) return;
  const context = momentContext(s, key.moment);
  const inContext = key.context === 'melding-staat' ? ' in context melding-staat' : '';
  const decision = decide(keyAnswers(s, key.moment), context);
  if (decision.outcome !== ending.outcome) {
    const why = decision.outcome === 'onbeslist' ? `undecided (the key has no answer to ${decision.nextQuestion ?? '?'})` : `"${decision.outcome}"`;
    list.add('expert-key-mismatch', ending.id, `the expert path ends here with outcome "${ending.outcome}", but decide()${inContext} on the expertKey (moment "${key.moment}") gives ${why}`);
    return;
  }
  const given = trace.state.answers[key.moment];
  if (!given) return;
  const onPath = decide(given, context);
  if (onPath.outcome !== ending.outcome) {
    const why = onPath.outcome === 'onbeslist' ? `undecided (the expert path never asks ${onPath.nextQuestion ?? '?'})` : `"${onPath.outcome}"`;
    list.add('expert-key-mismatch', ending.id, `the expert path ends here with outcome "${ending.outcome}", but decide()${inContext} on the answers the expert gives on the path (moment "${key.moment}") gives ${why}`);
  }
}

/** Refuses key answers decide() does not use: an answer after a closing answer would teach a question that is never asked. */
function checkUnusedKeyAnswers(s: LoadedScenario, list: IssueList): void {
  for (const m of s.expertKey) {
    const used = new Set(decide(keyAnswers(s, m.moment), momentContext(s, m.moment)).used);
    for (const q of QUESTION_ORDER) {
      if (m.answers[q] === undefined || used.has(q)) continue;
      list.add(
        'unused-key-answer',
        undefined,
        `expertKey: moment "${m.moment}" answers vraag ${QUESTIONS[q].number} (${q}), but the afwegingskader never reaches it with these answers${m.context === 'melding-staat' ? ' (context melding-staat)' : ''}: remove it`,
      );
    }
  }
}

/** All expert checks; run only when targets and conditions are sound. */
export function checkExpert(s: LoadedScenario, list: IssueList): void {
  checkUnusedKeyAnswers(s, list);
  for (const node of s.nodes) {
    if (!hasOptions(node)) continue;
    checkExpertOptions(node, list);
    checkAfwegingNode(s, node, list);
  }
  if (!list.has('expert-option-count', 'unknown-moment', 'no-ending')) checkExpertPath(s, list);
}
