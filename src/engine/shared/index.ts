/** Shared by every feature: Dutch wording helpers, paragraphs of text, seeded randomness. */
export * from './dutch';
export * from './paragraphs';
export * from './random';
export * from './meldcode';
export * from './record';
