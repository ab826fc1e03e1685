import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expertRun, maxScore, scoreRun } from '../../../src/engine/scenario';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { RULES } from '../support/rules';

// The real cases in scenarios/: the build checks them too (src/content.config.ts), this catches problems sooner.
const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort();

describe('every case in scenarios/', () => {
  test('there is at least one case', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s is valid, and the expert passes it with the maximum score', (name) => {
    const s = parseScenarioFile(readFileSync(`scenarios/${name}`, 'utf8'), `scenarios/${name}`, RULES);
    const result = scoreRun(s, expertRun(s));
    expect(result.criticalErrors).toEqual([]);
    expect(result.passed).toBe(true);
    // Below the maximum would mean a better path than the expert's exists: a sign the scores or the expert flags are off.
    expect(result.score).toBe(maxScore(s));
  });
});
