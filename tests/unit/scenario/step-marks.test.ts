import { describe, expect, test } from 'vitest';
import { stepMarks } from '../../../src/engine/scenario';

const at = (...steps: number[]) => steps.map((step) => ({ step }));

describe('stepMarks', () => {
  test('at the start: the current step, the rest of the case to come, other steps apart', () => {
    expect(stepMarks([], 1, [1, 2, 3, 5])).toEqual({ 1: 'current', 2: 'todo', 3: 'todo', 4: 'other', 5: 'todo' });
  });

  test('steps with a choice on the path are done, unless the learner is in them now', () => {
    expect(stepMarks(at(1, 1, 2, 3), 3, [1, 2, 3, 4, 5])).toEqual({ 1: 'done', 2: 'done', 3: 'current', 4: 'todo', 5: 'todo' });
  });

  test('going back to an earlier step keeps the later one done', () => {
    expect(stepMarks(at(1, 2, 3, 4, 5), 4, [1, 2, 3, 4, 5])).toEqual({ 1: 'done', 2: 'done', 3: 'done', 4: 'current', 5: 'done' });
  });

  test('at an ending nothing is current', () => {
    expect(stepMarks(at(1, 2), null, [1, 2, 3])).toEqual({ 1: 'done', 2: 'done', 3: 'todo', 4: 'other', 5: 'other' });
  });
});
