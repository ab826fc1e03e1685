import { describe, expect, test } from 'vitest';
import { type ShareAnswers, STEP_ORDER, adviseSharing, keepUsed, withoutLast } from '../../../src/engine/privacy';
import { dossierNote } from '../../../src/engine/privacy/share-advice/note';
import { questionFor } from '../../../src/engine/privacy/share-advice/questions';
import { readFileSync } from 'node:fs';
import { ADVICE_TEXT, SKIP_TALK } from '../../../src/engine/privacy/share-advice/text';
import { parseRuleCatalogue } from '../../../src/engine/scenario/rules-parse';

/** A walk that passes steps 2-5, so only the ground and step 6 decide. */
const passes: ShareAnswers = {
  situation: 'overleggen',
  age: 14,
  purpose: 'ja',
  information: 'ja',
  proportionality: 'ja',
  subsidiarity: 'nee',
};

describe('adviseSharing: the walk', () => {
  test('starts by asking what the learner wants to do', () => {
    const r = adviseSharing({});
    expect(r).toMatchObject({ advice: 'onbeslist', nextQuestion: 'situation', nextStep: null, consentFrom: null, used: [] });
  });

  test('a report to Veilig Thuis is sent to the Meldcode, not through the step-plan', () => {
    const r = adviseSharing({ situation: 'melden', age: 10, consent: 'nog-niet' });
    expect(r).toMatchObject({ advice: 'meldcode', nextQuestion: null, used: ['situation'] });
    expect(r.reasons.join(' ')).toMatch(/geen toestemming nodig/);
  });

  test('asks the age, then consent, then (without consent) another ground', () => {
    expect(adviseSharing({ situation: 'overleggen' }).nextQuestion).toBe('age');
    expect(adviseSharing({ situation: 'overleggen', age: 9 }).nextQuestion).toBe('consent');
    expect(adviseSharing({ situation: 'overleggen', age: 9, consent: 'nog-niet' }).nextQuestion).toBe('grondslag');
    expect(adviseSharing({ situation: 'overleggen', age: 9, consent: 'ja' }).nextQuestion).toBe('purpose');
  });

  test.each([-1, Number.NaN, 121, Number.POSITIVE_INFINITY])('an invalid age (%s) is asked again, never thrown', (age) => {
    expect(adviseSharing({ situation: 'overleggen', age }).nextQuestion).toBe('age');
  });

  test.each([
    [11, { parents: true, child: false }],
    [12, { parents: true, child: true }],
    [15.5, { parents: true, child: true }],
    [16, { parents: false, child: true }],
  ])('at age %s consent comes from whoConsents', (age, rule) => {
    expect(adviseSharing({ situation: 'overleggen', age }).consentFrom).toEqual(rule);
  });

  test('the consent question names whose consent counts', () => {
    expect(questionFor('consent', adviseSharing({ situation: 'overleggen', age: 14 }).consentFrom).question).toMatch(
      /ouders met gezag \(of de voogd\) én het kind/,
    );
    expect(questionFor('consent', adviseSharing({ situation: 'overleggen', age: 17 }).consentFrom).question).toMatch(/jongere zelf/);
  });

  test('follows the six questions of the step-plan in order', () => {
    const keys = ['purpose', 'information', 'proportionality', 'subsidiarity', 'confidentiality'] as const;
    let answers: ShareAnswers = { situation: 'overleggen', age: 14, consent: 'ja' };
    for (const key of keys) {
      expect(adviseSharing(answers).nextQuestion).toBe(key);
      answers = { ...answers, [key]: passes[key] ?? 'nee' };
    }
    expect(adviseSharing(answers).nextQuestion).toBeNull();
  });
});

