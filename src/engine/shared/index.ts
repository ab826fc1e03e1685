/** Shared by every feature: Dutch wording helpers, paragraphs of text, seeded randomness, the Meldcode steps, record checks, counting done out of total. */
export * from './dutch';
export * from './paragraphs';
export * from './random';
export * from './meldcode';
export * from './record';
export * from './tally';
