/**
 * Learning paths and the learner's progress: module states, the certificate, the catalogue,
 * the Dutch wording and the progress file (export/import). Resolving the path files is in ./server.ts.
 */
export * from './progress';
export * from './catalog';
export * from './text';
export * from './certificate';
export * from './transfer';
export type * from './validate';
