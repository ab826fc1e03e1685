import { describe, expect, test } from 'vitest';
import { ScenarioError } from '~/engine/scenario/errors';
import { expertRun } from '~/engine/scenario/play';
import {
  SESSION_VERSION,
  advance,
  blockedBy,
  canGoBack,
  chooseOption,
  currentDecision,
  currentTally,
  goBack,
  revealAll,
  setNote,
  setVotes,
  startSession,
  MAX_NOTE_LENGTH,
} from '~/engine/session';
import { at, kleineCasus, playByVotes } from '../support/session-fixture';

const s = kleineCasus();

/** From the start to the voting phase of the first decision ("Wat schrijf je op?"). */
function atFirstVote() {
  let st = startSession(s, at());
  st = advance(s, st, at(1)); // the situation "Sam is moe" → decision vastleggen
  return advance(s, st, at(2)); // situatie → stemmen
}

describe('starting a session', () => {
  test('is plain JSON at the first node, in the situatie phase, with the start time from the clock', () => {
    const st = startSession(s, at());
    expect(st).toMatchObject({ version: SESSION_VERSION, scenarioId: s.id, scenarioVersion: s.version, phase: 'situatie', decisions: [] });
    expect(st.play.nodeId).toBe('signalen');
    expect(st.startedAt).toBe(at().toISOString());
    expect(JSON.parse(JSON.stringify(st))).toEqual(st);
  });

  test('a situation has no decision; arriving at a decision opens one with zero votes per option shown', () => {
    const st = advance(s, startSession(s, at()), at(1));
    expect(st.play.nodeId).toBe('vastleggen');
    expect(currentDecision(s, st)).toEqual({ nodeId: 'vastleggen', votes: { feiten: 0, mening: 0 }, chosen: null, overridden: false, note: '' });
  });
});

describe('phases', () => {
  test('go situatie → stemmen → feedback → next node, taking the majority with the case engine', () => {
    let st = atFirstVote();
    expect(st.phase).toBe('stemmen');
    st = setVotes(s, st, 'feiten', 9);
    st = setVotes(s, st, 'mening', 3);
    st = advance(s, st, at(3));
    expect(st.phase).toBe('feedback');
    expect(currentDecision(s, st)).toMatchObject({ chosen: 'feiten', overridden: false, revealedAt: at(3).toISOString() });
    st = advance(s, st, at(4));
    expect(st.play.nodeId).toBe('overleg');
    expect(st.play.path.map((p) => p.choiceId)).toEqual(['verder', 'feiten']);
    expect(st.decisions).toHaveLength(2);
    expect(st.decisions[0]).toMatchObject({ nodeId: 'vastleggen', votes: { feiten: 9, mening: 3 }, chosen: 'feiten' });
    expect(st.phase).toBe('situatie');
  });

  test('back goes one phase back within a decision and keeps the votes; never before the situatie phase', () => {
    let st = setVotes(s, atFirstVote(), 'mening', 2);
    st = advance(s, st, at(3));
    expect(canGoBack(st)).toBe(true);
    st = goBack(st);
    expect(st.phase).toBe('stemmen');
    expect(currentDecision(s, st)?.votes['mening']).toBe(2);
    st = goBack(st);
    expect(st.phase).toBe('situatie');
    expect(canGoBack(st)).toBe(false);
    expect(goBack(st)).toBe(st);
  });

  test('the session ends in the einde phase at an ending and cannot go on', () => {
    const st = playByVotes(s, [{ feiten: 5 }, { collega: 5 }, { open: 5 }, { ja: 5 }, { nee: 5 }, { ja: 5 }, { ja: 5 }]);
    expect(st.play.finished).toBe(true);
    expect(st.phase).toBe('einde');
    expect(st.play.nodeId).toBe(expertRun(s).nodeId);
    expect(blockedBy(s, st)).toBe('einde');
    expect(() => advance(s, st, at(9))).toThrow(ScenarioError);
    expect(currentDecision(s, st)).toBeNull();
  });

  test('a loop back to a decision opens a new decision for the second visit', () => {
    const st = playByVotes(s, [{ feiten: 1 }, { afwachten: 4, collega: 1 }]);
    expect(st.play.nodeId).toBe('week-later');
    const again = advance(s, st, at(5));
    expect(again.play.nodeId).toBe('overleg');
    expect(again.decisions.map((d) => d.nodeId)).toEqual(['vastleggen', 'overleg', 'overleg']);
    expect(currentDecision(s, again)?.votes).toEqual({ collega: 0, afwachten: 0, delen: 0 });
  });
});

