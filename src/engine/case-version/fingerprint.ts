/**
 * What decides a case's expert answer and a learner's result, without the prose: the
 * expert key, the graph (start, targets, conditions, state), every option's expert flag,
 * score, afweging answer, critical rule and broken rules, the endings' outcomes, and the
 * statements of the catalogue rules the case names (content/rules.yaml). A change to any
 * of these makes old progress refer to another case, so it must come with a higher
 * `version` (see lock.ts). Texts, titles, feedback, prompts, labels and refs are left
 * out: rewording a case does not change what a result means.
 *
 * Each part is keyed by id (nodes, options, moments, rules), so reordering a list is no
 * change. Pure: the hash itself is computed by the caller (hash.ts, Node only).
 */
import type { LoadedScenario, ScenarioNode, ScenarioOption } from '../scenario';

/** The decisive parts of a case, by name: `expertKey`, `start`, `state`, `node:<id>`, `rule:<id>`. */
export type DecisiveParts = Record<string, unknown>;

function optionBasis(option: ScenarioOption): unknown {
  return {
    expert: option.expert,
    score: option.score,
    answer: 'answer' in option ? option.answer : null,
    critical: option.critical?.rule ?? null,
    breaks: [...(option.breaks ?? [])].sort(),
    next: option.next,
    effects: option.effects ?? null,
    showIf: option.showIf ?? null,
  };
}

function nodeBasis(node: ScenarioNode): unknown {
  switch (node.type) {
    case 'situation':
      return { type: node.type, step: node.step, next: node.next };
    case 'ending':
      return { type: node.type, outcome: node.outcome };
    case 'choice':
    case 'afweging':
      return {
        type: node.type,
        step: node.step,
        question: node.type === 'afweging' ? node.question : null,
        moment: node.type === 'afweging' ? (node.moment ?? null) : null,
        options: Object.fromEntries(node.options.map((o) => [o.id, optionBasis(o)])),
      };
  }
}

/** The decisive parts of a loaded case (with the catalogue rules it names). */
export function decisiveParts(scenario: LoadedScenario): DecisiveParts {
  const parts: DecisiveParts = {
    expertKey: Object.fromEntries(scenario.expertKey.map((m) => [m.moment, { context: m.context ?? null, answers: m.answers }])),
    start: scenario.start,
    state: Object.fromEntries(
      Object.entries(scenario.state).map(([name, v]) => [name, v.type === 'flag' ? { type: v.type, initial: v.initial } : { type: v.type, initial: v.initial, min: v.min, max: v.max }]),
    ),
  };
  for (const node of scenario.nodes) parts[`node:${node.id}`] = nodeBasis(node);
  for (const rule of scenario.rules) parts[`rule:${rule.id}`] = { statement: rule.statement, kind: rule.kind, critical: rule.critical };
  return parts;
}

/** JSON with object keys sorted at every level, so equal data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
