/** Certificate eligibility, what is missing, what it shows, and the learner's name. */
import { describe, expect, test } from 'vitest';
import { MAX_NAME_LENGTH, certificateStatus, cleanName } from '../../../src/engine/learning-path/certificate';
import { dutchDate } from '../../../src/engine/shared';
import { pathProgress } from '../../../src/engine/learning-path/progress';
import { missingText, pointsText } from '../../../src/engine/learning-path/text';
import { allDone, passedCase, quiz, snapshot, testPath } from '../support/learning-path-fixtures';

describe('certificateStatus', () => {
  const path = testPath();

  test('nothing done: every module is missing, in the path order', () => {
    const status = certificateStatus(path, snapshot());
    expect(status.eligible).toBe(false);
    if (status.eligible) return;
    expect(status.missing.map((m) => [m.module.key, m.reason])).toEqual([
      ['page:/handelingswijzer/', 'page-not-read'],
      ['case:noor-groep-6', 'case-not-played'],
      ['privacy-test', 'quiz-not-taken'],
      ['exercise:vastleggen-school', 'exercise-not-done'],
      ['tool:/wie-bel-ik/', 'tool-not-used'],
      ['case:finn', 'case-not-played'],
    ]);
    expect([status.done, status.total]).toEqual([0, 6]);
  });

  test('the certificate and the path progress use one definition of done', () => {
    const partly = snapshot({ cases: allDone().cases, quizResults: allDone().quizResults });
    const status = certificateStatus(path, partly);
    const progress = pathProgress(path, partly);
    expect(status.eligible).toBe(progress.complete);
    expect(status.done).toBe(progress.done);
    expect(certificateStatus(path, allDone()).eligible).toBe(pathProgress(path, allDone()).complete);
  });

  test('a case finished with a critical error (not passed) keeps the certificate away, and says so', () => {
    const s = { ...allDone(), cases: new Map([...allDone().cases, ['finn', { ...passedCase(2), best: { score: 80, max: 100, percent: 80, passed: false } }]]) };
    const status = certificateStatus(path, s);
    expect(status.eligible).toBe(false);
    if (status.eligible) return;
    expect(status.missing.map((m) => m.reason)).toEqual(['case-not-passed']);
    expect(missingText(status.missing[0]!)).toContain('zonder kritieke fout');
  });

  test('a privacy test taken but not passed is missing', () => {
    const status = certificateStatus(path, { ...allDone(), quizResults: [quiz(60, false)] });
    expect(status.eligible ? [] : status.missing.map((m) => m.reason)).toEqual(['quiz-not-passed']);
  });

  test('a case passed in an older version does not count', () => {
    const status = certificateStatus(path, { ...allDone(), cases: new Map([...allDone().cases, ['finn', passedCase(1)]]) });
    expect(status.eligible ? [] : status.missing.map((m) => m.module.key)).toEqual(['case:finn']);
  });

  test('cases and the test passed but pages, tools and exercises not done: no certificate', () => {
    const s = snapshot({ cases: allDone().cases, quizResults: allDone().quizResults });
    const status = certificateStatus(path, s);
    expect(status.eligible ? [] : status.missing.map((m) => m.reason)).toEqual(['page-not-read', 'exercise-not-done', 'tool-not-used']);
  });

  test('eligible: lists what was done, each case with its best score, and the best passed test', () => {
    const status = certificateStatus(path, allDone());
    expect(status.eligible).toBe(true);
    if (!status.eligible) return;
    expect(status.cases.map((c) => [c.title, c.best.percent])).toEqual([
      ['Noor vertelt het in de pauze', 80],
      ['Finn is anders dan anders', 95],
    ]);
    expect(status.done).toEqual({ pages: ['Handelingswijzer'], exercises: ['Op school'], tools: ['Wie bel ik?'] });
    expect(status.quiz.percent).toBe(90);
  });
});

test('pointsText shows whole points, never more than earned', () => {
  expect(pointsText(5.7, 15, 38)).toBe('5 van de 15 punten (38%)');
  expect(pointsText(12, 15, 80)).toBe('12 van de 15 punten (80%)');
});

describe('cleanName', () => {
  test('keeps markup as plain characters: the page shows it as text', () => {
    expect(cleanName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  test('collapses spaces and removes control and invisible format characters', () => {
    expect(cleanName('  Anna \n\t de\u0000 Vries\u202e ')).toBe('Anna de Vries');
  });

  test('cuts a long name to the maximum length', () => {
    expect(Array.from(cleanName('ä'.repeat(200)))).toHaveLength(MAX_NAME_LENGTH);
  });
});

test('dutchDate writes the date the Dutch way', () => {
  expect(dutchDate(new Date(2026, 10, 23, 12))).toBe('23 november 2026');
});
