/** Site search at build time: the documents, their sections and plain text, and the index. */
export * from './build-index.ts';
export * from './documents.ts';
export * from './sections.ts';
export * from './plain-text.ts';
