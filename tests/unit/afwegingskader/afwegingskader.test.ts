import { describe, expect, test } from 'vitest';
import { type AfwegingAnswers, contextOf, decide } from '../../../src/engine/afwegingskader/decide';
import { decodeAnswers, decodeWalk, encodeAnswers, encodeWalk } from '../../../src/engine/afwegingskader/url';
import { explainDecision } from '../../../src/engine/afwegingskader/text';

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

  test('with Veilig Thuis: help that does not bring lasting safety is reported again, and the help goes on', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'nee' })).toMatchObject({
      outcome: 'melden',
      reason: 'hulp-niet-duurzaam',
      hulpOok: true,
      meldingStaat: false,
      opnieuwMelden: false,
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

  test('help that does not bring lasting safety means reporting (again), and the help goes on', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'nee' })).toMatchObject({
      outcome: 'melden',
      reason: 'hulp-niet-duurzaam',
      nextQuestion: null,
      hulpOok: true,
      withVeiligThuis: false,
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

describe('decide while a report stands (context meldingStaat)', () => {
  const ctx = { meldingStaat: true };
  const base: AfwegingAnswers = { vermoeden: 'ja', acuutOfStructureel: 'ja' };

  test('the first walk is the default, and meldingStaat false is the same as no context', () => {
    const answers: AfwegingAnswers = { ...base, hulpMogelijk: 'ja' };
    expect(decide(answers, { meldingStaat: false })).toEqual(decide(answers));
    expect(decide(answers)).toMatchObject({ meldingStaat: false, opnieuwMelden: false });
    expect(contextOf(undefined)).toEqual({ meldingStaat: false });
    expect(contextOf('melding-staat')).toEqual({ meldingStaat: true });
  });

  test('nothing answered: question 1 is next, the context is kept', () => {
    expect(decide({}, ctx)).toMatchObject({ outcome: 'onbeslist', nextQuestion: 'vermoeden', meldingStaat: true, opnieuwMelden: false });
    expect(decide({ vermoeden: 'ja' }, ctx)).toMatchObject({ outcome: 'onbeslist', nextQuestion: 'acuutOfStructureel', meldingStaat: true });
  });

  test('no suspicion any more closes, and says to discuss it with Veilig Thuis', () => {
    const d = decide({ vermoeden: 'nee', acuutOfStructureel: 'ja' }, ctx);
    expect(d).toMatchObject({ outcome: 'afsluiten', reason: 'geen-vermoeden', used: ['vermoeden'], meldingStaat: true });
    expect(explainDecision(d)).toMatch(/bespreek je besluit met Veilig Thuis/);
  });

  test('vraag 2 ja: no new report, the report stands and 3-5 are walked with Veilig Thuis', () => {
    const d = decide(base, ctx);
    expect(d).toMatchObject({ outcome: 'onbeslist', reason: 'melding-blijft-staan', nextQuestion: 'hulpMogelijk', withVeiligThuis: true, opnieuwMelden: false });
    expect(explainDecision(d)).toMatch(/Je meldt niet opnieuw/);
    expect(decide({ ...base, hulpMogelijk: 'ja' }, ctx)).toMatchObject({ outcome: 'onbeslist', reason: 'melding-blijft-staan', nextQuestion: 'hulpAanvaard' });
  });

  test('ja on 3 and 4: help goes on together with Veilig Thuis, vraag 5 next', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja' }, ctx)).toMatchObject({
      outcome: 'hulp',
      reason: 'samen-verder-met-veilig-thuis',
      nextQuestion: 'duurzaamVeilig',
      hulpOok: true,
      withVeiligThuis: true,
    });
  });

  test('ja on all five: hulp, no new report', () => {
    const d = decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'ja' }, ctx);
    expect(d).toMatchObject({ outcome: 'hulp', reason: 'samen-verder-met-veilig-thuis', nextQuestion: null, opnieuwMelden: false, hulpOok: true });
    expect(explainDecision(d)).toMatch(/Een nieuwe melding is niet nodig/);
  });

  test('vraag 3 nee: report again, Veilig Thuis takes the lead', () => {
    const d = decide({ ...base, hulpMogelijk: 'nee', hulpAanvaard: 'ja' }, ctx);
    expect(d).toMatchObject({ outcome: 'melden', reason: 'opnieuw-melden-geen-passende-hulp', opnieuwMelden: true, used: ['vermoeden', 'acuutOfStructureel', 'hulpMogelijk'] });
    expect(explainDecision(d)).toMatch(/meld je opnieuw/);
  });

  test('vraag 4 nee: report again', () => {
    expect(decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'nee' }, ctx)).toMatchObject({ outcome: 'melden', reason: 'opnieuw-melden-hulp-niet-aanvaard', opnieuwMelden: true, hulpOok: false });
  });

  test('vraag 5 nee: report again, and the help goes on together with Veilig Thuis', () => {
    const d = decide({ ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'nee' }, ctx);
    expect(d).toMatchObject({ outcome: 'melden', reason: 'hulp-niet-duurzaam', opnieuwMelden: true, hulpOok: true, withVeiligThuis: true });
    expect(explainDecision(d)).toMatch(/meld je opnieuw.*De hulp stopt niet/);
  });

  test('vraag 2 nee while a report stands: the same walk of 3-5, without the "melding blijft staan" reason', () => {
    const nee: AfwegingAnswers = { vermoeden: 'ja', acuutOfStructureel: 'nee' };
    expect(decide(nee, ctx)).toMatchObject({ outcome: 'onbeslist', reason: 'wacht-op-antwoord', nextQuestion: 'hulpMogelijk' });
    expect(decide({ ...nee, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'ja' }, ctx)).toMatchObject({ outcome: 'hulp' });
    expect(decide({ ...nee, hulpMogelijk: 'nee' }, ctx)).toMatchObject({ outcome: 'melden', opnieuwMelden: true });
  });

  test('every explanation in both contexts is plain text with "Meldcode" capitalised', () => {
    const sets: AfwegingAnswers[] = [
      {},
      { vermoeden: 'nee' },
      base,
      { ...base, hulpMogelijk: 'nee' },
      { ...base, hulpMogelijk: 'ja', hulpAanvaard: 'nee' },
      { ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja' },
      { ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'ja' },
      { ...base, hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'nee' },
      { vermoeden: 'ja', acuutOfStructureel: 'nee', hulpMogelijk: 'ja', hulpAanvaard: 'ja', duurzaamVeilig: 'nee' },
    ];
    for (const a of sets) {
      for (const c of [{}, ctx]) {
        const text = explainDecision(decide(a, c));
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/meldcode|onthouden|of-of/);
      }
    }
  });
});