describe('adviseSharing: every advice', () => {
  test('no consent and no other ground: do not share', () => {
    const r = adviseSharing({ situation: 'overleggen', age: 8, consent: 'geweigerd', grondslag: 'geen', purpose: 'ja' });
    expect(r).toMatchObject({ advice: 'niet-delen', rule: 'geen-grondslag', nextQuestion: null });
    expect(r.used).not.toContain('purpose');
    expect(r.nextStep).toMatch(/Meldcode/);
  });

  test.each([
    [{ purpose: 'nee' }, 'doel-onduidelijk'],
    [{ information: 'nee' }, 'informatie-onduidelijk'],
    [{ proportionality: 'nee' }, 'niet-proportioneel'],
    [{ subsidiarity: 'via-client' }, 'via-client'],
  ] as const)('stops with "niet delen" at %o', (answer, rule) => {
    const r = adviseSharing({ ...passes, consent: 'ja', ...answer, confidentiality: 'nee' });
    expect(r).toMatchObject({ advice: 'niet-delen', rule, nextQuestion: null, mustInformClient: false });
    expect(r.used).not.toContain('confidentiality');
    expect(r.used.at(-1)).toBe(Object.keys(answer)[0]);
  });

  test.each([
    [{ proportionality: 'twijfel' }, 'twijfel-proportioneel'],
    [{ subsidiarity: 'anoniem' }, 'anoniem-kan'],
  ] as const)('consults anonymously first at %o, even with consent', (answer, rule) => {
    const r = adviseSharing({ ...passes, consent: 'ja', ...answer });
    expect(r).toMatchObject({ advice: 'eerst-anoniem-advies', rule, nextQuestion: null });
    expect(r.used.at(-1)).toBe(Object.keys(answer)[0]);
    expect(keepUsed({ ...passes, consent: 'ja', ...answer })).toMatchObject(answer);
    expect(r.nextStep).toMatch(/Namen weglaten is niet genoeg/);
  });

  test.each(['ja', 'nee', 'weet-niet'] as const)('with consent it may share (confidentiality %s); the client already knows', (c) => {
    const r = adviseSharing({ ...passes, consent: 'ja', confidentiality: c });
    expect(r).toMatchObject({ advice: 'delen', rule: 'toestemming', nextQuestion: null, mustInformClient: false });
    expect(r.used).not.toContain('grondslag');
  });

  test.each(['ja', 'nee'] as const)('under an OTS it may share with the gezinsvoogd without consent (confidentiality %s)', (c) => {
    const r = adviseSharing({ ...passes, consent: 'geweigerd', grondslag: 'ots', confidentiality: c });
    expect(r).toMatchObject({ advice: 'delen', rule: 'ots', nextQuestion: 'informClient', mustInformClient: true });
    expect(r.reasons.join(' ')).toMatch(/strikt nodig/);
  });

  test.each(['ja', 'weet-niet'] as const)('with a duty of confidentiality (%s) and no consent yet: ask explicit consent first', (c) => {
    const r = adviseSharing({ ...passes, consent: 'nog-niet', grondslag: 'goed-hulpverlenerschap', confidentiality: c });
    expect(r).toMatchObject({ advice: 'delen-na-toestemming', rule: 'geheim-vraag-toestemming', nextQuestion: null });
    expect(r.nextStep).toMatch(/uitdrukkelijk toestemming/);
  });

  test.each(['geen', 'goed-hulpverlenerschap'] as const)('without confidentiality, consent not yet asked (%s): ask it first', (g) => {
    const r = adviseSharing({ ...passes, consent: 'nog-niet', grondslag: g, confidentiality: 'nee' });
    expect(r).toMatchObject({ advice: 'delen-na-toestemming', rule: 'vraag-toestemming', mustInformClient: false });
  });

  test('consent refused, goed hulpverlenerschap, duty of confidentiality: consult anonymously first; the seeds do not say the exception breaks the duty', () => {
    const r = adviseSharing({ ...passes, consent: 'geweigerd', grondslag: 'goed-hulpverlenerschap', confidentiality: 'ja' });
    expect(r).toMatchObject({ advice: 'eerst-anoniem-advies', rule: 'geheim-goed-hulpverlenerschap', mustInformClient: false });
    expect(r.reasons.join(' ')).toMatch(/zeggen de bronnen niet/);
    expect(r.nextStep).toMatch(/conflict van plichten: volg de Meldcode/);
  });

  test('consent refused, goed hulpverlenerschap, no confidentiality: consulting is the exception, named so, and the client is told', () => {
    const base = { ...passes, consent: 'geweigerd', grondslag: 'goed-hulpverlenerschap', confidentiality: 'nee' } as const;
    expect(adviseSharing(base)).toMatchObject({ advice: 'overleg-uitzondering', rule: 'goed-hulpverlenerschap', nextQuestion: 'informClient' });
    const done = adviseSharing({ ...base, informClient: 'achteraf' });
    expect(done).toMatchObject({ advice: 'overleg-uitzondering', nextQuestion: null, mustInformClient: true });
    expect(done.reasons.join(' ')).toMatch(/goed hulpverlenerschap/);
    expect(done.reasons.join(' ')).toMatch(/iets anders dan een gerechtvaardigd belang/);
    expect(done.reasons.join(' ')).toMatch(/zo snel mogelijk achteraf/);
  });

  test.each(['geweigerd', 'nog-niet'] as const)('conflict van plichten (consent %s) goes to the Meldcode at once, without consent', (consent) => {
    const r = adviseSharing({ ...passes, consent, grondslag: 'conflict-van-plichten', confidentiality: 'ja' });
    expect(r).toMatchObject({ advice: 'meldcode', rule: 'conflict-van-plichten', nextQuestion: null, mustInformClient: false });
    expect(r.used).toEqual(['situation', 'age', 'consent', 'grondslag']);
    expect(r.reasons.join(' ')).toMatch(/geen toestemming van het gezin nodig/);
  });

  test.each(['geweigerd', 'nog-niet'] as const)('another AVG ground (consent %s) is a question for the privacy expert, not a yes', (consent) => {
    const r = adviseSharing({ ...passes, consent, grondslag: 'andere-grondslag' });
    expect(r).toMatchObject({ advice: 'vraag-privacydeskundige', rule: 'andere-grondslag', nextQuestion: null, mustInformClient: false });
    expect(r.nextStep).toMatch(/functionaris gegevensbescherming/);
    expect(r.used).not.toContain('purpose');
  });

  test('no advice says "share" on a gerechtvaardigd belang', () => {
    for (const grondslag of ['andere-grondslag'] as const)
      for (const consent of ['nog-niet', 'geweigerd'] as const)
        expect(adviseSharing({ ...passes, consent, grondslag, confidentiality: 'nee', informClient: 'vooraf' }).advice).not.toMatch(/^delen$|uitzondering/);
  });
});

