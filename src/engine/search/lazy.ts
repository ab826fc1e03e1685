/**
 * The search engine in the browser, loaded on demand (dynamic import in
 * src/components/search/load-search.ts, and in the search worker): lunr with Dutch stemming.
 */
export * from './search.ts';
export * from './snippet.ts';
