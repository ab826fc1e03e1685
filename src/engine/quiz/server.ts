/** The quiz bank at build time: validating the topic files (zod). Never import this from browser code. */
export * from './validate';
