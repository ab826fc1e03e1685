/**
 * Checks on case state: declared variables are sane, every condition parses and reads
 * declared variables of the right type, every effect changes a declared variable with a
 * value of its type, conditional targets end with a fallback, and every node always
 * shows at least one option (otherwise a learner could get stuck).
 */
import { own, parseCondition, type Variables } from '../conditions';
import type { LoadedScenario, ScenarioNode, ScenarioOption, Target } from '../model';
import { hasOptions } from '../nodes';
import type { IssueList } from './issues';

function checkDeclarations(state: Variables, list: IssueList): void {
  for (const [name, v] of Object.entries(state)) {
    if (v.type !== 'number') continue;
    if (v.min > v.max) list.add('bad-variable', undefined, `state: "${name}" has min ${v.min} above max ${v.max}`);
    else if (v.initial < v.min || v.initial > v.max) {
      list.add('bad-variable', undefined, `state: "${name}" starts at ${v.initial}, outside its range ${v.min} to ${v.max}`);
    }
  }
}

/** Checks one condition text; `where` says where it is written (e.g. 'showIf of option "x"'). */
function checkCondition(text: string, where: string, state: Variables, nodeId: string, list: IssueList): void {
  const parsed = parseCondition(text);
  if (!parsed.ok) {
    list.add('bad-condition', nodeId, `${where}: ${parsed.error}`);
    return;
  }
  for (const clause of parsed.clauses) {
    const v = own(state, clause.name);
    if (!v) {
      list.add('unknown-variable', nodeId, `${where}: "${text}" reads "${clause.name}", which is not declared under state`);
    } else if (clause.kind === 'flag' && v.type === 'number') {
      list.add('bad-condition', nodeId, `${where}: "${text}" uses number "${clause.name}" as a flag; compare it, e.g. "${clause.name} >= 1"`);
    } else if (clause.kind === 'compare' && v.type === 'number' && typeof clause.value !== 'number') {
      list.add('bad-condition', nodeId, `${where}: "${text}" compares number "${clause.name}" with ${String(clause.value)}`);
    } else if (clause.kind === 'compare' && v.type === 'flag' && (typeof clause.value !== 'boolean' || !['==', '!='].includes(clause.op))) {
      list.add('bad-condition', nodeId, `${where}: "${text}": flag "${clause.name}" can only be tested with "${clause.name}" or "not ${clause.name}"`);
    }
  }
}

function checkTarget(target: Target, where: string, state: Variables, nodeId: string, list: IssueList): void {
  if (typeof target === 'string') return;
  target.forEach((entry, i) => {
    const last = i === target.length - 1;
    if (entry.if !== undefined) checkCondition(entry.if, `${where} (to "${entry.to}")`, state, nodeId, list);
    if (last && entry.if !== undefined) {
      list.add('conditional-target-without-fallback', nodeId, `${where}: the last entry (to "${entry.to}") has an "if"; add a last entry without "if" as fallback`);
    } else if (!last && entry.if === undefined) {
      list.add('conditional-target-without-fallback', nodeId, `${where}: only the last entry may leave out "if"; the entries after "${entry.to}" are never used`);
    }
  });
}

function checkEffects(option: ScenarioOption, state: Variables, nodeId: string, list: IssueList): void {
  const where = `effects of option "${option.id}"`;
  for (const [name, value] of Object.entries(option.effects?.set ?? {})) {
    const v = own(state, name);
    if (!v) list.add('unknown-variable', nodeId, `${where}: sets "${name}", which is not declared under state`);
    else if (v.type === 'flag' && typeof value !== 'boolean') {
      list.add('effect-type-mismatch', nodeId, `${where}: "${name}" is a flag; set it to true or false, not ${String(value)}`);
    } else if (v.type === 'number' && typeof value !== 'number') {
      list.add('effect-type-mismatch', nodeId, `${where}: "${name}" is a number; set it to a number, not ${String(value)}`);
    } else if (v.type === 'number' && typeof value === 'number' && (value < v.min || value > v.max)) {
      list.add('effect-type-mismatch', nodeId, `${where}: sets "${name}" to ${value}, outside its range ${v.min} to ${v.max}`);
    }
  }
  for (const name of Object.keys(option.effects?.add ?? {})) {
    const v = own(state, name);
    if (!v) list.add('unknown-variable', nodeId, `${where}: adds to "${name}", which is not declared under state`);
    else if (v.type !== 'number') list.add('effect-type-mismatch', nodeId, `${where}: adds to flag "${name}"; use "set" for flags`);
  }
}

function checkNode(node: ScenarioNode, state: Variables, list: IssueList): void {
  if (node.type === 'situation') checkTarget(node.next, 'next', state, node.id, list);
  if (!hasOptions(node)) return;
  for (const option of node.options) {
    if (option.showIf !== undefined) checkCondition(option.showIf, `showIf of option "${option.id}"`, state, node.id, list);
    checkTarget(option.next, `next of option "${option.id}"`, state, node.id, list);
    checkEffects(option, state, node.id, list);
  }
  if (node.options.every((o) => o.showIf !== undefined)) {
    list.add('no-unconditional-option', node.id, 'every option has a showIf; give at least one option no showIf, so a learner is never left without a choice');
  }
}

/** Checks declarations, conditions, effects and conditional targets of a case. */
export function checkVariables(s: LoadedScenario, list: IssueList): void {
  checkDeclarations(s.state, list);
  for (const node of s.nodes) checkNode(node, s.state, list);
}