describe('adviseSharing: Veilig Thuis asks you for information', () => {
  test('asks only whether you have a beroepsgeheim', () => {
    const r = adviseSharing({ situation: 'veilig-thuis-vraagt' });
    expect(r).toMatchObject({ advice: 'onbeslist', nextQuestion: 'vtSecret', used: ['situation'] });
    expect(questionFor('vtSecret', null).question).toMatch(/beroepsgeheim/);
  });

  test('without a beroepsgeheim: you may give what the investigation needs, not obliged; talking to the parents first is goede praktijk', () => {
    const r = adviseSharing({ situation: 'veilig-thuis-vraagt', vtSecret: 'nee', age: 9, consent: 'geweigerd' });
    expect(r).toMatchObject({ advice: 'veilig-thuis', rule: 'veilig-thuis-onderzoek', nextQuestion: null, used: ['situation', 'vtSecret'] });
    expect(r.reasons.join(' ')).toMatch(/geen toestemming van de ouders nodig/);
    expect(r.reasons.join(' ')).toMatch(/niet verplicht/);
    expect(r.nextStep).toMatch(/goede praktijk/);
    expect(r.mustInformClient).toBe(false);
  });

  test.each(['ja', 'weet-niet'] as const)('with a beroepsgeheim (%s): may give it all the same, and may consult a vertrouwensarts', (vtSecret) => {
    const r = adviseSharing({ situation: 'veilig-thuis-vraagt', vtSecret });
    expect(r).toMatchObject({ advice: 'veilig-thuis', rule: 'veilig-thuis-onderzoek-geheim', nextQuestion: null });
    expect(r.reasons.join(' ')).toMatch(/Ook met een beroepsgeheim mag je/);
    expect(r.nextStep).toMatch(/vertrouwensarts/);
    expect(r.nextStep).toMatch(/ouder is dan 12/);
  });

  test('the dossier note records the branch', () => {
    const answers: ShareAnswers = { situation: 'veilig-thuis-vraagt', vtSecret: 'ja' };
    const note = dossierNote(answers, adviseSharing(answers));
    expect(note).toContain('- Beroepsgeheim: Ja');
    expect(note).toContain('Advies: Je mag Veilig Thuis informatie geven');
  });

  test('keepUsed drops the answers of the other branch', () => {
    expect(keepUsed({ situation: 'veilig-thuis-vraagt', vtSecret: 'nee', age: 9, consent: 'ja' })).toEqual({
      situation: 'veilig-thuis-vraagt',
      vtSecret: 'nee',
    });
  });
});

