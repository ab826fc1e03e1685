/**
 * Loads the search index and lunr on first use, once per page: the header box and
 * the results page share the same promise. Nothing is fetched until a search starts.
 */
import type { LoadedSearch, SearchOutcome } from '~/engine/search/search';

/** A ready search: call it with what the learner typed. */
export type RunSearch = (input: string, limit?: number) => SearchOutcome;

/** Where the build writes the index (src/pages/search-index.json.ts). */
export const INDEX_URL = '/search-index.json';

let pending: Promise<RunSearch> | null = null;

async function load(): Promise<RunSearch> {
  // lunr and the Dutch stemmer come in their own chunk, so pages without a search never load them.
  const [response, engine] = await Promise.all([fetch(INDEX_URL), import('~/engine/search/search')]);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const loaded: LoadedSearch = engine.loadSearchData(await response.json());
  return (input, limit) => engine.search(loaded, input, limit);
}

/** The search function, loading the index the first time; a failed load may be retried. */
export function loadSearch(): Promise<RunSearch> {
  if (!pending) {
    pending = load();
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}

/** The URL of the full results page for a query. */
export function resultsUrl(query: string): string {
  return `/zoeken/?q=${encodeURIComponent(query.trim())}`;
}
