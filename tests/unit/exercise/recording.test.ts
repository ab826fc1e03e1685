import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
  CATEGORY_TEXT,
  CHOICE_MARK_LABELS,
  choiceMark,
  isCategory,
  scoreRecording,
  scoreSummary,
} from '~/engine/exercise/recording';
import { RECORDING_CATEGORIES, type RecordingExercise, recordingExerciseSchema } from '~/schemas/exercise';

const DIR = 'content/exercises/vastleggen';

/** The real exercise files, parsed with the collection's schema. */
function loadExercises(): { file: string; exercise: RecordingExercise }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => {
      const parsed = recordingExerciseSchema.safeParse(parse(readFileSync(`${DIR}/${file}`, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      return { file, exercise: parsed.data };
    });
}

/** A small fixture: one statement per category. */
const fixture = {
  statements: [
    { id: 'a', text: 'Ik zag een blauwe plek.', answer: 'feit' as const, feedback: 'Je zag het zelf, dus een feit.' },
    { id: 'b', text: 'Misschien is er ruzie.', answer: 'hypothese' as const, feedback: 'Een veronderstelling, met label.' },
    { id: 'c', text: 'De jeugdarts zei op 3 maart ...', answer: 'derden' as const, feedback: 'Van een ander, met de bron erbij.' },
    { id: 'd', text: 'Moeder is onverschillig.', answer: 'hoort-niet' as const, feedback: 'Een oordeel hoort er niet in.' },
  ],
};

describe('the exercise files', () => {
  const exercises = loadExercises();

  test('there are at least three, each with 6 to 10 statements and all four categories', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    for (const { file, exercise } of exercises) {
      expect(exercise.statements.length, file).toBeGreaterThanOrEqual(6);
      expect(exercise.statements.length, file).toBeLessThanOrEqual(10);
      for (const category of RECORDING_CATEGORIES) {
        expect(exercise.statements.some((s) => s.answer === category), `${file}: ${category}`).toBe(true);
      }
    }
  });

  test('every statement that is information from someone else names who said it', () => {
    for (const { file, exercise } of exercises) {
      for (const s of exercise.statements.filter((st) => st.answer === 'derden')) {
        expect(s.text, `${file}: ${s.id}`).toMatch(/[Vv]olgens|vertelde|zei/);
      }
    }
  });

  test('the titles are unique', () => {
    const titles = exercises.map((e) => e.exercise.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('the schema', () => {
  const valid = { kind: 'vastleggen', title: 'Een oefening', setting: 'school', summary: 'Een korte samenvatting.', situation: 'Een situatie van minstens veertig tekens lang, om te oefenen.', sources: ['schoolroute-parkstad'] };
  const fact = { id: 'x', text: 'Nog een feit om te tellen.', answer: 'feit' as const, feedback: 'Je zag het zelf, dus een feit.' };
  const six = [...fixture.statements, { ...fact, id: 'e' }, { ...fact, id: 'f' }];

  test('accepts a well-formed exercise', () => {
    expect(recordingExerciseSchema.safeParse({ ...valid, statements: six }).success).toBe(true);
  });

  test('rejects duplicate statement ids, naming the id', () => {
    const result = recordingExerciseSchema.safeParse({ ...valid, statements: [...six.slice(0, 5), { ...fact, id: 'a' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('id "a" komt twee keer voor');
  });

  test('rejects an exercise that leaves out a category', () => {
    const noHypothesis = six.map((s) => (s.answer === 'hypothese' ? { ...s, answer: 'feit' as const } : s));
    const result = recordingExerciseSchema.safeParse({ ...valid, statements: noHypothesis });
    expect(result.error?.issues.map((i) => i.message)).toContain('geen uitspraak met antwoord "hypothese"');
  });
});

describe('scoreRecording', () => {
  test('all right gives 100 percent and "Alles goed"', () => {
    const result = scoreRecording(fixture, { a: 'feit', b: 'hypothese', c: 'derden', d: 'hoort-niet' });
    expect(result).toMatchObject({ correct: 4, total: 4, percent: 100, unanswered: 0 });
    expect(scoreSummary(result)).toContain('Alles goed');
  });

  test('a wrong choice says what was chosen and what is right, with the rule and a link', () => {
    const result = scoreRecording(fixture, { a: 'feit', b: 'feit', c: 'derden', d: 'hoort-niet' });
    const b = result.statements.find((s) => s.id === 'b');
    expect(b?.correct).toBe(false);
    expect(b?.verdict).toBe('Niet goed. Jij koos: feit. Het juiste antwoord is: hypothese.');
    expect(b?.feedback).toBe('Een veronderstelling, met label.');
    expect(b?.rule).toContain('hypothese');
    expect(b?.link).toBe(CATEGORY_TEXT.hypothese.link);
    expect(result.percent).toBe(75);
  });

  test('an open statement counts as wrong and is counted as open', () => {
    const result = scoreRecording(fixture, { a: 'feit' });
    expect(result).toMatchObject({ correct: 1, percent: 25, unanswered: 3 });
    expect(result.statements[1]?.verdict).toContain('Je koos niets');
    expect(scoreSummary(result)).toContain('3 uitspraken liet je open');
  });

  test('a value that is not a category (e.g. from a tampered form) counts as open', () => {
    const result = scoreRecording(fixture, { a: 'onzin' as never });
    expect(result.statements[0]?.chosen).toBeNull();
  });

  test('the percentage is rounded down, so 2 of 3 is 66', () => {
    const three = { statements: fixture.statements.slice(0, 3) };
    expect(scoreRecording(three, { a: 'feit', b: 'hypothese' }).percent).toBe(66);
  });

  test('feedback follows the order of the statements', () => {
    const result = scoreRecording(fixture, {});
    expect(result.statements.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

test('isCategory accepts exactly the four categories, and each has a label', () => {
  for (const c of RECORDING_CATEGORIES) {
    expect(isCategory(c)).toBe(true);
    expect(CATEGORY_TEXT[c].label.length).toBeGreaterThan(3);
  }
  expect(isCategory('feiten')).toBe(false);
  expect(isCategory(undefined)).toBe(false);
});

describe('choiceMark', () => {
  test("marks the right answer and the learner's own pick, as the privacy test does", () => {
    const wrong = { chosen: 'feit', answer: 'hypothese' } as const;
    expect(RECORDING_CATEGORIES.map((c) => choiceMark(wrong, c))).toEqual(['picked-wrong', 'right', null, null]);
    const right = { chosen: 'derden', answer: 'derden' } as const;
    expect(RECORDING_CATEGORIES.map((c) => choiceMark(right, c))).toEqual([null, null, 'right-picked', null]);
    const open = { chosen: null, answer: 'feit' } as const;
    expect(RECORDING_CATEGORIES.map((c) => choiceMark(open, c))).toEqual(['right', null, null, null]);
    expect(CHOICE_MARK_LABELS['picked-wrong']).toBe('(jouw keuze, niet goed)');
  });
});
