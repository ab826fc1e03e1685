import { describe, expect, test } from 'vitest';
import { explainConsent, whoConsents } from '../../../src/engine/privacy/consent';

describe('whoConsents', () => {
  test.each([0, 5, 11, 11.99])('under 12 (%s) the parents with authority or the guardian consent', (age) => {
    expect(whoConsents(age)).toEqual({ parents: true, child: false });
  });

  test.each([12, 13.5, 15, 15.99])('from 12 up to 16 (%s) both parents and child consent', (age) => {
    expect(whoConsents(age)).toEqual({ parents: true, child: true });
  });

  test.each([16, 17, 23])('from 16 (%s) the young person consents alone', (age) => {
    expect(whoConsents(age)).toEqual({ parents: false, child: true });
  });

  test.each([-1, -0.01, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('age %s throws a RangeError', (age) => {
    expect(() => whoConsents(age)).toThrow(RangeError);
  });
});

describe('explainConsent', () => {
  test('names both parties between 12 and 16', () => {
    expect(explainConsent(14).who).toMatch(/ouders.*én het kind/);
  });

  test('names the young person alone from 16', () => {
    expect(explainConsent(16).who).toMatch(/jongere geeft zelf/);
  });
});
