import { describe, expect, test } from 'vitest';
import { type AfwegingAnswers, type AfwegingWalk, contextOf, decide, keepUsed, withoutLast } from '../../../src/engine/afwegingskader';

describe('keepUsed', () => {
  test('keeps nothing before a moment is chosen', () => {
    expect(keepUsed({ vermoeden: 'ja', acuutOfStructureel: 'nee' }, null)).toEqual({});
  });

  test('drops the answers after a closing answer', () => {
    const answers: AfwegingAnswers = { vermoeden: 'nee', acuutOfStructureel: 'ja', hulpMogelijk: 'nee' };
    expect(keepUsed(answers, 'eerste-weging')).toEqual({ vermoeden: 'nee' });
  });

  test('keeps every answer the framework uses, at either moment', () => {
    const answers: AfwegingAnswers = { vermoeden: 'ja', acuutOfStructureel: 'nee', hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'nee' };
    expect(keepUsed(answers, 'eerste-weging')).toEqual(answers);
    expect(keepUsed(answers, 'melding-staat')).toEqual(answers);
  });

  test('a changed earlier answer drops the ones that no longer apply', () => {
    const answers: AfwegingAnswers = { vermoeden: 'ja', acuutOfStructureel: 'nee', hulpMogelijk: 'nee', hulpAanvaard: 'ja' };
    expect(keepUsed(answers, 'eerste-weging')).toEqual({ vermoeden: 'ja', acuutOfStructureel: 'nee', hulpMogelijk: 'nee' });
  });

  test('keeps exactly the questions decide() used', () => {
    const answers: AfwegingAnswers = { vermoeden: 'ja', acuutOfStructureel: 'ja', hulpMogelijk: 'ja', hulpAanvaard: 'nee', duurzaamVeilig: 'ja' };
    for (const moment of ['eerste-weging', 'melding-staat'] as const) {
      expect(Object.keys(keepUsed(answers, moment))).toEqual(decide(answers, contextOf(moment)).used);
    }
  });
});

describe('withoutLast ("Vorige vraag")', () => {
  test('takes back the last used answer', () => {
    expect(withoutLast({ moment: 'eerste-weging', answers: { vermoeden: 'ja', acuutOfStructureel: 'nee' } })).toEqual({
      moment: 'eerste-weging',
      answers: { vermoeden: 'ja' },
    });
    expect(withoutLast({ moment: 'melding-staat', answers: { vermoeden: 'ja', acuutOfStructureel: 'ja', hulpMogelijk: 'nee' } })).toEqual({
      moment: 'melding-staat',
      answers: { vermoeden: 'ja', acuutOfStructureel: 'ja' },
    });
  });

  test('takes back the closing answer, not an ignored one after it', () => {
    expect(withoutLast({ moment: 'eerste-weging', answers: { vermoeden: 'nee', acuutOfStructureel: 'ja' } })).toEqual({
      moment: 'eerste-weging',
      answers: {},
    });
  });

  test('with no answer left, goes back to choosing the moment', () => {
    expect(withoutLast({ moment: 'eerste-weging', answers: {} })).toEqual({ moment: null, answers: {} });
    expect(withoutLast({ moment: 'melding-staat', answers: {} })).toEqual({ moment: null, answers: {} });
    expect(withoutLast({ moment: null, answers: { vermoeden: 'ja' } })).toEqual({ moment: null, answers: {} });
  });

  test('leaves the walk it is given unchanged', () => {
    const answers: AfwegingAnswers = { vermoeden: 'ja', acuutOfStructureel: 'nee' };
    withoutLast({ moment: 'eerste-weging', answers });
    expect(answers).toEqual({ vermoeden: 'ja', acuutOfStructureel: 'nee' });
  });

  test('stepping back from a finished walk ends at the moment question, one answer at a time', () => {
    let walk: AfwegingWalk = {
      moment: 'eerste-weging',
      answers: { vermoeden: 'ja', acuutOfStructureel: 'nee', hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'ja' },
    };
    const counts: number[] = [];
    while (walk.moment !== null) {
      counts.push(Object.keys(walk.answers).length);
      walk = withoutLast(walk);
    }
    expect(counts).toEqual([5, 4, 3, 2, 1, 0]);
  });
});
