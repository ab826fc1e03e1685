/**
 * The search runs in this Web Worker, so loading the index (parsing ~0.5 MB of JSON and
 * rebuilding lunr's index) never blocks typing, scrolling or the first paint of a page.
 * It fetches the index on its first request and answers each request with a plain,
 * cloneable SearchOutcome. Protocol: search-protocol.ts.
 */
import { type LoadedSearch, loadSearchData, search } from '~/engine/search/lazy';
import type { SearchReply, SearchRequest } from './search-protocol';
import { INDEX_URL } from './search-protocol';

/** The parts of the worker scope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchReply): void;
}
const scope = self as unknown as WorkerScope;

let loading: Promise<LoadedSearch> | null = null;

async function loadIndex(): Promise<LoadedSearch> {
  const response = await fetch(INDEX_URL);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  return loadSearchData(await response.json());
}

/** The loaded index; a failed load is forgotten so the next request tries again. */
function index(): Promise<LoadedSearch> {
  if (!loading) {
    loading = loadIndex();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

scope.onmessage = (event) => {
  const { id, input, limit } = event.data;
  index().then(
    (loaded) => scope.postMessage({ id, ok: true, outcome: search(loaded, input, limit) }),
    (error: unknown) => scope.postMessage({ id, ok: false, error: String(error) }),
  );
};
