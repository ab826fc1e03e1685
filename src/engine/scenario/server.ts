/**
 * The case engine at build time (and in tests): reading a case file (YAML, zod schema)
 * and the rule catalogue. Never import this from browser code: zod breaks the CSP there.
 */
export * from './load';
export * from './rules-parse';
