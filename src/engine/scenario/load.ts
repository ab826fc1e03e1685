/**
 * Reading a case file: YAML (the `yaml` package) → zod schema → graph checks. Every
 * problem becomes an issue naming the file and, where there is one, the node; all
 * issues are collected and thrown together, so a case writer fixes them in one pass.
 */
import { parseDocument } from 'yaml';
import type { Rule } from '../../schemas/rule';
import { ALLOWED_KEYS, RESERVED_NAMES, scenarioSchema, type Scenario } from '../../schemas/scenario';
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
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

function formatPath(path: readonly PathKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

/**
 * Edit distance between two short strings (Levenshtein: insertions, deletions and
 * substitutions each cost 1). Hand-written, a dozen lines, to suggest the key a case
 * writer probably meant; no library needed for keys of a few letters.
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The allowed key closest to `key` (case-insensitive), when it is close enough to be a typo. */
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of allowed) {
    const d = editDistance(key.toLowerCase(), name.toLowerCase());
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.name : undefined;
}

/** The keys the object at `path` allows, found from its place in the file (and its `type`). */
function allowedAt(data: unknown, path: readonly PathKey[]): readonly string[] | undefined {
  const value = path.reduce<unknown>((v, k) => field(v, k), data);
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (path.length === 0) return ALLOWED_KEYS.scenario;
  if (typeof last === 'number' && parent === 'nodes') {
    const type = field(value, 'type');
    return type === 'situation' || type === 'choice' || type === 'afweging' || type === 'ending' ? ALLOWED_KEYS[type] : undefined;
  }
  if (typeof last === 'number' && parent === 'options') {
    const node = path.slice(0, -2).reduce<unknown>((v, k) => field(v, k), data);
    return field(node, 'type') === 'afweging' ? ALLOWED_KEYS.afwegingOption : ALLOWED_KEYS.choiceOption;
  }
  if (typeof last === 'number' && parent === 'next') return ALLOWED_KEYS.target;
  if (typeof last === 'number' && parent === 'expertKey') return ALLOWED_KEYS.expertMoment;
  if (parent === 'state') return field(value, 'type') === 'number' ? ALLOWED_KEYS.number : ALLOWED_KEYS.flag;
  if (last === 'critical') return ALLOWED_KEYS.critical;
  if (last === 'effects') return ALLOWED_KEYS.effects;
  if (last === 'answers') return ALLOWED_KEYS.answers;
  return undefined;
}

function unknownKeyMessage(data: unknown, path: readonly PathKey[], key: string): string {
  const allowed = allowedAt(data, path) ?? [];
  const value = path.reduce<unknown>((v, k) => field(v, k), data);
  if (key === 'next' && field(value, 'type') === 'ending') return 'unknown key "next": an ending has no next (the case stops there)';
  const suggestion = suggestKey(key, allowed);
  const hint = suggestion ? `; did you mean "${suggestion}"?` : allowed.length > 0 ? ` (allowed here: ${allowed.join(', ')})` : '';
  return `unknown key "${key}"${hint}`;
}

function codeFor(path: readonly PathKey[], zodCode?: string): IssueCode {
  if (zodCode === 'unrecognized_keys') return 'unknown-key';
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

interface SchemaIssue {
  path: PathKey[];
  message: string;
  code?: string;
  keys?: readonly string[];
}

function schemaIssues(data: unknown, file: string, error: { issues: readonly SchemaIssue[] }) {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    const { nodeId, where } = locate(data, issue.path);
    const texts =
      issue.code === 'unrecognized_keys' && issue.keys ? issue.keys.map((key) => unknownKeyMessage(data, issue.path, key)) : [issue.message];
    let code = codeFor(issue.path, issue.code);
    if (issue.code === 'custom' && issue.message.startsWith('is only spaces')) code = 'blank-text';
    const lastKey = issue.path[issue.path.length - 1];
    if (issue.code === 'invalid_key' && issue.path[0] === 'state' && typeof lastKey === 'string' && RESERVED_NAMES.has(lastKey)) {
      code = 'reserved-variable-name';
      texts[0] = 'is the name of a built-in Object member (like valueOf or constructor); choose another variable name';
    }
    return texts.map((text) => {
      const message = where ? `${where}: ${text}` : text;
      return nodeId === undefined ? { file, code, message } : { file, nodeId, code, message };
    });
  });
}

const RESERVED_MESSAGE = 'is the name of a built-in Object member (like valueOf or constructor); choose another variable name';

/** The names a condition text mentions (words of letters, digits, _, $ and -), without the keywords. */
function conditionWords(text: string): string[] {
  return (text.match(/[A-Za-z0-9_$-]+/g) ?? []).filter((w) => w !== 'not' && w !== 'and');
}

