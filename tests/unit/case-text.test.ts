import { describe, expect, test } from 'vitest';
import { feedbackParagraphs, pageAndSection, refLabel } from '../../src/components/case/case-text';

describe('feedbackParagraphs', () => {
  test('drops a first word that only repeats the verdict', () => {
    expect(feedbackParagraphs('goed', 'Goed. Je luistert en vraagt door.\n\nTweede alinea.')).toEqual([
      'Je luistert en vraagt door.',
      'Tweede alinea.',
    ]);
    expect(feedbackParagraphs('niet-goed', 'Niet goed! dit kan beter.')).toEqual(['Dit kan beter.']);
  });

  test('keeps text that starts otherwise, or that is only the verdict word', () => {
    expect(feedbackParagraphs('goed', 'Goed gezien: je vraagt door.')).toEqual(['Goed gezien: je vraagt door.']);
    expect(feedbackParagraphs('deels', 'Goed. Maar je vergeet iets.')).toEqual(['Goed. Maar je vergeet iets.']);
    expect(feedbackParagraphs('goed', 'Goed.')).toEqual(['Goed.']);
    expect(feedbackParagraphs('goed', '')).toEqual([]);
  });
});

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
