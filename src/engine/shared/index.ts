/** Shared by every feature: Dutch wording helpers, seeded randomness, the Meldcode steps, record checks, counting done out of total. */
export * from './dutch';
export * from './random';
export * from './meldcode';
export * from './record';
export * from './tally';
