/** Learning paths at build time: checking the path files against the site (zod schemas). */
export * from './validate';
