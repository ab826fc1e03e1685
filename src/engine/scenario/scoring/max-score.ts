/**
 * The maximum score of a case over all paths, without listing the paths (a case of
 * thousands of nodes stays fast). The graph is split into strongly connected components
 * (Tarjan); components are handled sinks first, so each node's best continuation is known
 * when it is needed (dynamic programming on the DAG of components).
 *
 * - A node outside any loop: best = max over its options of (option points + best target).
 * - A loop (component of several nodes): a node scores on its first visit only, so the
 *   value depends on which nodes were already visited; an exact search over visited sets
 *   handles loops up to EXACT_LOOP_LIMIT nodes, larger ones get an upper bound.
 * Conditions (showIf, conditional targets) are not evaluated: every option and every target
 * counts as possible, which gives the maximum the graph allows.
 */
import type { LoadedScenario, ScenarioNode } from '../model';
import { expectedAnswer, hasOptions, momentOf, nodeIndex, targetIds } from '../nodes';
import { AFWEGING_MATCH_POINTS, EXACT_LOOP_LIMIT } from './weights';

/** One way out of a node: the points for taking it and where it may lead. */
interface Move {
  points: number;
  targets: string[];
}

/** Points for an option: its own score plus afweging points when its answer matches the key. */
export function optionPoints(s: LoadedScenario, node: ScenarioNode, optionId: string): number {
  if (!hasOptions(node)) return 0;
  const option = node.options.find((o) => o.id === optionId);
  if (!option) return 0;
  if (node.type !== 'afweging' || !('answer' in option)) return option.score;
  const expected = expectedAnswer(s, momentOf(s, node), node.question);
  return option.score + (expected !== undefined && option.answer === expected ? AFWEGING_MATCH_POINTS : 0);
}

function movesOf(s: LoadedScenario, node: ScenarioNode): Move[] {
  if (node.type === 'situation') return [{ points: 0, targets: targetIds(node.next) }];
  if (!hasOptions(node)) return [];
  return node.options.map((o) => ({ points: optionPoints(s, node, o.id), targets: targetIds(o.next) }));
}

/** Strongly connected components, sinks first (Tarjan, iterative so deep cases do not overflow the stack). */
export function components(ids: string[], edges: ReadonlyMap<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = edges.get(frame.id) ?? [];
      if (frame.next < out.length) {
        const to = out[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        result.push(component);
      }
    }
  }
  return result;
}

/** Exact best value of entering each node of a small loop, given the best values outside it. */
function solveLoop(members: string[], moves: ReadonlyMap<string, Move[]>, best: Map<string, number>): void {
  const bit = new Map(members.map((id, i) => [id, 1 << i]));
  const levels = new Map<number, Map<string, number>>();
  // Value of standing at `v` when the nodes in `seen` have already scored.
  const value = (v: string, seen: number): number => {
    const b = bit.get(v);
    if (b === undefined) return best.get(v) ?? 0;
    if (seen & b) return level(seen).get(v) ?? 0;
    const after = seen | b;
    let top = -Infinity;
    for (const m of moves.get(v) ?? []) top = Math.max(top, m.points + Math.max(...m.targets.map((t) => value(t, after))));
    return top;
  };
  // Values of all already-scored nodes: walking between them scores nothing, so each takes the best way out it can reach.
  const level = (seen: number): Map<string, number> => {
    const cached = levels.get(seen);
    if (cached) return cached;
    const inside = members.filter((id) => seen & bit.get(id)!);
    const vals = new Map<string, number>();
    levels.set(seen, vals);
    for (const v of inside) {
      let out = -Infinity;
      for (const m of moves.get(v) ?? []) for (const t of m.targets) if (!(seen & (bit.get(t) ?? 0))) out = Math.max(out, value(t, seen));
      vals.set(v, out);
    }
    for (let changed = true; changed; ) {
      changed = false;
      for (const v of inside) {
        for (const m of moves.get(v) ?? []) {
          for (const t of m.targets) {
            const tv = vals.get(t);
            if (tv !== undefined && tv > (vals.get(v) ?? -Infinity)) {
              vals.set(v, tv);
              changed = true;
            }
          }
        }
      }
    }
    return vals;
  };
  for (const v of members) best.set(v, value(v, 0));
}

/** Upper bound for a large loop: every node's best option, plus the best way out. */
function boundLoop(members: string[], moves: ReadonlyMap<string, Move[]>, best: Map<string, number>): void {
  const inLoop = new Set(members);
  let sum = 0;
  let exit = 0;
  for (const v of members) {
    const ms = moves.get(v) ?? [];
    sum += Math.max(0, ...ms.map((m) => m.points));
    for (const m of ms) for (const t of m.targets) if (!inLoop.has(t)) exit = Math.max(exit, best.get(t) ?? 0);
  }
  for (const v of members) best.set(v, sum + exit);
}

/** Best points reachable from every node: the most a learner standing there can still earn. */
export function bestFrom(s: LoadedScenario): ReadonlyMap<string, number> {
  const moves = new Map<string, Move[]>();
  const edges = new Map<string, string[]>();
  const known = nodeIndex(s);
  for (const node of known.values()) {
    const ms = movesOf(s, node).map((m) => ({ ...m, targets: m.targets.filter((t) => known.has(t)) })).filter((m) => m.targets.length > 0);
    moves.set(node.id, ms);
    edges.set(node.id, ms.flatMap((m) => m.targets));
  }
  const best = new Map<string, number>();
  for (const component of components([...known.keys()], edges)) {
    const [only] = component;
    const selfLoop = only !== undefined && (edges.get(only) ?? []).includes(only);
    if (component.length === 1 && only !== undefined && !selfLoop) {
      const ms = moves.get(only) ?? [];
      best.set(only, ms.length === 0 ? 0 : Math.max(...ms.map((m) => m.points + Math.max(...m.targets.map((t) => best.get(t) ?? 0)))));
    } else if (component.length <= EXACT_LOOP_LIMIT) solveLoop(component, moves, best);
    else boundLoop(component, moves, best);
  }
  return best;
}

const cache = new WeakMap<LoadedScenario, number>();

/** The highest score any run through the case can reach. */
export function maxScore(s: LoadedScenario): number {
  let max = cache.get(s);
  if (max === undefined) {
    max = Math.max(0, bestFrom(s).get(s.start) ?? 0);
    cache.set(s, max);
  }
  return max;
}
