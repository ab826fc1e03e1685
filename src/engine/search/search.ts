/**
 * Querying the site search. The learner's text is never handed to lunr's query
 * parser: it is split into plain words and turned into clauses with lunr's query
 * builder, so characters like * : ~ ^ + - can never cause a parse error.
 */
import type lunr from 'lunr';
import type { SearchData, StoredDoc } from './build-index.ts';
import { dutchLunr, stem } from './lunr-nl.ts';
import { type Segment, highlight, matcherFor, snippet } from './snippet.ts';
import { SEARCH_WEIGHTS } from './weights.ts';

/** A loaded index with its documents, ready to query. */
export interface LoadedSearch {
  index: lunr.Index;
  docs: StoredDoc[];
}

export interface SearchResult {
  doc: StoredDoc;
  score: number;
  /** The section title with matched words marked (the page title when there is no section). */
  title: Segment[];
  /** Text around the matches, with matched words marked. */
  snippet: Segment[];
}

/** Loads the serialised data of buildSearchData(); throws on a version it does not know. */
export function loadSearchData(data: SearchData): LoadedSearch {
  if (data.version !== 1) throw new Error(`search index: unknown version ${String(data.version)}`);
  const { lunr: l } = dutchLunr();
  return { index: l.Index.load(data.index), docs: data.docs };
}

/** The words of a query: lowercase letters and digits only, deduplicated, capped in length and number. */
export function queryTerms(input: string): string[] {
  const words = input.slice(0, SEARCH_WEIGHTS.maxQueryLength).toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u);
  const terms = words.filter((w) => w.length > 1 || /\d/.test(w));
  return [...new Set(terms)].slice(0, SEARCH_WEIGHTS.maxQueryTerms);
}

/** Runs one lunr query; `fuzzy` is the fallback with one typo allowed. */
function run(index: lunr.Index, terms: readonly string[], fuzzy: boolean): lunr.Index.Result[] {
  const { lunr: l } = dutchLunr();
  return index.query((q) => {
    terms.forEach((term, i) => {
      if (fuzzy) {
        if (term.length >= SEARCH_WEIGHTS.minFuzzyLength) q.term(term, { usePipeline: true, editDistance: 1 });
        return;
      }
      q.term(term, { usePipeline: true, boost: SEARCH_WEIGHTS.exactBoost });
      const typing = i === terms.length - 1 && term.length >= 2;
      if (term.length >= SEARCH_WEIGHTS.minPrefixLength || typing) {
        q.term(term, { usePipeline: false, wildcard: l.Query.wildcard.TRAILING, boost: SEARCH_WEIGHTS.prefixBoost });
      }
    });
  });
}

/** True when lunr matched `term` in a hit, through its stem or (long enough) as a prefix. */
function termMatched(term: string, matchedTerms: readonly string[]): boolean {
  const stemmed = stem(term);
  return matchedTerms.some((k) => k === stemmed || (term.length >= SEARCH_WEIGHTS.minPrefixLength && k.startsWith(term)));
}

/**
 * Reorders hits so a section that matches more of the query words comes first:
 * lunr sums per-word scores, so one frequent word can beat a section that has them all.
 */
function coordinate(hits: lunr.Index.Result[], terms: readonly string[]): lunr.Index.Result[] {
  if (terms.length < 2) return hits;
  return hits
    .map((hit) => {
      const matchedTerms = Object.keys(hit.matchData.metadata);
      const share = terms.filter((t) => termMatched(t, matchedTerms)).length / terms.length;
      return { ...hit, score: hit.score * share ** SEARCH_WEIGHTS.coordinationExponent };
    })
    .sort((a, b) => b.score - a.score);
}

/** What a search found: the total number of hits and the first `limit` results. */
export interface SearchOutcome {
  total: number;
  results: SearchResult[];
}

/** The best results for what the learner typed; no results (never an error) when nothing matches. */
export function search(loaded: LoadedSearch, input: string, limit = 10): SearchOutcome {
  const terms = queryTerms(input);
  if (terms.length === 0) return { total: 0, results: [] };
  let hits: lunr.Index.Result[];
  try {
    hits = coordinate(run(loaded.index, terms, false), terms);
    if (hits.length === 0) hits = run(loaded.index, terms, true);
  } catch {
    return { total: 0, results: [] }; // defensive: the builder API should not throw, but a search box must never break the page
  }
  const matches = matcherFor(terms);
  const results: SearchResult[] = [];
  for (const hit of hits.slice(0, limit)) {
    const doc = loaded.docs[Number(hit.ref)];
    if (!doc) continue;
    results.push({ doc, score: hit.score, title: highlight(doc.section ?? doc.page, matches), snippet: snippet(doc.text, matches) });
  }
  return { total: hits.length, results };
}
