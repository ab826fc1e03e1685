/**
 * The parties "Wie bel ik?" can send you to; the ends of "Wie bel ik?" and the region files both use these ids.
 *
 * Kept apart from `region.ts` on purpose: this module has no zod import, so the browser code of the
 * "Wie bel ik?" can use the ids without bundling zod. Zod tests whether `new Function` works when it builds an
 * object schema, and under the site's CSP (no 'unsafe-eval') that test is reported as a violation.
 */
export const PARTY_IDS = [
  'alarm-112',
  'veilig-thuis',
  'jeugdbeschermer',
  'sociaal-team',
  'ggd-jgz',
  'lichte-ondersteuning',
  'aandachtsfunctionaris',
] as const;

/** Id of a party. */
export type PartyId = (typeof PARTY_IDS)[number];
