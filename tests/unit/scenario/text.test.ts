import { describe, expect, test } from 'vitest';
import { feedbackAfterVerdict } from '../../../src/engine/scenario';
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
