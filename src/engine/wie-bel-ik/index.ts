/** "Wie bel ik?": the question graph, its ends, the walk through it, and the region's contacts. */
export * from './model';
export * from './graph';
export * from './ends';
export * from './walk';
export * from './region-contacts';
