import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choiceFragment, nodeFragment, routeToFragment } from '../../src/components/case/html-walk';
import { parseScenarioFile } from '../../src/engine/scenario/load';
import { expertRun } from '../../src/engine/scenario/play';
import { RULES } from './support/rules';

const s = parseScenarioFile(readFileSync('scenarios/bram-klas-3.yaml', 'utf8'), 'scenarios/bram-klas-3.yaml', RULES);
const expert = expertRun(s).path;

describe('routeToFragment: from the HTML section reached before hydration back to the engine', () => {
  it('the first node is the start, with no choice made', () => {
    expect(routeToFragment(s, nodeFragment(s.start))).toEqual({ choices: [], feedbackShown: false });
  });

  it('the feedback of an option and the node after it replay the choices that lead there', () => {
    const [a, b] = expert;
    expect(routeToFragment(s, nodeFragment(b!.nodeId))).toEqual({ choices: [a!.choiceId], feedbackShown: false });
    expect(routeToFragment(s, choiceFragment(b!.nodeId, b!.choiceId))).toEqual({ choices: [a!.choiceId, b!.choiceId], feedbackShown: true });
  });

  it('an unknown fragment, or one out of reach in a few steps, gives no route (nothing is recorded)', () => {
    expect(routeToFragment(s, 'n-bestaat-niet')).toBeNull();
    expect(routeToFragment(s, 'bronnen')).toBeNull();
    const late = expert.at(-1)!;
    expect(routeToFragment(s, choiceFragment(late.nodeId, late.choiceId), 2)).toBeNull();
  });
});