describe('adviseSharing: the wording of the exceptions', () => {
  test('the report advice gives the one wording of when the talk may be skipped, with Parkstad named', () => {
    const r = adviseSharing({ situation: 'melden' });
    expect(r.nextStep).toContain(SKIP_TALK);
    expect(SKIP_TALK).toMatch(/schoolroute uit Parkstad/);
  });

  test('every decided advice names at least one catalogue rule', () => {
    const walks: ShareAnswers[] = [
      { situation: 'melden' },
      { situation: 'veilig-thuis-vraagt', vtSecret: 'nee' },
      { ...passes, consent: 'ja', confidentiality: 'nee' },
      { ...passes, consent: 'geweigerd', grondslag: 'geen' },
      { ...passes, consent: 'geweigerd', grondslag: 'ots', confidentiality: 'nee', informClient: 'vooraf' },
    ];
    for (const w of walks) expect(adviseSharing(w).rules.length, JSON.stringify(w)).toBeGreaterThan(0);
    expect(adviseSharing({}).rules).toEqual([]);
  });
});

describe('the rules behind each advice', () => {
  const catalogue = parseRuleCatalogue(readFileSync('content/rules.yaml', 'utf8'));
  test.each(Object.entries(ADVICE_TEXT))('advice rule %s names only rules of content/rules.yaml', (_, text) => {
    for (const id of text.rules) expect(catalogue.map((r) => r.id), id).toContain(id);
  });
});

describe('adviseSharing: all walks', () => {
  test('every complete walk ends in an advice, and sharing without consent always means informing the client', () => {
    const choices = {
      consent: ['ja', 'nog-niet', 'geweigerd'],
      grondslag: ['ots', 'goed-hulpverlenerschap', 'conflict-van-plichten', 'andere-grondslag', 'geen'],
      proportionality: ['ja', 'nee', 'twijfel'],
      subsidiarity: ['anoniem', 'via-client', 'nee'],
      confidentiality: ['ja', 'nee', 'weet-niet'],
    } as const;
    for (const consent of choices.consent)
      for (const grondslag of choices.grondslag)
        for (const proportionality of choices.proportionality)
          for (const subsidiarity of choices.subsidiarity)
            for (const confidentiality of choices.confidentiality) {
              const answers: ShareAnswers = { ...passes, consent, grondslag, proportionality, subsidiarity, confidentiality, informClient: 'vooraf' };
              const r = adviseSharing(answers);
              expect(r.advice).not.toBe('onbeslist');
              expect(r.nextQuestion).toBeNull();
              expect(r.mustInformClient).toBe(['delen', 'overleg-uitzondering'].includes(r.advice) && consent !== 'ja');
              expect(r.used.every((k) => STEP_ORDER.includes(k))).toBe(true);
            }
  });
});

