/** The content changelog ("Wat is er veranderd"): the shape of an entry. Parsing (yaml, zod) is in ./server.ts. */
export type { Change } from '../../schemas/changelog';
