import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { availableChoices, currentNode, expertRun, initialState, isValidState, ScenarioError, step, type PlayState } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { RULES } from '../support/rules';

const s = parseScenarioFile(readFileSync('tests/fixtures/scenarios/kleine-casus.yaml', 'utf8'), 'scenarios/kleine-casus.yaml', RULES);

/** Plays a list of choices from the start. */
function play(choices: string[]): PlayState {
  return choices.reduce((st, c) => step(s, st, c).state, initialState(s));
}

describe('initialState and choices', () => {
  test('starts at the start node with the declared initial values', () => {
    const st = initialState(s);
    expect(st).toEqual({
      version: 1,
      scenarioId: 'kleine-casus',
      scenarioVersion: 1,
      nodeId: 'signalen',
      vars: { collegaGesproken: false, vertrouwen: 2 },
      path: [],
      answers: {},
      finished: false,
    });
    expect(currentNode(s, st).type).toBe('situation');
  });

  test('a situation offers one "verder"', () => {
    expect(availableChoices(s, initialState(s))).toEqual([{ id: 'verder', text: 'Verder' }]);
  });

  test('options with a showIf appear only when it holds', () => {
    const withoutColleague = play(['verder', 'feiten', 'afwachten', 'verder', 'delen']);
    expect(availableChoices(s, withoutColleague).map((c) => c.id)).toEqual(['open', 'beschuldigen']);
    const withColleague = play(['verder', 'feiten', 'collega']);
    expect(availableChoices(s, withColleague).map((c) => c.id)).toEqual(['open', 'advies', 'beschuldigen']);
  });

  test('an ending offers no choices', () => {
    expect(availableChoices(s, expertRun(s))).toEqual([]);
  });
});

describe('step', () => {
  test('returns a new state and leaves the old one untouched', () => {
    const before = initialState(s);
    const copy = structuredClone(before);
    const { state } = step(s, before, 'verder');
    expect(before).toEqual(copy);
    expect(state.nodeId).toBe('vastleggen');
    expect(state.path).toEqual([{ nodeId: 'signalen', choiceId: 'verder', step: 1 }]);
  });

  test('feedback of the expert option is "goed"; of a scored option "deels"; of a zero option "niet-goed"', () => {
    const at = play(['verder']);
    expect(step(s, at, 'feiten').feedback).toMatchObject({ verdict: 'goed', expertChoiceId: 'feiten', refs: ['/vastleggen/'] });
    expect(step(s, at, 'mening').feedback).toMatchObject({ verdict: 'niet-goed', expertChoiceId: 'feiten', text: expect.stringContaining('mening') });
    const gesprek = play(['verder', 'feiten', 'collega']);
    expect(step(s, gesprek, 'beschuldigen').feedback.verdict).toBe('deels');
  });

  test('a critical option gives "kritiek" with its reason', () => {
    const { feedback } = step(s, play(['verder', 'feiten']), 'delen');
    expect(feedback.verdict).toBe('kritiek');
    expect(feedback.critical?.rule).toBe('delen-zonder-grondslag');
  });

  test('effects change the state and are clamped', () => {
    expect(play(['verder', 'feiten', 'collega', 'open']).vars).toEqual({ collegaGesproken: true, vertrouwen: 4 });
    expect(play(['verder', 'feiten', 'collega', 'beschuldigen']).vars.vertrouwen).toBe(0);
  });

  test('afweging answers are recorded per moment, with the key answer in the feedback', () => {
    const at = play(['verder', 'feiten', 'collega', 'open', 'ja']);
    const { state, feedback } = step(s, at, 'ja');
    expect(state.answers).toEqual({ 'na-gesprek': { vermoeden: 'ja', acuutOfStructureel: 'ja' } });
    expect(feedback.afweging).toEqual({ question: 'acuutOfStructureel', moment: 'na-gesprek', answer: 'ja', expected: 'nee', matches: false });
  });

  test('a conditional target uses the values after the choice', () => {
    expect(play(['verder', 'feiten', 'collega', 'open', 'ja', 'nee', 'ja', 'ja']).nodeId).toBe('einde-hulp');
    expect(play(['verder', 'feiten', 'collega', 'beschuldigen', 'ja', 'nee', 'ja', 'ja']).nodeId).toBe('einde-hulp-moeizaam');
  });

  test('reaching an ending finishes the case', () => {
    const st = play(['verder', 'feiten', 'collega', 'open', 'nee']);
    expect(st).toMatchObject({ nodeId: 'einde-afsluiten', finished: true });
  });
});

describe('invalid choices are refused, not ignored', () => {
  test('an unknown option', () => {
    expect(() => step(s, play(['verder']), 'bellen')).toThrow(ScenarioError);
    expect(() => step(s, play(['verder']), 'bellen')).toThrow('node "vastleggen": cannot choose "bellen": no such option');
  });

  test('an option hidden by its showIf', () => {
    const st = play(['verder', 'feiten', 'afwachten', 'verder', 'delen']);
    expect(() => step(s, st, 'advies')).toThrow('cannot choose "advies": this option is not shown in the current state');
  });

  test('anything but "verder" at a situation', () => {
    expect(() => step(s, initialState(s), 'feiten')).toThrow('a situation only offers "verder"');
  });

  test('any choice once the case is finished', () => {
    expect(() => step(s, expertRun(s), 'verder')).toThrow('the case is finished');
  });
});

describe('expertRun', () => {
  test('plays the expert option everywhere and ends at the expert ending', () => {
    const st = expertRun(s);
    expect(st.nodeId).toBe('einde-hulp');
    expect(st.path.map((p) => p.choiceId)).toEqual(['verder', 'feiten', 'collega', 'open', 'ja', 'nee', 'ja', 'ja']);
  });
});

describe('isValidState', () => {
  test('accepts a state after a JSON round trip, as from localStorage', () => {
    const st = play(['verder', 'feiten', 'afwachten', 'verder']);
    expect(isValidState(s, JSON.parse(JSON.stringify(st)))).toBe(true);
  });

  test('accepts the same state with its keys in another order', () => {
    const st = play(['verder', 'feiten']);
    const reordered = Object.fromEntries(Object.entries(st).reverse());
    expect(isValidState(s, reordered)).toBe(true);
  });

  test.each([
    ['null', null],
    ['a string', 'kapot'],
    ['another version of the shape', { ...initialState(s), version: 2 }],
    ['another case', { ...initialState(s), scenarioId: 'andere-casus' }],
    ['an older case version', { ...initialState(s), scenarioVersion: 0 }],
    ['a node that does not exist', { ...initialState(s), nodeId: 'weg' }],
    ['a path that does not replay', { ...initialState(s), path: [{ nodeId: 'signalen', choiceId: 'feiten', step: 1 }] }],
    ['values that do not match the path', { ...initialState(s), vars: { collegaGesproken: true, vertrouwen: 2 } }],
    ['a node that does not match the path', { ...initialState(s), nodeId: 'gesprek' }],
  ])('refuses %s', (_what, value) => {
    expect(isValidState(s, value)).toBe(false);
  });
});
