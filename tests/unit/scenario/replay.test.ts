import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildDebrief, expertRun, isValidState, replay, replayOrThrow, ScenarioError, scoreRun, type LoadedScenario, type PlayState } from '../../../src/engine/scenario';
import { buildSessionSummary, isValidSession, startSession, type SessionState } from '../../../src/engine/session';
import { parseScenarioFile } from '../../../src/engine/scenario/server';
import { RULES } from '../support/rules';

const s = parseScenarioFile(readFileSync('tests/fixtures/scenarios/kleine-casus.yaml', 'utf8'), 'scenarios/kleine-casus.yaml', RULES);
const expert = expertRun(s);

/** The same case after an edit of its file: the first choice node no longer offers the expert's option. */
function editedCase(): LoadedScenario {
  const copy = structuredClone(s);
  const entry = expert.path.find((e) => copy.nodes.find((n) => n.id === e.nodeId)?.type !== 'situation');
  const node = copy.nodes.find((n) => n.id === entry?.nodeId);
  if (!entry || !node || !('options' in node)) throw new Error('fixture: kleine-casus has no choice on the expert path');
  const option = node.options.find((o) => o.id === entry.choiceId);
  if (!option) throw new Error('fixture: the expert option is missing');
  option.id = `${option.id}-nieuw`;
  return copy;
}

describe('replay', () => {
  test('a path that fits replays to the same state, one step per entry', () => {
    const result = replay(s, expert.path);
    expect(result.fits).toBe(true);
    if (!result.fits) return;
    expect(result.state).toEqual(expert);
    expect(result.steps.map((st) => st.entry)).toEqual(expert.path);
    expect(result.steps[0]?.before.nodeId).toBe(s.start);
  });

  test('an empty path replays to the start', () => {
    const result = replay(s, []);
    expect(result.fits && result.state.nodeId).toBe(s.start);
  });

  test('a path that goes to another node than the case is at is stale, at that entry', () => {
    const path = [...expert.path];
    path[1] = { ...path[1]!, nodeId: 'bestaat-niet' };
    const result = replay(s, path);
    expect(result.fits).toBe(false);
    if (result.fits) return;
    expect(result.stale.index).toBe(1);
    expect(result.stale.reason).toContain('bestaat-niet');
    expect(result.steps).toHaveLength(1);
  });

  test('a path whose choice the changed case no longer offers is stale, and nothing throws', () => {
    const changed = editedCase();
    const result = replay(changed, expert.path);
    expect(result.fits).toBe(false);
    if (result.fits) return;
    expect(result.stale.reason).toContain('no such option');
  });

  test('replayOrThrow names the case and the entry of a stale path', () => {
    expect(() => replayOrThrow(editedCase(), expert.path)).toThrow(ScenarioError);
    expect(() => replayOrThrow(editedCase(), expert.path)).toThrow(/case "kleine-casus": saved path entry \d+ no longer fits/);
  });
});

describe('every user of replay treats a stale path the same way', () => {
  const stale: PlayState = { ...expert };
  const changed = editedCase();

  test('the saved state is not valid any more', () => {
    expect(isValidState(s, stale)).toBe(true);
    expect(isValidState(changed, stale)).toBe(false);
  });

  test('scoring and the debrief throw ScenarioError instead of scoring another path', () => {
    expect(() => scoreRun(changed, stale)).toThrow(ScenarioError);
    expect(() => buildDebrief(changed, stale)).toThrow(ScenarioError);
  });

  test('a session over the old path is not valid, and its summary throws ScenarioError', () => {
    const session: SessionState = { ...startSession(s, new Date('2026-01-05T10:00:00Z')), play: stale, decisions: [], phase: 'einde' };
    expect(isValidSession(changed, session)).toBe(false);
    expect(() => buildSessionSummary(changed, session)).toThrow(ScenarioError);
  });
});
