/** The afwegingskader: decide(), its Dutch wording, the URL form of a walk and stepping through it. */
export * from './decide';
export * from './text';
export * from './url';
export * from './walk';
