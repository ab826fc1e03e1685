import { describe, expect, test } from 'vitest';
import { applyEffects, evaluateCondition, parseCondition } from '../../../src/engine/scenario/conditions';
import { ScenarioError } from '../../../src/engine/scenario';

const vars = { overlegd: true, gebeld: false, vertrouwen: 3 };

describe('conditions', () => {
  test('a bare name tests a flag, "not" negates it', () => {
    expect(evaluateCondition('overlegd', vars)).toBe(true);
    expect(evaluateCondition('not overlegd', vars)).toBe(false);
    expect(evaluateCondition('not gebeld', vars)).toBe(true);
  });

  test.each([
    ['vertrouwen >= 3', true],
    ['vertrouwen > 3', false],
    ['vertrouwen <= 2', false],
    ['vertrouwen < 4', true],
    ['vertrouwen == 3', true],
    ['vertrouwen != 3', false],
    ['gebeld == false', true],
    ['overlegd != true', false],
  ])('%s is %s', (text, expected) => {
    expect(evaluateCondition(text, vars)).toBe(expected);
  });

  test('clauses joined with "and" must all hold', () => {
    expect(evaluateCondition('overlegd and vertrouwen >= 3', vars)).toBe(true);
    expect(evaluateCondition('overlegd and gebeld', vars)).toBe(false);
  });

  test('a malformed condition is reported by the parser and refused when evaluated', () => {
    expect(parseCondition('vertrouwen >>= 3')).toMatchObject({ ok: false });
    expect(parseCondition('overlegd or gebeld')).toMatchObject({ ok: false });
    expect(() => evaluateCondition('and', vars)).toThrow(ScenarioError);
  });

  test('reading an unknown variable throws instead of counting as false', () => {
    expect(() => evaluateCondition('onbekend', vars)).toThrow(/unknown variable "onbekend"/);
  });
});

describe('effects', () => {
  const state = {
    overlegd: { type: 'flag' as const, initial: false, label: 'Overlegd' },
    vertrouwen: { type: 'number' as const, initial: 2, min: 0, max: 5, label: 'Vertrouwen' },
  };

  test('set assigns and add adds, on a copy', () => {
    const before = { overlegd: false, vertrouwen: 2 };
    const after = applyEffects(state, before, { set: { overlegd: true }, add: { vertrouwen: 2 } });
    expect(after).toEqual({ overlegd: true, vertrouwen: 4 });
    expect(before).toEqual({ overlegd: false, vertrouwen: 2 });
  });

  test('numbers are clamped to min and max', () => {
    expect(applyEffects(state, { overlegd: false, vertrouwen: 4 }, { add: { vertrouwen: 5 } }).vertrouwen).toBe(5);
    expect(applyEffects(state, { overlegd: false, vertrouwen: 1 }, { add: { vertrouwen: -3 } }).vertrouwen).toBe(0);
  });
});

describe('Object members are never read as case state', () => {
  const members = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];
  const state = { zorg: { type: 'number' as const, initial: 1, min: 0, max: 3, label: 'Zorg' } };

  test.each(members)('a condition on %s is an unknown variable, not the member', (name) => {
    expect(() => evaluateCondition(name, { zorg: 1 })).toThrow(ScenarioError);
  });

  test.each(members)('effects set and add on %s are refused, not written onto the member', (name) => {
    expect(() => applyEffects(state, { zorg: 1 }, { set: Object.fromEntries([[name, true]]) })).toThrow(ScenarioError);
    expect(() => applyEffects(state, { zorg: 1 }, { add: Object.fromEntries([[name, 1]]) })).toThrow(ScenarioError);
  });

  test('the values after an effect are a prototype-free object', () => {
    const next = applyEffects(state, { zorg: 1 }, { add: { zorg: 1 } });
    expect(Object.getPrototypeOf(next)).toBeNull();
    expect(next).toEqual({ zorg: 2 });
  });
});
