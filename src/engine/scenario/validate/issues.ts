/** The issues found in one case file, collected by the checks of validate/. */
import type { IssueCode, ValidationIssue } from '../errors';

/** Collects issues for one file. */
export class IssueList {
  readonly issues: ValidationIssue[] = [];
  constructor(readonly file: string) {}

  /** Adds an issue; nodeId undefined for problems outside the nodes. */
  add(code: IssueCode, nodeId: string | undefined, message: string): void {
    this.issues.push(nodeId === undefined ? { file: this.file, code, message } : { file: this.file, nodeId, code, message });
  }

  /** True when an issue with one of these codes was added. */
  has(...codes: IssueCode[]): boolean {
    return this.issues.some((i) => codes.includes(i.code));
  }
}
