import { describe, expect, test } from 'vitest';
import { type AfwegingAnswers, decide } from '../../src/engine/afwegingskader';
import { decodeAnswers, encodeAnswers } from '../../src/engine/afweging-url';
import { explainDecision } from '../../src/engine/afwegingskader-text';

describe('decide: question 1 (vermoeden)', () => {
  test('with no answers the first question is next and nothing is decided', () => {
    expect(decide({})).toMatchObject({ outcome: 'onbeslist', nextQuestion: 'vermoeden', withVeiligThuis: false });
  });

  test('no suspicion closes the case', () => {
    expect(decide({ vermoeden: 'nee' })).toMatchObject({ outcome: 'afsluiten', nextQuestion: null, reason: 'geen-vermoeden' });
  });

  test('answers after a closing answer are ignored', () => {
    const d = decide({ vermoeden: 'nee', acuutOfStructureel: 'ja', hulpMogelijk: 'nee' });
    expect(d).toMatchObject({ outcome: 'afsluiten', nextQuestion: null, withVeiligThuis: false });
    expect(d.used).toEqual(['vermoeden']);
  });

  test('a suspicion asks question 2 next', () => {
    expect(decide({ vermoeden: 'ja' })).toMatchObject({ outcome: 'onbeslist', nextQuestion: 'acuutOfStructureel' });
  });
});

describe('decide: acute or structural unsafety (question 2 ja)', () => {
  const base: AfwegingAnswers = { vermoeden: 'ja', acuutOfStructureel: 'ja' };

  test('reporting is necessary and questions 3-5 are walked together with Veilig Thuis', () => {
    expect(decide(base)).toMatchObject({ outcome: 'melden', withVeiligThuis: true, nextQuestion: 'hulpMogelijk' });
  });

  test('the outcome stays melden whatever 3-5 say, even when help works', () => {
    const d = decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'ja' });
    expect(d).toMatchObject({ outcome: 'melden', withVeiligThuis: true, nextQuestion: null, hulpOok: true });
  });

  test('with Veilig Thuis: help possible and accepted, question 5 is next and help is also offered', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja' })).toMatchObject({
      outcome: 'melden',
      nextQuestion: 'duurzaamVeilig',
      hulpOok: true,
    });
  });

  test('with Veilig Thuis: no fitting help ends the walk with a report only', () => {
    expect(decide({ ...base, hulpMogelijk: 'nee', hulpAanvaard: 'ja' })).toMatchObject({
      outcome: 'melden',
      nextQuestion: null,
      hulpOok: false,
    });
  });

  test('with Veilig Thuis: help refused ends the walk with a report only', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'nee' })).toMatchObject({ outcome: 'melden', nextQuestion: null, hulpOok: false });
  });

  test('with Veilig Thuis: help accepted asks question 4 next after 3', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja' })).toMatchObject({ outcome: 'melden', nextQuestion: 'hulpAanvaard' });
  });

  test('with Veilig Thuis: help that does not bring lasting safety is reported again', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'nee' })).toMatchObject({
      outcome: 'melden',
      reason: 'hulp-niet-duurzaam',
      hulpOok: false,
    });
  });
});

describe('decide: no acute or structural unsafety (question 2 nee)', () => {
  const base: AfwegingAnswers = { vermoeden: 'ja', acuutOfStructureel: 'nee' };

  test('question 3 is next and nothing is decided yet', () => {
    expect(decide(base)).toMatchObject({ outcome: 'onbeslist', nextQuestion: 'hulpMogelijk', withVeiligThuis: false });
  });

  test('no fitting help means reporting', () => {
    expect(decide({ ...base, hulpMogelijk: 'nee' })).toMatchObject({ outcome: 'melden', reason: 'geen-passende-hulp', nextQuestion: null });
  });

  test('help possible asks question 4', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja' })).toMatchObject({ outcome: 'onbeslist', nextQuestion: 'hulpAanvaard' });
  });

  test('help refused means reporting', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'nee' })).toMatchObject({
      outcome: 'melden',
      reason: 'hulp-niet-aanvaard',
      withVeiligThuis: false,
    });
  });

  test('help accepted with question 5 open is hulp, with question 5 next', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja' })).toMatchObject({
      outcome: 'hulp',
      nextQuestion: 'duurzaamVeilig',
      hulpOok: true,
    });
  });

  test('help that brings lasting safety stays hulp', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'ja' })).toMatchObject({
      outcome: 'hulp',
      reason: 'hulp-duurzaam',
      nextQuestion: null,
    });
  });

  test('help that does not bring lasting safety means reporting (again)', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'nee' })).toMatchObject({
      outcome: 'melden',
      reason: 'hulp-niet-duurzaam',
      nextQuestion: null,
    });
  });

  test('answers after a report because help is refused are ignored', () => {
    const d = decide({ ...base, hulpMogelijk: 'nee', hulpAanvaard: 'ja', duurzaamVeilig: 'ja' });
    expect(d.outcome).toBe('melden');
    expect(d.used).toEqual(['vermoeden', 'acuutOfStructureel', 'hulpMogelijk']);
  });

  test('a later answer without the earlier one does not count', () => {
    expect(decide({ vermoeden: 'ja', hulpMogelijk: 'nee' })).toMatchObject({ outcome: 'onbeslist', nextQuestion: 'acuutOfStructureel' });
  });
});

describe('decide: bad input', () => {
  test.each([
    ['vermoeden', 'yes'],
    ['acuutOfStructureel', 'Ja'],
    ['hulpMogelijk', true],
    ['hulpAanvaard', null],
    ['duurzaamVeilig', 1],
  ])('a value other than ja or nee for %s throws a TypeError naming the field', (field, value) => {
    const answers = { vermoeden: 'ja', acuutOfStructureel: 'nee', [field]: value } as unknown as AfwegingAnswers;
    expect(() => decide(answers)).toThrow(TypeError);
    expect(() => decide(answers)).toThrow(field);
  });

  test('a bad value in an ignored answer still throws', () => {
    expect(() => decide({ vermoeden: 'nee', duurzaamVeilig: 'misschien' } as unknown as AfwegingAnswers)).toThrow(/duurzaamVeilig/);
  });
});

describe('explainDecision', () => {
  test('a report after question 2 with help says that both go together', () => {
    const d = decide({ vermoeden: 'ja', acuutOfStructureel: 'ja', hulpMogelijk: 'ja', hulpAanvaard: 'ja' });
    expect(explainDecision(d)).toMatch(/melden en hulp bieden gaan dan samen/);
  });

  test('closing explains that it is recorded', () => {
    expect(explainDecision(decide({ vermoeden: 'nee' }))).toMatch(/vastlegt|legt dat vast/);
  });
});

describe('URL encoding of answers', () => {
  test('round-trips answers', () => {
    const answers: AfwegingAnswers = { vermoeden: 'ja', acuutOfStructureel: 'nee', hulpMogelijk: 'ja' };
    expect(encodeAnswers(answers)).toBe('jnj');
    expect(decodeAnswers('jnj')).toEqual(answers);
  });

  test('a gap is kept as a dash and trailing gaps are dropped', () => {
    expect(encodeAnswers({ vermoeden: 'ja', hulpMogelijk: 'nee' })).toBe('j-n');
    expect(encodeAnswers({})).toBe('');
  });

  test('garbage decodes to unanswered instead of throwing', () => {
    expect(decodeAnswers('<script>x')).toEqual({});
    expect(decodeAnswers(null)).toEqual({});
    expect(decodeAnswers('JN')).toEqual({ vermoeden: 'ja', acuutOfStructureel: 'nee' });
  });
});
