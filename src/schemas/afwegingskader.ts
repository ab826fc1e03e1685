/**
 * The five questions and the two moments of the afwegingskader, without zod, so the
 * engine (src/engine/afwegingskader/decide.ts) and the browser can use them: zod in an
 * island breaks the CSP (see docs/hosting.md). src/schemas/scenario.ts re-exports them
 * for the case files.
 */

/** The five questions in the order the framework asks them, by their key in AfwegingAnswers. */
export const QUESTION_KEYS = ['vermoeden', 'acuutOfStructureel', 'hulpMogelijk', 'hulpAanvaard', 'duurzaamVeilig'] as const;

/** The moments a walk can have: the first one, or while a report to Veilig Thuis stands. */
export const MOMENT_CONTEXTS = ['eerste-weging', 'melding-staat'] as const;
