import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScenarioFile } from '~/engine/scenario/load';
import { expertRun, initialState, step } from '~/engine/scenario/play';
import { numberMeters, startOffer } from '~/components/case/player-helpers';
import { replay } from '~/engine/scenario';
import type { CaseProgress } from '~/stores/case-progress';
import { RULES } from './support/rules';

// How the player reads stored progress of one case when the page opens (src/components/case/player-helpers.ts).
const FILE = 'tests/fixtures/scenarios/player-basisschool.yaml';
const s = parseScenarioFile(readFileSync(FILE, 'utf8'), FILE, RULES);

function progress(overrides: Partial<CaseProgress>): CaseProgress {
  return { v: 1, scenarioVersion: s.version, finished: false, best: null, lastPath: [], current: null, updatedAt: '', ...overrides };
}

describe('start offer from stored progress', () => {
  test('nothing stored: just start', () => {
    expect(startOffer(s, undefined)).toEqual({ resume: null, last: null, best: null, discarded: false });
  });

  test('a run in progress that replays is offered to resume', () => {
    const current = step(s, step(s, initialState(s), 'verder').state, 'afwachten').state;
    expect(startOffer(s, progress({ current })).resume).toEqual(current);
  });

  test('a run in progress that does not replay is discarded, the rest is kept', () => {
    const best = { score: 1, max: 2, percent: 50, passed: false };
    const broken = { ...initialState(s), nodeId: 'bestaat-niet' };
    const offer = startOffer(s, progress({ current: broken, finished: true, best }));
    expect(offer).toMatchObject({ resume: null, discarded: true, best });
  });

  test('the last finished run is replayed to show its debrief again', () => {
    const run = expertRun(s);
    const offer = startOffer(s, progress({ finished: true, lastPath: run.path }));
    expect(offer.last).toEqual(run);
    expect(replay(s, [{ nodeId: 'elders', choiceId: 'x', step: 1 }]).fits).toBe(false);
  });

  test('number variables the case declares are shown as meters, flags are not', () => {
    const after = step(s, step(s, initialState(s), 'verder').state, 'ouders-aanspreken').state;
    expect(numberMeters(s, after)).toEqual([{ name: 'vertrouwen', label: 'Vertrouwen van de ouders', value: 1, min: 0, max: 5 }]);
  });
});
