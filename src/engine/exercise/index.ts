/** The recording exercise (vastleggen): categories, scoring and wording. */
export * from './recording';
