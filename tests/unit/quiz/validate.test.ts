import { describe, expect, test } from 'vitest';
import { QuizBankError, type RouteIndex, loadQuizBank, validateQuizFiles } from '../../../src/engine/quiz/validate';

const routes: RouteIndex = new Map([
  ['/privacy/', new Set<string>()],
  ['/privacy/toestemming/', new Set(['toestemming-per-leeftijd'])],
]);

const FILE = 'content/quiz/toestemming.yaml';

/** A valid single-choice question, to break one field at a time. */
function question(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'toestemming-11-jaar',
    kind: 'single',
    question: 'Wie geeft toestemming bij een kind van 11?',
    options: [
      { id: 'a', text: 'De ouders met gezag, of de voogd' },
      { id: 'b', text: 'Het kind' },
    ],
    correct: 'a',
    explanation: 'Onder de 12 beslissen de ouders met gezag of de voogd.',
    link: '/privacy/toestemming/#toestemming-per-leeftijd',
    ...overrides,
  };
}

/** A topic file holding the given questions. */
function file(questions: unknown[], path = FILE, topic = 'toestemming') {
  return { file: path, data: { topic, title: 'Toestemming', readMore: '/privacy/toestemming/', order: 1, questions } };
}

/** The problems found in one topic file. */
function errorsOf(questions: unknown[]): string[] {
  return validateQuizFiles([file(questions)], routes).errors;
}

describe('question bank validation', () => {
  test('a valid file passes and becomes a bank with its topic', () => {
    const { bank, errors } = validateQuizFiles([file([question()])], routes);
    expect(errors).toEqual([]);
    expect(bank.topics).toEqual([{ id: 'toestemming', title: 'Toestemming', readMore: '/privacy/toestemming/' }]);
    expect(bank.questions[0]?.topic).toBe('toestemming');
  });

  test('a missing right answer is rejected with file and id', () => {
    const { correct: _drop, ...noAnswer } = question();
    const [error] = errorsOf([noAnswer]);
    expect(error).toContain(FILE);
    expect(error).toContain('vraag "toestemming-11-jaar"');
    expect(error).toContain('correct: ontbreekt');
  });

  test('a right answer that is not among the options is rejected with file and id', () => {
    expect(errorsOf([question({ correct: 'd' })])).toEqual([
      `${FILE}, vraag "toestemming-11-jaar": het juiste antwoord "d" staat niet bij de opties`,
    ]);
  });

  test('a multiple-answer question with an unknown right answer is rejected', () => {
    const options = [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }];
    const errors = errorsOf([question({ kind: 'multiple', options, correct: ['a', 'x'] })]);
    expect(errors).toEqual([`${FILE}, vraag "toestemming-11-jaar": het juiste antwoord "x" staat niet bij de opties`]);
  });

  test('a true/false question needs true or false as its answer', () => {
    const { options: _o, ...rest } = question({ kind: 'true-false', correct: 'waar' });
    const [error] = errorsOf([rest]);
    expect(error).toContain(`${FILE}, vraag "toestemming-11-jaar": veld correct`);
  });

  test('an unknown kind is rejected with file and id', () => {
    expect(errorsOf([question({ kind: 'open' })])).toEqual([
      `${FILE}, vraag "toestemming-11-jaar": kind moet single, multiple, true-false of case zijn`,
    ]);
  });

  test('duplicate option ids are rejected', () => {
    const options = [{ id: 'a', text: 'A' }, { id: 'a', text: 'B' }];
    expect(errorsOf([question({ options })])[0]).toMatch(/vraag "toestemming-11-jaar": optie-id "a" komt twee keer voor/);
  });

  test('a duplicate question id in the same file is rejected with file and id', () => {
    expect(errorsOf([question(), question()])).toEqual([
      `${FILE}, vraag "toestemming-11-jaar": dit id staat ook in ${FILE}; elk id mag maar één keer voorkomen`,
    ]);
  });

  test('a duplicate question id in another file names both files', () => {
    const other = file([question()], 'content/quiz/ots.yaml', 'ots');
    const { errors } = validateQuizFiles([file([question()]), other], routes);
    expect(errors).toEqual([
      `content/quiz/ots.yaml, vraag "toestemming-11-jaar": dit id staat ook in ${FILE}; elk id mag maar één keer voorkomen`,
    ]);
  });

  test('a link to a page that does not exist is rejected with file and id', () => {
    expect(errorsOf([question({ link: '/privacy/bestaat-niet/' })])).toEqual([
      `${FILE}, vraag "toestemming-11-jaar": dode link /privacy/bestaat-niet/: de pagina /privacy/bestaat-niet/ bestaat niet`,
    ]);
  });

  test('a link to a heading that does not exist is rejected with file and id', () => {
    expect(errorsOf([question({ link: '/privacy/toestemming/#ots' })])).toEqual([
      `${FILE}, vraag "toestemming-11-jaar": dode link /privacy/toestemming/#ots: op /privacy/toestemming/ staat geen kop met id "ots"`,
    ]);
  });

  test('a link without a trailing slash is rejected by the schema', () => {
    expect(errorsOf([question({ link: '/privacy/toestemming' })])[0]).toMatch(/vraag "toestemming-11-jaar": veld link/);
  });

  test('a question without an id is named by its position', () => {
    const { id: _id, ...noId } = question();
    expect(errorsOf([question({ id: 'eerste' }), noId])[0]).toMatch(/vraag nr\. 2 \(zonder id\): veld id: ontbreekt/);
  });

  test('a dead readMore link on the topic names the file', () => {
    const bad = { file: FILE, data: { ...file([question()]).data, readMore: '/nergens/' } };
    expect(validateQuizFiles([bad], routes).errors).toEqual([`${FILE}: readMore: dode link /nergens/: de pagina /nergens/ bestaat niet`]);
  });

  test('two files with the same topic are rejected', () => {
    const second = file([question({ id: 'andere-vraag' })], 'content/quiz/toestemming-2.yaml');
    expect(validateQuizFiles([file([question()]), second], routes).errors).toEqual([
      `content/quiz/toestemming-2.yaml: onderwerp "toestemming" staat ook in ${FILE}`,
    ]);
  });

  test('loadQuizBank throws one error listing every problem', () => {
    const files = [file([question({ correct: 'd' }), question({ id: 'tweede', link: '/weg/' })])];
    expect(() => loadQuizBank(files, routes)).toThrow(QuizBankError);
    expect(() => loadQuizBank(files, routes)).toThrow(expect.objectContaining({ problems: expect.any(Array) }));
    try {
      loadQuizBank(files, routes);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(`${FILE}, vraag "toestemming-11-jaar": het juiste antwoord "d"`);
      expect(message).toContain(`${FILE}, vraag "tweede": dode link /weg/`);
    }
  });
});
