/** Certificate eligibility, what is missing, what it shows, and the learner's name. */
import { describe, expect, test } from 'vitest';
import { MAX_NAME_LENGTH, certificateStatus, cleanName, dutchDate } from '../../src/engine/certificate';
import { missingText } from '../../src/engine/learning-path-text';
import { allDone, passedCase, quiz, snapshot, testPath } from './learning-path-fixtures';

describe('certificateStatus', () => {
  const path = testPath();

  test('nothing done: both cases and the privacy test are missing', () => {
    const status = certificateStatus(path, snapshot());
    expect(status.eligible).toBe(false);
    if (status.eligible) return;
    expect(status.missing.map((m) => [m.module.key, m.reason])).toEqual([
      ['case:noor-groep-6', 'case-not-played'],
      ['privacy-test', 'quiz-not-taken'],
      ['case:finn', 'case-not-played'],
    ]);
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

  test('pages, tools and exercises are not needed for the certificate', () => {
    const s = snapshot({ cases: allDone().cases, quizResults: allDone().quizResults });
    expect(certificateStatus(path, s).eligible).toBe(true);
  });

  test('eligible: lists each case with its version and best score, and the best passed test', () => {
    const status = certificateStatus(path, allDone());
    expect(status.eligible).toBe(true);
    if (!status.eligible) return;
    expect(status.cases.map((c) => [c.title, c.version, c.best.percent])).toEqual([
      ['Noor vertelt het in de pauze', 1, 80],
      ['Finn is anders dan anders', 2, 95],
    ]);
    expect(status.quiz.percent).toBe(90);
  });
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
