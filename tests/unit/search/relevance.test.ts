import { beforeAll, describe, expect, test } from 'vitest';
import { buildSearchData } from '../../../src/engine/search/build-index';
import { type LoadedSearch, loadSearchData, search } from '../../../src/engine/search/search';
import { readAllDocs } from '../../../bench/search-content';

// The real index: built from the real content (reference, cases, quiz) with the same
// functions as the endpoint, serialised and loaded again, as the browser gets it.
let loaded: LoadedSearch;
beforeAll(() => {
  const data = buildSearchData(readAllDocs());
  loaded = loadSearchData(JSON.parse(JSON.stringify(data)));
});

const top3 = (query: string) => search(loaded, query, 3).results.map((r) => r.doc.url);

/** Queries a professional would type, and the page (or section) a domain expert expects among the first three. */
const EXPECTED: [string, RegExp][] = [
  ['meldingen', /^\/(veilig-thuis\/#(een-melding-doen|meldingen-en-triage)|handelingswijzer\/stap-5\/)/],
  ['OTS', /^\/privacy\/(toestemming\/#bij-een-ondertoezichtstelling-ots|avg\/#regel-4)/],
  ['toestemming 14 jaar', /^\/privacy\/(toestemming\/#toestemming-per-leeftijd|avg\/#regel-3-let-op-de-leeftijd)/],
  ['0800', /^\/(veilig-thuis\/|handelingswijzer\/(#altijd-bereikbaar|stap-1\/#wie-kun-je-bellen|stap-5\/#wie-bel-je))/],
  ['verwijsindex', /^\/privacy\/verwijsindex\//],
  ['anoniem advies', /^\/privacy\/anoniem-advies\//],
  ['acute onveiligheid', /^\/afwegingskader\/#acute-onveiligheid$/],
  ['aandachtsfunctionaris', /^\/handelingswijzer\/stap-[12]\//],
  ['huisarts beroepsgeheim', /^\/veilig-thuis\/#mag-de-huisarts-informatie-geven$/],
];

describe('relevance on the real index', () => {
  test.each(EXPECTED)('"%s" finds the expected page among the first three', (query, expected) => {
    const urls = top3(query);
    expect(urls.some((url) => expected.test(url)), `top 3 for "${query}": ${urls.join(', ')}`).toBe(true);
  });

  test('an inflected word finds its stem: "meldingen" also finds sections that say "melding"', () => {
    const { results } = search(loaded, 'meldingen', 10);
    expect(results.some((r) => r.snippet.some((s) => s.match && s.text.toLowerCase() === 'melding'))).toBe(true);
  });

  test('a word still being typed finds what it starts with: "verwijsi" → Verwijsindex', () => {
    expect(top3('verwijsi').some((url) => url.startsWith('/privacy/verwijsindex/'))).toBe(true);
  });

  test('one typo still finds the page, as a fallback', () => {
    expect(top3('verwijsindx').some((url) => url.includes('verwijsindex'))).toBe(true);
  });

  test('reference sections rank above the quiz questions about them', () => {
    const [first] = search(loaded, 'OTS').results;
    expect(first?.doc.kind).not.toBe('quiz');
  });

  test('cases and quiz questions are in the index', () => {
    expect(loaded.docs.some((d) => d.kind === 'casus' && d.url.startsWith('/casussen/'))).toBe(true);
    expect(loaded.docs.some((d) => d.kind === 'quiz')).toBe(true);
  });

  test('every Veilig Thuis FAQ item is its own result, linked to its heading', () => {
    const urls = new Set(loaded.docs.map((d) => d.url));
    expect(urls).toContain('/veilig-thuis/#heeft-melden-zin-bij-een-wachtlijst');
    expect(urls).toContain('/veilig-thuis/#krijgt-mijn-school-een-vaste-contactpersoon');
  });

  test('results carry page, section, kind and a snippet with the matched words marked', () => {
    const [first] = search(loaded, 'huisarts beroepsgeheim').results;
    expect(first?.doc).toMatchObject({ page: 'Veilig Thuis', kind: 'veilig-thuis', section: 'Veelgestelde vragen › Mag de huisarts informatie geven?' });
    expect(first?.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase())).toEqual(expect.arrayContaining(['huisarts', 'beroepsgeheim']));
    expect(first?.title.some((s) => s.match && s.text === 'huisarts')).toBe(true);
  });
});

describe('queries that must never break', () => {
  test.each(['*', ':', '~', '^', '+', '-', 'ots*', 'title:ots', 'melding~2', 'OTS^10', '+ouders -kind', '***', '"', '\\', '(', ')'])(
    'lunr syntax "%s" returns results or nothing, never an error',
    (query) => {
      expect(() => search(loaded, query)).not.toThrow();
      const outcome = search(loaded, query);
      expect(outcome.total).toBeGreaterThanOrEqual(0);
    },
  );

  test('a query with syntax characters still finds its words', () => {
    expect(search(loaded, 'title:OTS^10~').results[0]?.doc.url).toMatch(/ots/);
  });

  // Query latency is printed by `npm run bench:search`, not asserted here.
  test('a 1,000-character query returns results or nothing', () => {
    const long = 'toestemming '.repeat(91).slice(0, 1000);
    expect(search(loaded, long).results[0]?.doc.url).toMatch(/toestemming/);
    expect(search(loaded, 'x'.repeat(1000)).total).toBe(0);
  });

  test('empty and whitespace-only queries give no results', () => {
    expect(search(loaded, '')).toEqual({ total: 0, results: [] });
    expect(search(loaded, '   \n ')).toEqual({ total: 0, results: [] });
  });
});
