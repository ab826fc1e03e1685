/**
 * Conditions and effects on case state. A condition is a short expression such as
 * `vertrouwen >= 3`, `veiligThuisGeraadpleegd` or `not zichtOpVeiligheid`, joined with
 * ` and ` (no `or`: a case writer splits such a case into two conditional targets).
 * Parsed once per distinct text and cached, so playing a large case stays fast.
 */
import type { Scenario } from '../../schemas/scenario';
import { ScenarioError } from './errors';

/** A comparison operator. */
export type Operator = '==' | '!=' | '>=' | '<=' | '>' | '<';

/** One clause of a condition. */
export type Clause =
  | { kind: 'flag'; name: string; negated: boolean }
  | { kind: 'compare'; name: string; op: Operator; value: number | boolean };

/** Result of parsing: the clauses, or why the text is not a condition. */
export type ParsedCondition = { ok: true; clauses: Clause[] } | { ok: false; error: string };

/** The declared variables of a case. */
export type Variables = Scenario['state'];

/** Values of the variables during play. */
export type VarValues = Record<string, number | boolean>;

/**
 * The own entry `key` of a record, never an inherited Object member: `own(vars, 'valueOf')`
 * is undefined unless the case declared such a variable (which the loader refuses).
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy of the values in a prototype-free object, so no lookup can reach an Object member. */
function freshVars(from: VarValues = {}): VarValues {
  return Object.assign(Object.create(null) as VarValues, from);
}

const NAME = '[a-zA-Z0-9][a-zA-Z0-9-]*';
const FLAG_RE = new RegExp(`^(not\\s+)?(${NAME})$`);
const COMPARE_RE = new RegExp(`^(${NAME})\\s*(==|!=|>=|<=|>|<)\\s*(-?\\d+(?:\\.\\d+)?|true|false)$`);
const cache = new Map<string, ParsedCondition>();

function parseClause(text: string): Clause | string {
  const compare = COMPARE_RE.exec(text);
  if (compare) {
    const [, name = '', op = '==', raw = ''] = compare;
    const value = raw === 'true' ? true : raw === 'false' ? false : Number(raw);
    return { kind: 'compare', name, op: op as Operator, value };
  }
  const flag = FLAG_RE.exec(text);
  if (flag && flag[2] !== 'not' && flag[2] !== 'and') return { kind: 'flag', name: flag[2] ?? '', negated: Boolean(flag[1]) };
  return `"${text}" is not a condition; write "name", "not name" or "name >= 3" (operators == != >= <= > <)`;
}

/** Parses a condition text; the result is cached per text. */
export function parseCondition(text: string): ParsedCondition {
  const cached = cache.get(text);
  if (cached) return cached;
  const clauses: Clause[] = [];
  let result: ParsedCondition | undefined;
  for (const part of text.trim().split(/\s+and\s+/)) {
    const clause = parseClause(part.trim());
    if (typeof clause === 'string') {
      result = { ok: false, error: clause };
      break;
    }
    clauses.push(clause);
  }
  result ??= { ok: true, clauses };
  cache.set(text, result);
  return result;
}

function compare(left: number | boolean, op: Operator, right: number | boolean): boolean {
  switch (op) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '>=':
      return left >= right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '<':
      return left < right;
  }
}

function clauseHolds(clause: Clause, vars: VarValues): boolean {
  const value = own(vars, clause.name);
  if (value === undefined) throw new ScenarioError(`condition reads unknown variable "${clause.name}"`);
  if (clause.kind === 'flag') return clause.negated ? !value : Boolean(value);
  return compare(value, clause.op, clause.value);
}

/** True when the condition holds for these values; throws ScenarioError on a malformed condition. */
export function evaluateCondition(text: string, vars: VarValues): boolean {
  const parsed = parseCondition(text);
  if (!parsed.ok) throw new ScenarioError(parsed.error);
  return parsed.clauses.every((clause) => clauseHolds(clause, vars));
}

/** Starting values of all variables. */
export function initialVars(state: Variables): VarValues {
  const vars = freshVars();
  for (const [name, variable] of Object.entries(state)) vars[name] = variable.initial;
  return vars;
}

/** An option's effects, as in the schema. */
export interface Effects {
  set?: Record<string, number | boolean> | undefined;
  add?: Record<string, number> | undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Applies effects to a copy of the values: `set` assigns, `add` adds; numbers are clamped to min/max. */
export function applyEffects(state: Variables, vars: VarValues, effects: Effects | undefined): VarValues {
  if (!effects) return vars;
  const next = freshVars(vars);
  for (const [name, value] of Object.entries(effects.set ?? {})) {
    const variable = own(state, name);
    if (!variable) throw new ScenarioError(`effect sets unknown variable "${name}"`);
    next[name] = variable.type === 'number' && typeof value === 'number' ? clamp(value, variable.min, variable.max) : value;
  }
  for (const [name, amount] of Object.entries(effects.add ?? {})) {
    const variable = own(state, name);
    const current = own(next, name);
    if (variable?.type !== 'number' || typeof current !== 'number') {
      throw new ScenarioError(`effect adds to "${name}", which is not a number variable`);
    }
    next[name] = clamp(current + amount, variable.min, variable.max);
  }
  return next;
}
