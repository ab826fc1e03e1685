/** Scoring a run: the weights, the maximum over all paths and the score of one run. */
export * from './weights';
export * from './max-score';
export * from './best';
export * from './score';
