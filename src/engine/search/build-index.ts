/**
 * Builds the serialised search data at build time: the lunr index (Dutch pipeline)
 * plus the documents a result needs to show itself. The browser loads it with
 * loadSearchData() in search.ts.
 */
import type { SearchDoc } from './documents.ts';
import type { SearchKind } from './kinds.ts';
import { dutchLunr } from './lunr-nl.ts';
import { SEARCH_WEIGHTS } from './weights.ts';

/** What a result shows; lunr's ref is the position in `docs`. */
export interface StoredDoc {
  url: string;
  page: string;
  section: string | null;
  kind: SearchKind;
  text: string;
}

/** The JSON the index endpoint emits. Bump `version` when the shape changes. */
export interface SearchData {
  version: 1;
  index: object;
  docs: StoredDoc[];
}

/** Builds the index over `docs`; throws when two documents share an id, as their links would collide. */
export function buildSearchData(docs: readonly SearchDoc[]): SearchData {
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.id)) throw new Error(`search index: two documents share the id "${doc.id}"`);
    seen.add(doc.id);
  }
  const { lunr, nl } = dutchLunr();
  const index = lunr(function () {
    this.use(nl);
    this.ref('ref');
    this.field('page', { boost: SEARCH_WEIGHTS.pageBoost });
    this.field('heading', { boost: SEARCH_WEIGHTS.headingBoost });
    this.field('text', { boost: SEARCH_WEIGHTS.textBoost });
    docs.forEach((doc, i) => {
      const boost = doc.kind === 'quiz' ? SEARCH_WEIGHTS.quizDocBoost : 1;
      this.add({ ref: String(i), page: doc.page, heading: doc.heading, text: doc.text }, { boost });
    });
  });
  return {
    version: 1,
    index: index.toJSON(),
    docs: docs.map(({ url, page, section, kind, text }) => ({ url, page, section, kind, text })),
  };
}