/**
 * Object member names (valueOf, constructor, __proto__, ...) used as variable names: under
 * `state`, as keys of `effects.set` / `effects.add`, and in conditions (`showIf`, `if`).
 * Walked on the raw YAML data, before the schema: zod drops a `__proto__` key silently, so
 * the schema alone would never see it. Each issue names the node, the option and the place.
 */
function reservedNameIssues(data: unknown, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (nodeId: string | undefined, where: string, text: string) =>
    issues.push(nodeId === undefined ? { file, code: 'reserved-variable-name', message: `${where}: ${text}` } : { file, nodeId, code: 'reserved-variable-name', message: `${where}: ${text}` });
  const ownKeys = (v: unknown): string[] => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : []);
  for (const name of ownKeys(field(data, 'state'))) if (RESERVED_NAMES.has(name)) add(undefined, `state.${name}`, RESERVED_MESSAGE);
  const checkCondition = (nodeId: string | undefined, where: string, condition: unknown) => {
    if (typeof condition !== 'string') return;
    for (const word of conditionWords(condition)) {
      if (RESERVED_NAMES.has(word)) add(nodeId, where, `"${condition}" reads "${word}", which ${RESERVED_MESSAGE}`);
    }
  };
  const checkNext = (nodeId: string | undefined, where: string, next: unknown) => {
    if (!Array.isArray(next)) return;
    next.forEach((entry: unknown) => checkCondition(nodeId, `${where} (to "${String(field(entry, 'to'))}")`, field(entry, 'if')));
  };
  const nodes = field(data, 'nodes');
  if (!Array.isArray(nodes)) return issues;
  nodes.forEach((node: unknown, i) => {
    const rawId = field(node, 'id');
    const nodeId = typeof rawId === 'string' ? rawId : undefined;
    const at = (where: string) => (nodeId === undefined ? `nodes[${i}] (no valid id): ${where}` : where);
    checkNext(nodeId, at('next'), field(node, 'next'));
    const options = field(node, 'options');
    if (!Array.isArray(options)) return;
    options.forEach((option: unknown, j) => {
      const rawOption = field(option, 'id');
      const label = `option "${typeof rawOption === 'string' ? rawOption : `[${j}]`}"`;
      checkCondition(nodeId, at(`${label}: showIf`), field(option, 'showIf'));
      checkNext(nodeId, at(`${label}: next`), field(option, 'next'));
      for (const kind of ['set', 'add'] as const) {
        for (const name of ownKeys(field(field(option, 'effects'), kind))) {
          if (RESERVED_NAMES.has(name)) add(nodeId, at(`${label}: effects.${kind}.${name}`), RESERVED_MESSAGE);
        }
      }
    });
  });
  return issues;
}

/** A case id is a URL-safe slug: lowercase a-z, digits and single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fileNameIssues(file: string): ValidationIssue[] {
  const name = file.split(/[\\/]/).pop() ?? file;
  if (name.endsWith('.yml')) {
    return [{ file, code: 'bad-file-name', message: `the file name "${name}" ends in .yml; gebruik .yaml: rename it to "${name.slice(0, -4)}.yaml" (only .yaml files are cases)` }];
  }
  if (!name.endsWith('.yaml')) {
    return [{ file, code: 'bad-file-name', message: `the file name "${name}" must end in .yaml` }];
  }
  const slug = slugOf(file);
  if (SLUG.test(slug)) return [];
  return [
    {
      file,
      code: 'bad-file-name',
      message: `the file name "${name}" is not a URL-safe case id: it becomes the address /casussen/${slug}/, so use only lowercase a-z, 0-9 and hyphens (e.g. "bram-klas-3.yaml")`,
    },
  ];
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
  const badName = fileNameIssues(file);
  if (badName.length > 0) throw new ScenarioValidationError(badName);
  const { data, issues } = yamlIssues(text, file);
  if (issues.length > 0) throw new ScenarioValidationError(issues);
  const reserved = reservedNameIssues(data, file);
  if (reserved.length > 0) throw new ScenarioValidationError(reserved);
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) throw new ScenarioValidationError(schemaIssues(data, file, parsed.error));
  const { rules, issues: ruleIssues } = resolveRules(parsed.data, catalogue, file);
  // Prototype-free, so a lookup of an undeclared name never reads an Object member.
  const state = Object.assign(Object.create(null) as Scenario['state'], parsed.data.state);
  const scenario: LoadedScenario = { ...parsed.data, state, id: slugOf(file), file, rules };
  const graphIssues = [...ruleIssues, ...validateScenario(scenario)];
  if (graphIssues.length > 0) throw new ScenarioValidationError(graphIssues);
  return scenario;
}