describe('ties and overrides', () => {
  test('on a tie nothing is chosen and the session waits for the trainer', () => {
    let st = setVotes(s, setVotes(s, atFirstVote(), 'feiten', 4), 'mening', 4);
    st = advance(s, st, at(3));
    expect(currentTally(s, st)).toMatchObject({ tie: true, majority: null });
    expect(currentDecision(s, st)?.chosen).toBeNull();
    expect(blockedBy(s, st)).toBe('kies-eerst');
    expect(() => advance(s, st, at(4))).toThrow(ScenarioError);
    st = chooseOption(s, st, 'mening');
    expect(currentDecision(s, st)).toMatchObject({ chosen: 'mening', overridden: false });
    expect(advance(s, st, at(4)).play.path.at(-1)?.choiceId).toBe('mening');
  });

  test('without votes nothing is chosen either', () => {
    const st = advance(s, atFirstVote(), at(3));
    expect(blockedBy(s, st)).toBe('kies-eerst');
  });

  test('choosing another option than the majority is an override; choosing the majority again undoes it', () => {
    let st = advance(s, setVotes(s, atFirstVote(), 'feiten', 10), at(3));
    st = chooseOption(s, st, 'mening');
    expect(currentDecision(s, st)).toMatchObject({ chosen: 'mening', overridden: true });
    st = chooseOption(s, st, 'feiten');
    expect(currentDecision(s, st)).toMatchObject({ chosen: 'feiten', overridden: false });
  });

  test('an override survives going back to change the votes; without one the new majority is taken', () => {
    let st = advance(s, setVotes(s, atFirstVote(), 'feiten', 10), at(3));
    st = chooseOption(s, st, 'mening');
    st = advance(s, setVotes(s, goBack(st), 'feiten', 11), at(5));
    expect(currentDecision(s, st)).toMatchObject({ chosen: 'mening', overridden: true });

    let plain = advance(s, setVotes(s, atFirstVote(), 'feiten', 2), at(3));
    plain = goBack(plain);
    plain = setVotes(s, plain, 'mening', 6);
    plain = advance(s, plain, at(4));
    expect(currentDecision(s, plain)).toMatchObject({ chosen: 'mening', overridden: false });
  });

  test('the path follows the override, not the majority', () => {
    let st = advance(s, setVotes(s, atFirstVote(), 'feiten', 10), at(3));
    st = advance(s, chooseOption(s, st, 'mening'), at(4));
    expect(st.play.path.at(-1)).toMatchObject({ nodeId: 'vastleggen', choiceId: 'mening' });
    expect(st.decisions[0]).toMatchObject({ chosen: 'mening', overridden: true, votes: { feiten: 10, mening: 0 } });
  });
});

describe('entering votes and notes', () => {
  test('votes are cleaned to whole numbers and only accepted while voting, for options shown', () => {
    let st = atFirstVote();
    st = setVotes(s, st, 'feiten', '12');
    st = setVotes(s, st, 'mening', -3);
    expect(currentDecision(s, st)?.votes).toEqual({ feiten: 12, mening: 0 });
    expect(() => setVotes(s, st, 'bestaat-niet', 1)).toThrow(ScenarioError);
    expect(() => setVotes(s, goBack(st), 'feiten', 1)).toThrow(ScenarioError);
  });

  test('a hidden option (showIf) cannot get votes', () => {
    let st = playByVotes(s, [{ feiten: 3 }, { delen: 3 }]); // skips the aandachtsfunctionaris, so "advies" is hidden
    st = advance(s, st, at(5));
    expect(Object.keys(currentDecision(s, st)?.votes ?? {})).toEqual(['open', 'beschuldigen']);
    expect(() => setVotes(s, st, 'advies', 2)).toThrow(ScenarioError);
  });

  test('a note is kept as typed (no escaping in the data), on any decision, cut at the maximum length', () => {
    const note = '<img src=x onerror=alert(1)> en <script>alert(2)</script>';
    let st = setNote(atFirstVote(), 0, note);
    expect(st.decisions[0]?.note).toBe(note);
    st = setNote(st, 0, 'x'.repeat(MAX_NOTE_LENGTH + 10));
    expect(st.decisions[0]?.note).toHaveLength(MAX_NOTE_LENGTH);
    expect(setNote(st, 7, 'geen beslissing')).toBe(st);
  });

  test('the reveal gives the case engine feedback on every option shown, marking the expert', () => {
    const feedback = revealAll(s, atFirstVote());
    expect(feedback.map((f) => [f.choiceId, f.verdict, f.expertChoiceId])).toEqual([
      ['feiten', 'goed', 'feiten'],
      ['mening', 'niet-goed', 'feiten'],
    ]);
    expect(revealAll(s, startSession(s, at()))).toEqual([]);
  });
});