describe('keepUsed', () => {
  test('answering one question at a time keeps every earlier answer, up to each advice', () => {
    const walks: ShareAnswers[] = [
      { ...passes, consent: 'ja', subsidiarity: 'anoniem' },
      { ...passes, consent: 'ja', proportionality: 'twijfel' },
      { ...passes, consent: 'geweigerd', grondslag: 'ots', confidentiality: 'nee', informClient: 'vooraf' },
    ];
    for (const full of walks) {
      let answers: ShareAnswers = {};
      for (const key of adviseSharing(full).used) {
        answers = keepUsed({ ...answers, [key]: full[key] });
        expect(answers[key], `after answering ${key}`).toBe(full[key]);
      }
      expect(adviseSharing(answers).nextQuestion).toBeNull();
    }
  });

  test('drops answers after an early advice but keeps the free text', () => {
    const kept = keepUsed({ ...passes, consent: 'ja', purpose: 'nee', confidentiality: 'ja', recipient: 'wijkteam' });
    expect(kept).toEqual({ situation: 'overleggen', age: 14, consent: 'ja', purpose: 'nee', recipient: 'wijkteam' });
  });
});

describe('withoutLast ("Vorige vraag")', () => {
  test('takes back the last used answer, and the one before on the next step', () => {
    const full: ShareAnswers = { ...passes, consent: 'ja', confidentiality: 'ja' };
    expect(adviseSharing(full).nextQuestion).toBeNull();
    const once = withoutLast(full);
    expect(once).toEqual({ ...passes, consent: 'ja' });
    expect(adviseSharing(once).nextQuestion).toBe('confidentiality');
    expect(withoutLast(once)).toEqual({ situation: 'overleggen', age: 14, consent: 'ja', purpose: 'ja', information: 'ja', proportionality: 'ja' });
  });

  test('drops answers the walk no longer uses and keeps the free text', () => {
    const answers: ShareAnswers = { situation: 'veilig-thuis-vraagt', vtSecret: 'nee', age: 9, consent: 'ja', recipient: 'Veilig Thuis' };
    expect(withoutLast(answers)).toEqual({ situation: 'veilig-thuis-vraagt', recipient: 'Veilig Thuis' });
  });

  test('with nothing answered there is nothing to take back', () => {
    expect(withoutLast({})).toEqual({});
    expect(withoutLast({ purposeText: 'overleg' })).toEqual({ purposeText: 'overleg' });
  });

  test('stepping back from every advice ends at the start, one used answer at a time', () => {
    let answers: ShareAnswers = { ...passes, consent: 'geweigerd', grondslag: 'ots', confidentiality: 'nee', informClient: 'vooraf' };
    for (let left = adviseSharing(answers).used.length; left > 0; left--) {
      answers = withoutLast(answers);
      expect(adviseSharing(answers).used).toHaveLength(left - 1);
    }
    expect(answers).toEqual({});
  });
});

describe('dossierNote', () => {
  const answers: ShareAnswers = {
    ...passes,
    consent: 'geweigerd',
    grondslag: 'ots',
    confidentiality: 'nee',
    informClient: 'vooraf',
    recipient: 'de gezinsvoogd',
    purposeText: '  Ouders  zeggen afspraken af;\n de OTS loopt vast. ',
    informationText: '',
  };
  const note = dossierNote(answers, adviseSharing(answers), { date: new Date('2026-11-23T12:00:00Z') });

  test('records date, recipient, purpose and the information, with empty fields marked', () => {
    expect(note).toContain('Datum: 23 november 2026');
    expect(note).toContain('Met wie: de gezinsvoogd');
    expect(note).toContain('Doel: Ouders zeggen afspraken af; de OTS loopt vast.');
    expect(note).toContain('Welke informatie: (niet ingevuld)');
  });

  test('records every used answer, the advice with reasons, and the duty to inform', () => {
    expect(note).toContain('- Leeftijd kind: 14 jaar; toestemming van de ouders met gezag (of de voogd) én het kind');
    expect(note).toContain('- Andere grondslag: Ja: het kind staat onder toezicht (OTS)');
    expect(note).toContain('- Cliënt informeren: Vooraf, voordat ik deel');
    expect(note).toContain('Advies: Je mag delen');
    expect(note).toMatch(/Cliënt informeren: Vertel de cliënt/);
    expect(note).toMatch(/dossier inzien/);
  });

  test('without a date the note leaves it to fill in', () => {
    const r = adviseSharing({});
    expect(dossierNote({}, r)).toContain('Datum: (niet ingevuld)');
  });
});
