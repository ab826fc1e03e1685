/** Case versions at build time: hashing a case for the version lock (node:crypto). Never import this from browser code. */
export * from './hash';
