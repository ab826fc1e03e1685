/**
 * Reading a case file: YAML (the `yaml` package) → zod schema → graph checks. Every
 * problem becomes an issue naming the file and, where there is one, the node; all
 * issues are collected and thrown together, so a case writer fixes them in one pass.
 */
import { parseDocument } from 'yaml';
import type { Rule } from '../../schemas/rule';
import { scenarioSchema, type Scenario } from '../../schemas/scenario';
import { ScenarioValidationError, type IssueCode, type ValidationIssue } from './errors';
import type { LoadedScenario } from './model';
import { validateScenario } from './validate';

type PathKey = PropertyKey;

/** The case id of a file: its name without folder and .yaml/.yml. */
export function slugOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');
}

/**
 * The id of the node whose YAML text holds this (1-based) line, found from the text alone
 * because a file with a syntax error has no tree. Parsers notice some mistakes (a missing
 * quote) a little after the place they are made: the line number is where it was noticed.
 */
export function nodeNearLine(text: string, line: number): string | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^nodes:\s*$/.test(l));
  if (start < 0 || line - 1 <= start) return undefined;
  const indent = /^(\s*)- /.exec(lines.slice(start + 1).find((l) => /^\s*- /.test(l)) ?? '')?.[1]?.length ?? 2;
  const item = new RegExp(`^ {${indent}}- `);
  let first = Math.min(line - 1, lines.length - 1);
  while (first > start && !item.test(lines[first] ?? '')) first--;
  if (first <= start) return undefined;
  const idLine = new RegExp(`^(?: {${indent}}- | {${indent + 2}})id:\\s*["']?([a-z0-9-]+)`);
  for (let i = first; i < lines.length && (i === first || !item.test(lines[i] ?? '')); i++) {
    const id = idLine.exec(lines[i] ?? '')?.[1];
    if (id) return id;
  }
  return undefined;
}

function yamlIssues(text: string, file: string): { data: unknown; issues: ValidationIssue[] } {
  if (text.trim() === '') return { data: undefined, issues: [{ file, code: 'empty-file', message: 'the file is empty' }] };
  const doc = parseDocument(text);
  const [error] = doc.errors; // later errors mostly follow from the first; fix it and re-run
  if (error) {
    const pos = error.linePos?.[0];
    const what = error.message.split(' at line ')[0]?.split('\n')[0] ?? error.message;
    const message = `YAML syntax error${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${what}`;
    const nodeId = pos ? nodeNearLine(text, pos.line) : undefined;
    const issue: ValidationIssue = nodeId === undefined ? { file, code: 'yaml-syntax', message } : { file, nodeId, code: 'yaml-syntax', message };
    return { data: undefined, issues: [issue] };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    return { data, issues: [{ file, code: 'empty-file', message: 'the file has no content (only comments?)' }] };
  }
  return { data, issues: [] };
}

function field(value: unknown, key: PathKey): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

function formatPath(path: readonly PathKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

function codeFor(path: readonly PathKey[]): IssueCode {
  const last = path[path.length - 1];
  if (last === 'score') return 'score-out-of-range';
  if (path[0] === 'nodes' && path.length === 3 && last === 'question') return 'unknown-question';
  return 'schema';
}

/** Turns a zod issue path into the node id and a readable location inside the node. */
function locate(data: unknown, path: readonly PathKey[]): { nodeId?: string; where: string } {
  if (path[0] !== 'nodes' || typeof path[1] !== 'number') return { where: formatPath(path) };
  const node = field(field(data, 'nodes'), path[1]);
  const id = field(node, 'id');
  let rest = path.slice(2);
  let prefix = '';
  if (rest[0] === 'options' && typeof rest[1] === 'number') {
    const optionId = field(field(field(node, 'options'), rest[1]), 'id');
    if (typeof optionId === 'string') {
      prefix = `option "${optionId}"`;
      rest = rest.slice(2);
    }
  }
  const where = [prefix, formatPath(rest)].filter(Boolean).join(': ');
  if (typeof id === 'string') return { nodeId: id, where };
  return { where: [`nodes[${path[1]}] (no valid id)`, where].filter(Boolean).join(': ') };
}

function schemaIssues(data: unknown, file: string, error: { issues: readonly { path: PathKey[]; message: string }[] }) {
  return error.issues.map((issue): ValidationIssue => {
    const { nodeId, where } = locate(data, issue.path);
    const message = where ? `${where}: ${issue.message}` : issue.message;
    return nodeId === undefined ? { file, code: codeFor(issue.path), message } : { file, nodeId, code: codeFor(issue.path), message };
  });
}

/**
 * The catalogue entries a case names, and an issue for every id that is unknown or has the
 * wrong verdict: `critical.rule` must name a rule with `critical: true`, `breaks` only rules
 * with `critical: false`. This is what keeps one act from being judged two ways in two cases.
 */
export function resolveRules(s: Scenario, catalogue: readonly Rule[], file: string): { rules: Rule[]; issues: ValidationIssue[] } {
  const byId = new Map(catalogue.map((r) => [r.id, r]));
  const used = new Set<string>();
  const issues: ValidationIssue[] = [];
  const known = 'see content/rules.yaml or the page /regels/';
  for (const node of s.nodes) {
    if (node.type !== 'choice' && node.type !== 'afweging') continue;
    for (const option of node.options) {
      const where = `option "${option.id}"`;
      const named = [...(option.critical ? [option.critical.rule] : []), ...(option.breaks ?? [])];
      for (const id of named) {
        const rule = byId.get(id);
        if (!rule) {
          issues.push({ file, nodeId: node.id, code: 'unknown-rule', message: `${where}: rule "${id}" is not in the rule catalogue (${known})` });
          continue;
        }
        used.add(id);
        const asCritical = option.critical?.rule === id;
        if (asCritical && !rule.critical) {
          issues.push({ file, nodeId: node.id, code: 'rule-kind-mismatch', message: `${where}: critical.rule "${id}" is a rule with "critical: false"; breaking it costs points: write "breaks: [${id}]" and give a low score instead` });
        } else if (!asCritical && rule.critical) {
          issues.push({ file, nodeId: node.id, code: 'rule-kind-mismatch', message: `${where}: breaks names "${id}", a rule with "critical: true"; breaking it is a critical error: write "critical: { rule: ${id}, explanation: ... }" instead` });
        }
      }
    }
  }
  return { rules: catalogue.filter((r) => used.has(r.id)), issues };
}

/**
 * Reads and checks one case file; `file` is its path as shown in messages ('scenarios/x.yaml');
 * `catalogue` is the rule catalogue (content/rules.yaml, parsed by parseRuleCatalogue).
 * Returns plain data; throws ScenarioValidationError listing every problem found.
 */
export function parseScenarioFile(text: string, file: string, catalogue: readonly Rule[]): LoadedScenario {
  const { data, issues } = yamlIssues(text, file);
  if (issues.length > 0) throw new ScenarioValidationError(issues);
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) throw new ScenarioValidationError(schemaIssues(data, file, parsed.error));
  const { rules, issues: ruleIssues } = resolveRules(parsed.data, catalogue, file);
  const scenario: LoadedScenario = { ...parsed.data, id: slugOf(file), file, rules };
  const graphIssues = [...ruleIssues, ...validateScenario(scenario)];
  if (graphIssues.length > 0) throw new ScenarioValidationError(graphIssues);
  return scenario;
}
