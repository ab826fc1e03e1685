/** Messages between the page (load-search.ts) and the search worker (search.worker.ts). */
import type { SearchOutcome } from '~/engine/search';
import { href } from '~/lib/url';

/** Where the build writes the index (src/pages/search-index.json.ts). */
export const INDEX_URL = href('/search-index.json');

/** A search the page asks for; `id` pairs the reply with its request. */
export interface SearchRequest {
  id: number;
  input: string;
  limit: number;
}

/** The worker's answer: the outcome, or why the search could not run. */
export type SearchReply = { id: number; ok: true; outcome: SearchOutcome } | { id: number; ok: false; error: string };
