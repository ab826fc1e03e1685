/**
 * The work settings of the cases, without zod, so browser code ("Wie bel ik?") can use
 * them: zod in an island breaks the CSP (see docs/hosting.md). src/schemas/scenario.ts re-exports it.
 */
/** Settings a case can play in; learning paths and the case list filter on these. */
export const SETTINGS = [
  'basisschool',
  'voortgezet-onderwijs',
  'kinderopvang',
  'verloskunde-kraamzorg',
  'jgz-wijkteam',
  'jongerenwerk-leerplicht',
  'mbo',
] as const;
