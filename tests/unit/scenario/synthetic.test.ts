import { expect, test } from 'vitest';
import { expertRun, maxScore, scoreRun } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { syntheticCaseYaml } from '../../../bench/synthetic-case';
import { RULES } from '../support/rules';

test('a synthetic case of 1,000 nodes validates and its expert path plays to the end with full marks', () => {
  const scenario = parseScenarioFile(syntheticCaseYaml(1000), 'scenarios/synthetisch.yaml', RULES);
  expect(scenario.nodes).toHaveLength(1000);
  const end = expertRun(scenario);
  expect(end.finished).toBe(true);
  expect(end.nodeId).toBe('einde-melden');
  const score = scoreRun(scenario, end);
  expect(score.score).toBe(maxScore(scenario));
  expect(score.passed).toBe(true);
});