describe('URL encoding of a walk with its moment', () => {
  test('round-trips both moments', () => {
    const answers: AfwegingAnswers = { vermoeden: 'ja', acuutOfStructureel: 'ja' };
    expect(encodeWalk({ moment: 'melding-staat', answers })).toBe('mjj');
    expect(decodeWalk('mjj')).toEqual({ moment: 'melding-staat', answers });
    expect(encodeWalk({ moment: 'eerste-weging', answers })).toBe('jj');
    expect(decodeWalk('jj')).toEqual({ moment: 'eerste-weging', answers });
  });

  test('a chosen moment with no answers is kept; no choice encodes to nothing', () => {
    expect(encodeWalk({ moment: 'eerste-weging', answers: {} })).toBe('e');
    expect(encodeWalk({ moment: 'melding-staat', answers: {} })).toBe('m');
    expect(decodeWalk('e')).toEqual({ moment: 'eerste-weging', answers: {} });
    expect(encodeWalk({ moment: null, answers: {} })).toBe('');
    expect(decodeWalk(null)).toEqual({ moment: null, answers: {} });
    expect(decodeWalk('')).toEqual({ moment: null, answers: {} });
  });

  test('an old link without a moment reads as a first walk; garbage never throws', () => {
    expect(decodeWalk('jn')).toEqual({ moment: 'eerste-weging', answers: { vermoeden: 'ja', acuutOfStructureel: 'nee' } });
    expect(decodeWalk('<script>')).toEqual({ moment: 'eerste-weging', answers: {} });
  });
});
