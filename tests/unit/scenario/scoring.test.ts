import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AFWEGING_MATCH_POINTS, expertRun, initialState, maxScore, PASS_PERCENT, scoreRun, step, type LoadedScenario, type PlayState } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { scenarioSchema } from '../../../src/schemas/scenario';
import { RULES } from '../support/rules';

const s = parseScenarioFile(readFileSync('tests/fixtures/scenarios/kleine-casus.yaml', 'utf8'), 'scenarios/kleine-casus.yaml', RULES);
const play = (choices: string[]): PlayState => choices.reduce((st, c) => step(s, st, c).state, initialState(s));

/** A bare case from a list of choice nodes { id: [[points, target], ...] } plus one ending "eind"; for maxScore only. */
function graph(start: string, nodes: Record<string, [number, string][]>): LoadedScenario {
  const choice = (id: string, options: [number, string][]) => ({
    id,
    type: 'choice',
    step: 2,
    title: `Knooppunt ${id}`,
    text: 'Een keuze in de casus.',
    options: options.map(([score, next], i) => ({ id: `o${i}`, text: 'Optie', feedback: 'Feedback bij de optie.', next, score, expert: i === 0 })),
  });
  const data = {
    title: 'Graaf',
    summary: 'Een kunstmatige casus om de maximale score te testen.',
    setting: 'basisschool',
    role: 'Je bent leerkracht.',
    childAge: 8,
    minutes: 3,
    goals: ['Testen'],
    steps: [2],
    sources: ['handelingswijzer'],
    expertKey: [{ moment: 'm', answers: { vermoeden: 'nee' } }],
    start,
    nodes: [...Object.entries(nodes).map(([id, o]) => choice(id, o)), { id: 'eind', type: 'ending', title: 'Eind', text: 'Het einde van de casus.', outcome: 'afsluiten' }],
  };
  return { ...scenarioSchema.parse(data), id: 'graaf', file: 'scenarios/graaf.yaml', rules: [] };
}

describe('maxScore', () => {
  test('is the best path in the fixture: three process choices of 3 and four afweging answers that match the key', () => {
    expect(maxScore(s)).toBe(3 * 3 + 4 * AFWEGING_MATCH_POINTS);
  });

  test('takes the best branch, not the sum of all branches', () => {
    expect(maxScore(graph('a', { a: [[1, 'b'], [3, 'c']], b: [[3, 'eind'], [0, 'eind']], c: [[0, 'eind'], [1, 'eind']] }))).toBe(4);
  });

  test('in a loop each node scores once, and the order of visits matters', () => {
    // a -> b -> a is a loop; a's best option (3) leaves the loop, so visiting b first is worth a (1) + b (3) = 4, not 3 + 3.
    const loop = graph('a', { a: [[3, 'eind'], [1, 'b']], b: [[3, 'eind'], [0, 'a']] });
    expect(maxScore(loop)).toBe(4);
  });

  test('a retry loop cannot raise the maximum', () => {
    const retry = graph('a', { a: [[3, 'eind'], [0, 'wacht']], wacht: [[0, 'a'], [0, 'a']] });
    expect(maxScore(retry)).toBe(3);
  });

  test('a node that loops to itself scores once', () => {
    expect(maxScore(graph('a', { a: [[2, 'a'], [1, 'eind']] }))).toBe(2);
  });
});

describe('scoreRun', () => {
  test('the expert run scores the maximum and passes', () => {
    const result = scoreRun(s, expertRun(s));
    expect(result).toMatchObject({ score: 21, max: 21, percent: 100, passed: true, criticalErrors: [] });
    expect(result.perStep).toEqual({
      1: { score: 3, max: 3 },
      2: { score: 3, max: 3 },
      3: { score: 3, max: 3 },
      4: { score: 6, max: 6 },
      5: { score: 6, max: 6 },
    });
  });

  test('a critical error fails the case whatever the total', () => {
    const st = play(['verder', 'feiten', 'delen', 'open', 'ja', 'nee', 'ja', 'ja']);
    const result = scoreRun(s, st);
    expect(result.percent).toBeGreaterThanOrEqual(PASS_PERCENT);
    expect(result.passed).toBe(false);
    expect(result.criticalErrors).toEqual([
      {
        nodeId: 'overleg',
        choiceId: 'delen',
        reason: 'delen-zonder-grondslag',
        label: 'Informatie delen zonder grondslag',
        explanation: 'Andere ouders hebben geen rol in de zorg voor Sam. Je deelt zonder grondslag.',
        rule: expect.stringContaining('grondslag'),
        view: expect.objectContaining({ kind: 'regel', kindLabel: 'Regel uit de Meldcode of de wet', sourceLine: expect.stringContaining('Augeo Magazine 18') }),
        refs: ['/privacy/', '/privacy/stappenplan/'],
      },
    ]);
  });

  test('a revisited node scores on the first visit only', () => {
    const st = play(['verder', 'feiten', 'afwachten', 'verder', 'collega', 'open', 'ja', 'nee', 'ja', 'ja']);
    const result = scoreRun(s, st);
    expect(result.perStep[2]).toEqual({ score: 0, max: 3 });
    expect(result.score).toBe(18);
    expect(result.percent).toBe(86);
  });

  test('wrong afweging answers cost the afweging points and show per question', () => {
    const st = play(['verder', 'feiten', 'collega', 'open', 'ja', 'ja']);
    const result = scoreRun(s, st);
    expect(result.perStep[4]).toEqual({ score: AFWEGING_MATCH_POINTS, max: 2 * AFWEGING_MATCH_POINTS });
    expect(result.perQuestion.map((q) => [q.question, q.answer, q.expected, q.matches])).toEqual([
      ['vermoeden', 'ja', 'ja', true],
      ['acuutOfStructureel', 'ja', 'nee', false],
      ['hulpMogelijk', undefined, 'ja', false],
      ['hulpAanvaard', undefined, 'ja', false],
    ]);
    expect(result.passed).toBe(false);
  });

  test('an unfinished run does not pass', () => {
    expect(scoreRun(s, play(['verder', 'feiten', 'collega'])).passed).toBe(false);
  });

  test('a path that does not belong to the case is refused', () => {
    const bad = { ...initialState(s), path: [{ nodeId: 'gesprek', choiceId: 'open', step: 3 }] };
    expect(() => scoreRun(s, bad)).toThrow(/saved path goes to "gesprek"/);
  });
});
