import { expect, test } from 'vitest';
import type { ScenarioNode } from '~/engine/scenario/model';
import { DEFAULT_PROMPTS, ENDING_PROMPTS, promptsFor } from '~/engine/session/prompts';
import { kleineCasus } from '../support/session-fixture';

const s = kleineCasus();
const node = (id: string) => s.nodes.find((n) => n.id === id) as ScenarioNode;

test('every Meldcode step has default prompts, and each starts with "In welke stap zitten we?"', () => {
  for (const step of [1, 2, 3, 4, 5] as const) {
    expect(DEFAULT_PROMPTS[step].length).toBeGreaterThanOrEqual(3);
    expect(DEFAULT_PROMPTS[step][0]).toBe('In welke stap zitten we?');
  }
});

test('the four prompts of the issue each appear in the defaults', () => {
  const all = Object.values(DEFAULT_PROMPTS).flat();
  for (const prompt of ['In welke stap zitten we?', 'Wat weten we, wat vermoeden we?', 'Wat zou het kind willen?']) expect(all).toContain(prompt);
  expect(all.some((p) => p.startsWith('Wie moet hier nog bij?'))).toBe(true);
});

test('a node without prompts gets the defaults of its step', () => {
  expect(promptsFor(node('vastleggen'))).toBe(DEFAULT_PROMPTS[1]);
  expect(promptsFor(node('gesprek'))).toBe(DEFAULT_PROMPTS[3]);
});

test("a node's own prompts from the case file replace the defaults", () => {
  const own = { ...node('overleg'), prompts: ['Wie is bij jullie de aandachtsfunctionaris?'] } as ScenarioNode;
  expect(promptsFor(own)).toEqual(['Wie is bij jullie de aandachtsfunctionaris?']);
  const empty = { ...node('overleg'), prompts: [] } as ScenarioNode;
  expect(promptsFor(empty)).toBe(DEFAULT_PROMPTS[2]);
});

test('an ending gets prompts for the talk afterwards', () => {
  expect(promptsFor(node('einde-hulp'))).toBe(ENDING_PROMPTS);
});
