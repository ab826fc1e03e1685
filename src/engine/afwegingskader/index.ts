/** The afwegingskader: decide(), its Dutch wording and the URL form of a walk. */
export * from './decide';
export * from './text';
export * from './url';
