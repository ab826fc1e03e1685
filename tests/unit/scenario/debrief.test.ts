import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildDebrief, expertRun, initialState, step, type PlayState } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { RULES } from '../support/rules';

const s = parseScenarioFile(readFileSync('tests/fixtures/scenarios/kleine-casus.yaml', 'utf8'), 'scenarios/kleine-casus.yaml', RULES);
const play = (choices: string[]): PlayState => choices.reduce((st, c) => step(s, st, c).state, initialState(s));

// Records opinions, waits a week, shares with other parents (critical), accuses mother, then calls it acute.
const learner = play(['verder', 'mening', 'afwachten', 'verder', 'delen', 'beschuldigen', 'ja', 'ja']);

describe('buildDebrief', () => {
  test('compares the endings of the learner and the expert', () => {
    const d = buildDebrief(s, learner);
    expect(d.ending).toMatchObject({ nodeId: 'einde-melden', outcome: 'melden', outcomeLabel: 'Melden bij Veilig Thuis' });
    expect(d.expertEnding).toMatchObject({ nodeId: 'einde-hulp', outcome: 'hulp', outcomeLabel: 'Hulp bieden of organiseren' });
  });

  test("labels the learner's outcome by whether it matches the expert's", () => {
    expect(buildDebrief(s, learner).outcome).toEqual({
      outcome: 'melden',
      heading: 'Uitkomst: Melden bij Veilig Thuis',
      matchesExpert: false,
      verdict: 'Een andere uitkomst dan de expert',
      expertSentence: 'De expert komt uit bij: Hulp bieden of organiseren.',
    });
    expect(buildDebrief(s, expertRun(s)).outcome).toMatchObject({
      outcome: 'hulp',
      heading: 'Uitkomst: Hulp bieden of organiseren',
      matchesExpert: true,
      verdict: 'Dezelfde uitkomst als de expert',
      expertSentence: '',
    });
  });

  test('per afweging moment: answers against the key, question by question', () => {
    const [moment] = buildDebrief(s, learner).moments;
    expect(moment?.label).toBe('Na het gesprek met moeder');
    expect(moment?.questions.map((q) => [q.number, q.answer, q.expected, q.matches])).toEqual([
      [1, 'ja', 'ja', true],
      [2, 'ja', 'nee', false],
      [3, undefined, 'ja', false],
      [4, undefined, 'ja', false],
    ]);
    expect(moment?.questions[1]?.href).toBe('/afwegingskader/#vraag-2-is-er-acute-of-structurele-onveiligheid');
  });

  test("says what the afwegingskader would decide on the learner's own answers and on the key", () => {
    const [moment] = buildDebrief(s, learner).moments;
    expect(moment?.learnerSentence).toBe('Op jouw antwoorden zou het afwegingskader besluiten: Melden bij Veilig Thuis.');
    expect(moment?.learner?.decision.outcome).toBe('melden');
    expect(moment?.expert.decision.outcome).toBe('hulp');
    expect(moment?.sameOutcome).toBe(false);
  });

  test('lays the path over the expert path: each choice, and the expert choice where it differs', () => {
    const { path } = buildDebrief(s, learner);
    expect(path.map((p) => [p.nodeId, p.choiceId, p.expert?.choiceId, p.revisit])).toEqual([
      ['vastleggen', 'mening', 'feiten', false],
      ['overleg', 'afwachten', 'collega', false],
      ['overleg', 'delen', 'collega', true],
      ['gesprek', 'beschuldigen', 'open', false],
      ['vraag-vermoeden', 'ja', undefined, false],
      ['vraag-acuut', 'ja', 'nee', false],
    ]);
    expect(path[0]?.expert?.feedback).toBe('Goed. Feiten met een datum zijn later het meest bruikbaar.');
    expect(path[2]?.points).toBe(0);
  });

  test('the expert path marks where the learner went too', () => {
    const { expertPath } = buildDebrief(s, learner);
    expect(expertPath.map((e) => [e.nodeId, e.choiceId, e.visitedByLearner])).toEqual([
      ['vastleggen', 'feiten', true],
      ['overleg', 'collega', true],
      ['gesprek', 'open', true],
      ['vraag-vermoeden', 'ja', true],
      ['vraag-acuut', 'nee', true],
      ['vraag-hulp', 'ja', false],
      ['vraag-aanvaard', 'ja', false],
    ]);
  });

  test('lists critical errors with a Dutch label, the reason and references, also on the path step', () => {
    const d = buildDebrief(s, learner);
    expect(d.criticalErrors).toHaveLength(1);
    expect(d.criticalErrors[0]).toMatchObject({ label: 'Informatie delen zonder grondslag', refs: ['/privacy/', '/privacy/stappenplan/'] });
    expect(d.path[2]?.critical?.reason).toBe('delen-zonder-grondslag');
    expect(d.score.passed).toBe(false);
  });

  test('links every point to a reference section', () => {
    const d = buildDebrief(s, learner);
    for (const p of d.path) expect(p.refs.length).toBeGreaterThan(0);
    expect(d.refs).toEqual(
      expect.arrayContaining(['/vastleggen/', '/handelingswijzer/stap-2/', '/privacy/stappenplan/', '/afwegingskader/#vraag-2-is-er-acute-of-structurele-onveiligheid']),
    );
    expect(new Set(d.refs).size).toBe(d.refs.length);
  });

  test('the expert run has no differences and the same decision', () => {
    const d = buildDebrief(s, expertRun(s));
    expect(d.path.every((p) => p.expert === undefined && p.verdict === 'goed')).toBe(true);
    expect(d.moments[0]?.sameOutcome).toBe(true);
    expect(d.score.passed).toBe(true);
  });

  test('is plain data that survives a JSON round trip', () => {
    const d = buildDebrief(s, learner);
    expect(JSON.parse(JSON.stringify(d))).toEqual(JSON.parse(JSON.stringify(structuredClone(d))));
  });

  test('an unfinished run has no ending yet, and shows the key for moments the learner did not reach', () => {
    const d = buildDebrief(s, play(['verder', 'feiten']));
    expect(d.ending).toBeNull();
    expect(d.outcome).toBeNull();
    expect(d.moments[0]?.learner).toBeNull();
    expect(d.moments[0]?.learnerSentence).toBe('');
    expect(d.moments[0]?.questions.map((q) => [q.question, q.answer, q.expected])).toEqual([
      ['vermoeden', undefined, 'ja'],
      ['acuutOfStructureel', undefined, 'nee'],
      ['hulpMogelijk', undefined, 'ja'],
      ['hulpAanvaard', undefined, 'ja'],
    ]);
  });
});
