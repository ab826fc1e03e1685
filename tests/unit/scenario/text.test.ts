import { describe, expect, test } from 'vitest';
import {
  AFWEGING_WORDS,
  afwegingColumns,
  afwegingQuestionLabel,
  answerWord,
  cleanPassSentence,
  criticalCount,
  criticalErrorsSentence,
  criticalLabel,
  feedbackAfterVerdict,
  verdictText,
} from '../../../src/engine/scenario';
import type { RuleView } from '../../../src/engine/scenario';
import { paragraphs } from '../../../src/engine/shared';

describe('feedbackAfterVerdict: the feedback under a verdict on its own line', () => {
  test('a repeating first sentence is left out', () => {
    expect(feedbackAfterVerdict('goed', 'Goed. Je houdt de deur open.')).toBe('Je houdt de deur open.');
    expect(feedbackAfterVerdict('goed', 'Goed dat je het vraagt.')).toBe('Goed dat je het vraagt.');
    expect(feedbackAfterVerdict('niet-goed', 'Zo stuur je Noor weg.')).toBe('Zo stuur je Noor weg.');
    expect(feedbackAfterVerdict('goed', 'Goed.')).toBe('Goed.');
  });

  test('in paragraphs (the case player): drops a first word that only repeats the verdict', () => {
    expect(paragraphs(feedbackAfterVerdict('goed', 'Goed. Je luistert en vraagt door.\n\nTweede alinea.'))).toEqual([
      'Je luistert en vraagt door.',
      'Tweede alinea.',
    ]);
    expect(paragraphs(feedbackAfterVerdict('niet-goed', 'Niet goed! dit kan beter.'))).toEqual(['Dit kan beter.']);
  });

  test('in paragraphs: keeps text that starts otherwise, or that is only the verdict word', () => {
    expect(paragraphs(feedbackAfterVerdict('goed', 'Goed gezien: je vraagt door.'))).toEqual(['Goed gezien: je vraagt door.']);
    expect(paragraphs(feedbackAfterVerdict('deels', 'Goed. Maar je vergeet iets.'))).toEqual(['Goed. Maar je vergeet iets.']);
    expect(paragraphs(feedbackAfterVerdict('goed', 'Goed.'))).toEqual(['Goed.']);
    expect(paragraphs(feedbackAfterVerdict('goed', ''))).toEqual([]);
  });

  test('a word that only starts like the verdict is not the verdict', () => {
    expect(feedbackAfterVerdict('goed', 'Goedbedoeld. Maar niet genoeg.')).toBe('Goedbedoeld. Maar niet genoeg.');
  });
});

describe('paragraphs', () => {
  test('splits on blank lines and joins the lines inside a paragraph', () => {
    expect(paragraphs('Een\nregel.\n\n  \nTwee.\n')).toEqual(['Een regel.', 'Twee.']);
    expect(paragraphs('  \n ')).toEqual([]);
  });
});

describe('critical errors and verdicts in words', () => {
  const view = { title: 'Je belooft geheimhouding' } as RuleView;

  test('a critical error is named by its rule', () => {
    expect(criticalLabel('Je belooft geheimhouding')).toBe('Kritieke fout: Je belooft geheimhouding');
    expect(verdictText({ verdict: 'kritiek', critical: { rule: 'geheimhouding-beloven', explanation: 'x', view } })).toBe(
      'Kritieke fout: Je belooft geheimhouding',
    );
  });

  test('any other verdict is its label', () => {
    expect(verdictText({ verdict: 'goed' })).toBe('Goed');
    expect(verdictText({ verdict: 'deels' })).toBe('Deels goed');
    expect(verdictText({ verdict: 'niet-goed' })).toBe('Niet goed');
  });
});

describe("the verdict sentence on a run's critical errors, per audience", () => {
  test('one critical error is "een", more are counted', () => {
    expect(criticalCount(1)).toBe('een kritieke fout');
    expect(criticalCount(2)).toBe('2 kritieke fouten');
  });

  test('the learner hears which errors, joined by semicolons', () => {
    expect(criticalErrorsSentence('learner', ['Kritieke fout: Je belooft geheimhouding'])).toBe(
      'Je maakte een kritieke fout: Kritieke fout: Je belooft geheimhouding. Dan haal je de casus niet.',
    );
    expect(criticalErrorsSentence('learner', ['Eerste', 'Tweede'])).toBe('Je maakte 2 kritieke fouten: Eerste; Tweede. Dan haal je de casus niet.');
  });

  test('the group hears only how many (the summary lists them below)', () => {
    expect(criticalErrorsSentence('group', ['Eerste'])).toBe('De groep maakte een kritieke fout. Dan is de casus niet gehaald.');
    expect(criticalErrorsSentence('group', ['Eerste', 'Tweede', 'Derde'])).toBe('De groep maakte 3 kritieke fouten. Dan is de casus niet gehaald.');
  });

  test('a run passed without a critical error', () => {
    expect(cleanPassSentence(85)).toBe('Zonder kritieke fout, met 85% van de punten.');
  });
});

describe('the afwegingskader part of a debrief, per audience', () => {
  test('the column heads of its table, and a question named by number', () => {
    expect(afwegingColumns('group')).toEqual(['Vraag', 'Groep', 'Expert']);
    expect(afwegingColumns('learner')).toEqual(['Vraag', 'Jij', 'Expert']);
    expect(afwegingQuestionLabel(3)).toBe('Vraag 3');
  });

  test("the group's decision sentence, and the learner's", () => {
    expect(AFWEGING_WORDS.group.decision('melden')).toBe('Op de antwoorden van de groep besluit het afwegingskader: melden.');
    expect(AFWEGING_WORDS.learner.decision('melden')).toBe('Op jouw antwoorden zou het afwegingskader besluiten: melden.');
    expect(AFWEGING_WORDS.group.notReached).toBe('De groep kwam niet bij dit moment van de afweging.');
  });

  test('answers in words', () => {
    expect([answerWord('ja'), answerWord('nee'), answerWord(undefined)]).toEqual(['Ja', 'Nee', 'Niet gevraagd']);
  });
});
