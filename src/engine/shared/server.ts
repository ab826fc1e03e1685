/** Shared by the features at build time (and in tests): reading YAML content files with zod. Never import this from browser code. */
export * from './yaml-list';
