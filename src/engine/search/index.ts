/**
 * Site search in the browser, its small static face: the kinds of result and their labels,
 * and the types of a result. The query engine (lunr) is loaded lazily from ./lazy.ts;
 * building the index is in ./server.ts.
 */
export * from './kinds.ts';
export type * from './search.ts';
export type * from './snippet.ts';
