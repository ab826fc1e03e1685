/**
 * Starts the site search on first use, once per page: the header box and the results
 * page share it. Nothing is fetched until a search starts. The index is loaded and
 * queried in a Web Worker (search.worker.ts) so the page stays responsive; where a
 * browser has no workers, the same engine runs on the page instead.
 */
import type { SearchOutcome } from '~/engine/search';
import type { SearchReply, SearchRequest } from './search-protocol';
import { INDEX_URL } from './search-protocol';
import { href } from '~/lib/url';

/** A ready search: call it with what the learner typed. */
export type RunSearch = (input: string, limit: number) => Promise<SearchOutcome>;

/** Runs searches in the worker; each request waits for the reply with its own id. */
function inWorker(): RunSearch {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (o: SearchOutcome) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(reply.outcome);
    else pending.reject(new Error(reply.error));
  };
  worker.onerror = () => {
    // The worker script itself failed: fail what waits, and let the next search start afresh.
    for (const pending of waiting.values()) pending.reject(new Error('search worker failed'));
    waiting.clear();
    started = null;
    worker.terminate();
  };
  return (input, limit) =>
    new Promise((resolve, reject) => {
      const request: SearchRequest = { id: nextId++, input, limit };
      waiting.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
}

/** The same search on the page, for browsers without module workers. */
async function onPage(): Promise<RunSearch> {
  // lunr and the Dutch stemmer come in their own chunk, so pages without a search never load them.
  const [response, engine] = await Promise.all([fetch(INDEX_URL), import('~/engine/search/lazy')]);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const loaded = engine.loadSearchData(await response.json());
  return async (input, limit) => engine.search(loaded, input, limit);
}

let started: Promise<RunSearch> | null = null;

/** The search function, starting the worker (or loading the index) the first time; a failed start may be retried. */
export function loadSearch(): Promise<RunSearch> {
  if (!started) {
    started = typeof Worker === 'function' ? Promise.resolve(inWorker()) : onPage();
    started.catch(() => {
      started = null;
    });
  }
  return started;
}

/** The URL of the full results page for a query. */
export function resultsUrl(query: string): string {
  return href(`/zoeken/?q=${encodeURIComponent(query.trim())}`);
}
