import { describe, expect, test } from 'vitest';
import { advance, chooseOption, setNote, setVotes, startSession, type SessionState } from '~/engine/session';
import { isSessionShape, isValidSession } from '~/engine/session/validate';
import { at, kleineCasus, playByVotes } from '../support/session-fixture';

const s = kleineCasus();
const copy = (st: SessionState): SessionState => JSON.parse(JSON.stringify(st)) as SessionState;

/** A session in the middle: two decisions taken, voting on the third, with a note. */
function midway(): SessionState {
  let st = playByVotes(s, [{ feiten: 6, mening: 1 }, { collega: 5 }]);
  st = advance(s, st, at(5));
  st = setVotes(s, st, 'open', 4);
  return setNote(st, 1, 'Twijfel over Veilig Thuis bellen.');
}

describe('a stored session is accepted', () => {
  test('at the start, midway, in the reveal with an override, and at the end', () => {
    expect(isValidSession(s, copy(startSession(s, at())))).toBe(true);
    expect(isValidSession(s, copy(midway()))).toBe(true);
    const revealed = advance(s, midway(), at(6));
    expect(isValidSession(s, copy(chooseOption(s, revealed, 'beschuldigen')))).toBe(true);
    const done = playByVotes(s, [{ feiten: 5 }, { collega: 5 }, { open: 5 }, { ja: 5 }, { nee: 5 }, { ja: 5 }, { ja: 5 }]);
    expect(isValidSession(s, copy(done))).toBe(true);
  });
});

describe('a damaged or outdated session is refused, never throws', () => {
  const cases: [string, (st: Record<string, unknown>) => unknown][] = [
    ['not an object', () => 'kapot'],
    ['another shape version', (st) => ({ ...st, version: 2 })],
    ['another case', (st) => ({ ...st, scenarioId: 'andere-casus' })],
    ['another case version', (st) => ({ ...st, scenarioVersion: 99 })],
    ['an unknown phase', (st) => ({ ...st, phase: 'pauze' })],
    ['a start time that is not a time', (st) => ({ ...st, startedAt: 'gisteren' })],
    ['negative votes', (st) => ({ ...st, decisions: [{ nodeId: 'vastleggen', votes: { feiten: -1 }, chosen: 'feiten', overridden: false, note: '' }] })],
    ['a decision missing', (st) => ({ ...st, decisions: (st['decisions'] as unknown[]).slice(1) })],
    ['a decision that does not match the path', (st) => ({ ...st, decisions: (st['decisions'] as { chosen: string }[]).map((d, i) => (i === 0 ? { ...d, chosen: 'mening' } : d)) })],
    ['votes for an option not shown', (st) => ({ ...st, decisions: (st['decisions'] as { votes: object }[]).map((d, i) => (i === 2 ? { ...d, votes: { onbekend: 3 } } : d)) })],
    ['a play state edited by hand', (st) => ({ ...st, play: { ...(st['play'] as object), nodeId: 'einde-melden' } })],
    ['a phase that does not fit the node', (st) => ({ ...st, phase: 'einde' })],
    ['a note that is far too long', (st) => ({ ...st, decisions: (st['decisions'] as object[]).map((d) => ({ ...d, note: 'x'.repeat(10_000) })) })],
  ];
  for (const [what, damage] of cases) {
    test(what, () => {
      const value = damage(copy(midway()) as unknown as Record<string, unknown>);
      expect(() => isValidSession(s, value)).not.toThrow();
      expect(isValidSession(s, value)).toBe(false);
    });
  }
});

test('the shape check alone accepts a session of any case, for "a session of another case is running"', () => {
  expect(isSessionShape({ ...copy(midway()), scenarioId: 'andere-casus' })).toBe(true);
  expect(isSessionShape({ version: 1 })).toBe(false);
  expect(isSessionShape(null)).toBe(false);
});
