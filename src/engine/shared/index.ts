/** Shared by every feature: Dutch wording helpers, seeded randomness. */
export * from './dutch';
export * from './random';
export * from './meldcode';
export * from './record';
