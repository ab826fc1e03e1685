/** The content changelog at build time: parsing content/changelog.yaml with its zod schema. */
export * from './parse';
