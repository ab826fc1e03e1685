import { describe, expect, test } from 'vitest';
import { pageAndSection, refLabel } from '../../src/components/case/case-text';

describe('link names', () => {
  test('a page title ending in a question mark is joined with a dash', () => {
    expect(pageAndSection('Wanneer leg je met welke partij contact?', '1. Moet er iemand ingrijpen?')).toBe(
      'Wanneer leg je met welke partij contact? – 1. Moet er iemand ingrijpen?',
    );
    expect(pageAndSection('Stap 3', 'Met het kind')).toBe('Stap 3: Met het kind');
  });

  test('an unknown anchor is named from the page title and the anchor', () => {
    expect(refLabel('/privacy/tips/#3-wees-duidelijk', { '/privacy/tips/': 'Zeven tips' })).toBe('Zeven tips: 3 wees duidelijk');
  });
});
