import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { buildDebrief, expertRun, isValidState, maxScore, scoreRun, validateScenario } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { scenarioSchema } from '../../../src/schemas/scenario';
import { RULES } from '../support/rules';

/**
 * A synthetic case of about `size` nodes: a chain of choices, each with a "wait" detour
 * that loops back (so the graph has hundreds of small loops), then one afweging question.
 */
function syntheticCase(size: number): Record<string, unknown> {
  const chain = (size - 4) / 2;
  const nodes: object[] = [{ id: 'begin', type: 'situation', step: 1, title: 'Begin', text: 'Het begin van de casus.', next: 'keuze-0' }];
  for (let i = 0; i < chain; i++) {
    const next = i + 1 < chain ? `keuze-${i + 1}` : 'vraag';
    nodes.push({
      id: `keuze-${i}`,
      type: 'choice',
      step: (i % 3) + 1,
      title: `Keuze ${i}`,
      text: 'Wat doe je nu in deze casus?',
      options: [
        { id: 'goed', text: 'De goede keuze.', feedback: 'Goed gedaan, dit is wat de meldcode vraagt.', next, score: 3, expert: true, effects: { add: { punten: 1 } } },
        { id: 'wacht', text: 'Ik wacht af.', feedback: 'Afwachten helpt het kind niet.', next: `wacht-${i}` },
        { id: 'half', text: 'Een halve keuze.', feedback: 'Dit is deels goed.', next, score: 1, showIf: 'punten >= 1' },
      ],
    });
    nodes.push({ id: `wacht-${i}`, type: 'situation', step: 2, title: `Wacht ${i}`, text: 'Er gaat een week voorbij.', next: `keuze-${i}` });
  }
  nodes.push(
    {
      id: 'vraag',
      type: 'afweging',
      step: 4,
      title: 'Vraag 1',
      text: 'Heb je een vermoeden?',
      question: 'vermoeden',
      options: [
        { id: 'nee', answer: 'nee', text: 'Nee.', feedback: 'Juist, je sluit af.', next: 'einde', expert: true },
        { id: 'ja', answer: 'ja', text: 'Ja.', feedback: 'Er was geen reden voor zorg.', next: [{ if: 'punten >= 5', to: 'einde' }, { to: 'einde-melden' }] },
      ],
    },
    { id: 'einde', type: 'ending', title: 'Einde', text: 'Je sluit af en legt dat vast.', outcome: 'afsluiten' },
    { id: 'einde-melden', type: 'ending', title: 'Gemeld', text: 'Je meldt bij Veilig Thuis.', outcome: 'melden' },
  );
  return {
    title: 'Grote casus',
    summary: 'Een kunstmatige casus van duizend knooppunten om de snelheid te testen.',
    setting: 'basisschool',
    role: 'Je bent leerkracht.',
    childAge: 8,
    minutes: 30,
    goals: ['Snelheid testen'],
    steps: [1, 2, 3, 4],
    sources: ['handelingswijzer'],
    state: { punten: { type: 'number', initial: 0, min: 0, max: 10000, label: 'Punten' } },
    expertKey: [{ moment: 'eind', answers: { vermoeden: 'nee' } }],
    start: 'begin',
    nodes,
  };
}

describe('a synthetic case of 1,000 nodes', () => {
  const data = syntheticCase(1000);

  // How long this takes is printed by `npm run bench`, not asserted here: a busy machine must not fail the suite.
  test('validates, plays, scores and debriefs', () => {
    const s = { ...scenarioSchema.parse(data), id: 'groot', file: 'scenarios/groot.yaml', rules: [] };
    expect(s.nodes).toHaveLength(1000);
    expect(validateScenario(s)).toEqual([]);
    const run = expertRun(s);
    expect(maxScore(s)).toBe(498 * 3 + 3);
    expect(scoreRun(s, run)).toMatchObject({ percent: 100, passed: true });
    expect(isValidState(s, run)).toBe(true);
    expect(buildDebrief(s, run).path).toHaveLength(499);
  });

  // Most of this test's time is the yaml package parsing 370 kB of text, not the engine.
  test('read from YAML, damage deep inside is found and named', { timeout: 60_000 }, () => {
    const text = stringify(data);
    expect(() => parseScenarioFile(text.replace('next: keuze-300\n', 'next: keuze-3000\n'), 'scenarios/groot.yaml', RULES)).toThrow(
      'scenarios/groot.yaml: node "keuze-299": target "keuze-3000" does not exist',
    );
  });
});
