/**
 * The best result of a case: its shape and the rule for keeping it. A module of its own, so the
 * case store (on every case page) takes these few lines without the scoring of a run.
 */

/**
 * The four numbers of a finished run: the shape the site keeps as the best run of a case
 * (src/stores/case-progress.ts), a learning path counts (src/engine/learning-path/progress.ts)
 * and a SCORM package reports (src/scorm/package-model.ts, also for the privacy test).
 */
export interface BestResult {
  score: number;
  /** Highest score over all paths (maxScore). */
  max: number;
  /** score / max as a whole percentage (100 when the case has no points). */
  percent: number;
  /** Finished, no critical error, and percent at least PASS_PERCENT. */
  passed: boolean;
}

/** Of two results, the one to keep as best: a pass beats a fail, then the higher percentage (a tie keeps the first). */
export function betterResult(a: BestResult | null, b: BestResult): BestResult;
export function betterResult(a: BestResult | null, b: BestResult | null): BestResult | null;
export function betterResult(a: BestResult | null, b: BestResult | null): BestResult | null {
  if (!a || !b) return a ?? b;
  if (a.passed !== b.passed) return a.passed ? a : b;
  return b.percent > a.percent ? b : a;
}
