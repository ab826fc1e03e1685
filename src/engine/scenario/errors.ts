/**
 * Errors of the case engine. ScenarioError: a caller asked for something the case
 * does not allow (a hidden or unknown choice, a finished case). ScenarioValidationError:
 * a case file is broken; it carries every issue found, each naming file and node.
 */

/** Every kind of problem validation reports; docs/scenarios.md explains each with its fix. */
export const ISSUE_CODES = [
  'empty-file',
  'yaml-syntax',
  'schema',
  'score-out-of-range',
  'unknown-question',
  'duplicate-id',
  'duplicate-option-id',
  'unknown-start',
  'unknown-target',
  'conditional-target-without-fallback',
  'unreachable-node',
  'no-ending',
  'no-unconditional-option',
  'bad-condition',
  'unknown-variable',
  'bad-variable',
  'effect-type-mismatch',
  'unknown-moment',
  'expert-option-count',
  'critical-on-expert',
  'expert-answer-mismatch',
  'expert-path-no-ending',
  'expert-key-mismatch',
  'unknown-rule',
  'rule-kind-mismatch',
  'unused-key-answer',
  'unknown-key',
  'blank-text',
  'reserved-variable-name',
  'bad-file-name',
] as const;

/** A kind of validation problem. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem in a case file. */
export interface ValidationIssue {
  /** The file, e.g. 'scenarios/x.yaml'. */
  file: string;
  /** The node the problem is in, when there is one. */
  nodeId?: string;
  /** What is wrong, without the file and node (formatIssue adds them). */
  message: string;
  code: IssueCode;
}

/** Formats an issue as `scenarios/x.yaml: node "a": target "b" does not exist`. */
export function formatIssue(issue: ValidationIssue): string {
  const node = issue.nodeId === undefined ? '' : `node "${issue.nodeId}": `;
  return `${issue.file}: ${node}${issue.message}`;
}

/** Thrown when a case file has one or more problems; the message lists all of them. */
export class ScenarioValidationError extends Error {
  /** Every problem found, in file order where possible. */
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    const lines = issues.map((i) => `  - ${formatIssue(i)} [${i.code}]`);
    const files = [...new Set(issues.map((i) => i.file))].join(', ');
    super(`Case file ${files} has ${issues.length} problem(s):\n${lines.join('\n')}`);
    this.name = 'ScenarioValidationError';
    this.issues = issues;
  }
}

/** Thrown by the player functions when a request does not fit the case or the state. */
export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}
