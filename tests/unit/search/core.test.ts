import { describe, expect, test } from 'vitest';
import { buildSearchData } from '../../../src/engine/search/build-index';
import { quizDocs, quizSources, referenceDocs, scenarioDocs } from '../../../src/engine/search/documents';
import { mdxToText } from '../../../src/engine/search/plain-text';
import { loadSearchData, queryTerms, search } from '../../../src/engine/search/search';
import { splitSections } from '../../../src/engine/search/sections';
import { highlight, matcherFor, snippet } from '../../../src/engine/search/snippet';

describe('mdxToText', () => {
  test('keeps what a reader sees: link text, emphasis, callout titles, table cells', () => {
    const mdx = [
      "import Callout from '~/components/Callout.astro';",
      'Lees [de regels](/privacy/avg/) en **bel** _altijd_ `0800-2000`.',
      '<Callout type="belangrijk" title="Melden mag zonder toestemming">',
      '- Eerst **praten**.',
      '</Callout>',
      '<ConsentHelper client:load />',
      '| Vraag | Antwoord |',
      '| --- | --- |',
      '| 1. Grondslag | Heb ik een reden? |',
    ].join('\n');
    expect(mdxToText(mdx)).toBe(
      'Lees de regels en bel altijd 0800-2000. Melden mag zonder toestemming Eerst praten. Vraag Antwoord 1. Grondslag Heb ik een reden?',
    );
  });
});

describe('splitSections', () => {
  const body = [
    'Inleiding.',
    '## 1. Heb ik een grondslag?',
    'Tekst een.',
    '### Bij een OTS',
    'Tekst twee.',
    '#### Detail',
    'Tekst drie.',
    '## Tips',
    '## Tips',
    '```',
    '## geen kop in code',
    '```',
  ].join('\n');
  const sections = splitSections(body);

  test('splits at ## and ###, with github-slugger ids as Astro gives them', () => {
    expect(sections.map((s) => s.id)).toEqual([null, '1-heb-ik-een-grondslag', 'bij-een-ots', 'tips', 'tips-1']);
  });

  test('a ### section knows its ## parent; #### stays inside its section', () => {
    expect(sections[2]).toMatchObject({ heading: 'Bij een OTS', parent: '1. Heb ik een grondslag?', text: 'Tekst twee. Detail Tekst drie.' });
  });

  test('the intro is a section without heading, and a fenced block is not split', () => {
    expect(sections[0]).toMatchObject({ heading: null, text: 'Inleiding.' });
    expect(sections[4]?.text).toContain('geen kop in code');
  });
});

describe('documents', () => {
  test('reference sections link to their heading on the page route', () => {
    const docs = referenceDocs([{ id: 'privacy/index', body: 'Intro.\n## Twijfel je?\nBel.', title: 'Privacy', section: 'privacy' }]);
    expect(docs.map((d) => [d.url, d.section, d.kind])).toEqual([
      ['/privacy/', null, 'privacy'],
      ['/privacy/#twijfel-je', 'Twijfel je?', 'privacy'],
    ]);
  });

  test('cases link to /casussen/<id>/ and quiz questions to the privacy test', () => {
    expect(scenarioDocs([{ id: 'lisanne', title: 'Lisanne', summary: 'Een  IB’er twijfelt.' }])[0]).toMatchObject({
      url: '/casussen/lisanne/',
      kind: 'casus',
      text: 'Een IB’er twijfelt.',
    });
    expect(quizDocs([{ id: 'p1', question: 'Wie geeft toestemming?', statement: false, topic: 'Toestemming' }])[0]).toEqual({
      id: 'quiz:p1',
      url: '/privacytest/',
      page: 'Privacytoets',
      section: 'Toestemming',
      heading: 'Toestemming',
      kind: 'quiz',
      text: 'Toetsvraag: Wie geeft toestemming?',
    });
  });

  test('a quiz document holds the question and its topic, never the answer or the explanation', () => {
    const [source] = quizSources({
      topic: 'anoniem-advies',
      title: 'Anoniem advies vragen',
      questions: [
        {
          id: 'anoniem-namen-weglaten',
          kind: 'true-false',
          question: 'Laat je de namen weg, dan is een casus anoniem.',
          correct: false,
          explanation: 'Het goede antwoord is: niet waar. Alleen de namen weglaten is niet genoeg.',
          link: '/privacy/anoniem-advies/',
        },
      ],
    });
    expect(source).toEqual({ id: 'anoniem-namen-weglaten', question: 'Laat je de namen weg, dan is een casus anoniem.', statement: true, topic: 'Anoniem advies vragen' });
    const [doc] = quizDocs([source!]);
    // A true-false statement may be false: it is framed as a test question, never shown as a fact.
    expect(doc?.text).toBe('Toetsvraag, waar of niet waar: Laat je de namen weg, dan is een casus anoniem.');
    expect(JSON.stringify(doc)).not.toMatch(/goede antwoord|niet waar\.|niet genoeg/);
  });

  test('building refuses two documents with the same id', () => {
    const doc = scenarioDocs([{ id: 'a', title: 'A', summary: 'a' }]);
    expect(() => buildSearchData([...doc, ...doc])).toThrow(/same id|share the id/);
  });

  test('cases and quiz items are found like reference sections', () => {
    const data = buildSearchData([
      ...scenarioDocs([{ id: 'lars', title: 'Lars en de wijkagent', summary: 'Een jongen vertelt over ruzie thuis.' }]),
      ...quizDocs([{ id: 'q', question: 'Mag je anoniem overleggen?', statement: false, topic: 'Anoniem advies vragen' }]),
    ]);
    const loaded = loadSearchData(JSON.parse(JSON.stringify(data)));
    expect(search(loaded, 'wijkagent').results[0]?.doc.kind).toBe('casus');
    expect(search(loaded, 'overleggen').results[0]?.doc.kind).toBe('quiz');
  });
});

describe('queryTerms', () => {
  test('keeps letters and digits only, lowercased and deduplicated', () => {
    expect(queryTerms('OTS* +Ouders -ouders title:kind~2 ^ 0800-2000')).toEqual(['ots', 'ouders', 'title', 'kind', '2', '0800', '2000']);
  });

  test('drops single letters but keeps single digits', () => {
    expect(queryTerms('a 1 b')).toEqual(['1']);
  });
});

describe('snippets', () => {
  const matches = matcherFor(['meldingen']);

  test('marks words with the same stem', () => {
    expect(highlight('Een melding doen.', matches)).toEqual([
      { text: 'Een ', match: false },
      { text: 'melding', match: true },
      { text: ' doen.', match: false },
    ]);
  });

  test('cuts a long text around the matches, with ellipses', () => {
    const text = `${'woord '.repeat(100)}hier staat de melding ${'woord '.repeat(100)}`.trim();
    const parts = snippet(text, matches, 60);
    expect(parts[0]?.text.startsWith('… ')).toBe(true);
    expect(parts.at(-1)?.text.endsWith(' …')).toBe(true);
    expect(parts.some((p) => p.match && p.text === 'melding')).toBe(true);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(100);
  });

  test('without a match in the text, starts at the beginning', () => {
    expect(snippet('Kort.', matches)).toEqual([{ text: 'Kort.', match: false }]);
  });
});
