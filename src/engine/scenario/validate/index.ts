/**
 * Checks a case like code: every target exists, every node is reachable, from every node
 * an ending can be reached, conditions and effects use declared variables of the right type,
 * and the expert path and key agree with the afwegingskader (validate/expert.ts).
 * Graph checks are linear in the size of the case (breadth-first search forwards from the
 * start and backwards from the endings), so a case of thousands of nodes checks quickly.
 */
import { ScenarioValidationError, type ValidationIssue } from '../errors';
import type { LoadedScenario } from '../model';
import { successors } from '../nodes';
import { checkExpert } from './expert';
import { IssueList } from './issues';
import { checkVariables } from './state';

function checkIds(s: LoadedScenario, list: IssueList): void {
  const seen = new Set<string>();
  for (const node of s.nodes) {
    if (seen.has(node.id)) list.add('duplicate-id', node.id, `the id "${node.id}" is used by more than one node`);
    seen.add(node.id);
    if (node.type !== 'choice' && node.type !== 'afweging') continue;
    const options = new Set<string>();
    for (const option of node.options) {
      if (options.has(option.id)) list.add('duplicate-option-id', node.id, `option id "${option.id}" is used twice in this node`);
      options.add(option.id);
    }
  }
  const moments = new Set<string>();
  for (const m of s.expertKey) {
    if (moments.has(m.moment)) list.add('duplicate-id', undefined, `expertKey: moment "${m.moment}" appears more than once`);
    moments.add(m.moment);
  }
}

function checkTargets(s: LoadedScenario, ids: ReadonlySet<string>, list: IssueList): void {
  if (!ids.has(s.start)) list.add('unknown-start', undefined, `start "${s.start}" is not the id of a node`);
  for (const node of s.nodes) {
    for (const target of successors(node)) {
      if (!ids.has(target)) list.add('unknown-target', node.id, `target "${target}" does not exist`);
    }
  }
}

/** Breadth-first search from `from` over `edges`; returns every id reached. */
function reach(from: Iterable<string>, edges: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set(from);
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++) {
    for (const next of edges.get(queue[i] ?? '') ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

function checkGraph(s: LoadedScenario, ids: ReadonlySet<string>, list: IssueList): void {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const node of s.nodes) {
    const targets = successors(node).filter((t) => ids.has(t));
    forward.set(node.id, targets);
    for (const t of targets) {
      const into = backward.get(t);
      if (into) into.push(node.id);
      else backward.set(t, [node.id]);
    }
  }
  const reachable = ids.has(s.start) ? reach([s.start], forward) : new Set<string>();
  for (const node of s.nodes) {
    if (!reachable.has(node.id) && ids.has(s.start)) list.add('unreachable-node', node.id, `cannot be reached from start "${s.start}"`);
  }
  if (list.has('unknown-target', 'unknown-start', 'duplicate-id')) return; // the edges are not trustworthy yet
  const canEnd = reach(s.nodes.filter((n) => n.type === 'ending').map((n) => n.id), backward);
  for (const node of s.nodes) {
    if (reachable.has(node.id) && !canEnd.has(node.id)) {
      list.add('no-ending', node.id, 'no ending can be reached from here (a dead end, or a loop without a way out)');
    }
  }
}

/** Every problem in a schema-valid case, as issues naming file and node; [] when the case is sound. */
export function validateScenario(s: LoadedScenario): ValidationIssue[] {
  const list = new IssueList(s.file);
  const ids = new Set(s.nodes.map((n) => n.id));
  checkIds(s, list);
  checkTargets(s, ids, list);
  checkGraph(s, ids, list);
  checkVariables(s, list);
  if (!list.has('duplicate-id', 'unknown-target', 'unknown-start', 'bad-condition', 'unknown-variable', 'conditional-target-without-fallback')) {
    checkExpert(s, list);
  }
  return list.issues;
}

/** Throws ScenarioValidationError when validateScenario finds anything. */
export function assertValidScenario(s: LoadedScenario): void {
  const issues = validateScenario(s);
  if (issues.length > 0) throw new ScenarioValidationError(issues);
}
