import { describe, expect, test } from 'vitest';
import { verdictLine } from '~/engine/session/text';

describe('the verdict with its feedback, said once', () => {
  test('feedback that opens with the verdict sentence is not prefixed again', () => {
    expect(verdictLine('goed', 'Goed. Je luistert naar Noor.')).toEqual({ verdict: 'Goed.', rest: 'Je luistert naar Noor.' });
  });

  test('feedback that opens with the verdict word in a sentence keeps the sentence, with the word as the verdict', () => {
    expect(verdictLine('goed', 'Goed dat je eerst overlegt.')).toEqual({ verdict: 'Goed', rest: 'dat je eerst overlegt.' });
    expect(verdictLine('niet-goed', 'Niet goed: zo raakt Noor je vertrouwen kwijt.')).toEqual({ verdict: 'Niet goed:', rest: 'zo raakt Noor je vertrouwen kwijt.' });
  });

  test('other feedback gets the label first', () => {
    expect(verdictLine('goed', 'Juist. Er is zorg.')).toEqual({ verdict: 'Goed.', rest: 'Juist. Er is zorg.' });
    expect(verdictLine('deels', 'Goed bedoeld, maar te vroeg.')).toEqual({ verdict: 'Deels goed.', rest: 'Goed bedoeld, maar te vroeg.' });
    // A word that only starts like the verdict is not the verdict.
    expect(verdictLine('goed', 'Goedbedoeld, maar niet genoeg.')).toEqual({ verdict: 'Goed.', rest: 'Goedbedoeld, maar niet genoeg.' });
    expect(verdictLine('kritiek', '')).toEqual({ verdict: 'Kritieke fout.', rest: '' });
  });
});
