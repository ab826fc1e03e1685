/**
 * The case engine, its public face for the browser: play a case step by step, score a run
 * and build its debrief, validate a loaded case. Pure TypeScript: no astro:*, svelte or DOM
 * imports, and nothing that pulls in zod or yaml (reading a case file is in ./server.ts).
 */
export * from './model';
export * from './errors';
export * from './conditions';
export * from './nodes';
export * from './play';
export * from './replay';
export * from './validate';
export * from './rules';
export * from './scoring';
export * from './debrief';
export * from './step-marks';
export * from './text';
export * from './case-graph';
