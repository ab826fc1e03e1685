/**
 * How the step row of the case player marks each Meldcode step: done (the learner
 * has been there), current, still to come, or not part of this case. Pure.
 */
import type { PathEntry } from './model';

/** The mark of one Meldcode step in the step row. */
export type StepMark = 'done' | 'current' | 'todo' | 'other';

/**
 * Marks the steps 1-5. A step is done once the path holds a choice at that step and the
 * learner is not in it now; a step the case covers that was not visited yet is still to come.
 */
export function stepMarks(path: readonly Pick<PathEntry, 'step'>[], current: number | null, covered: readonly number[]): Record<1 | 2 | 3 | 4 | 5, StepMark> {
  const visited = new Set(path.map((p) => p.step));
  const mark = (n: number): StepMark => {
    if (n === current) return 'current';
    if (visited.has(n)) return 'done';
    return covered.includes(n) ? 'todo' : 'other';
  };
  return { 1: mark(1), 2: mark(2), 3: mark(3), 4: mark(4), 5: mark(5) };
}
