/**
 * The scoring weights of a case, in one place, each with the reason it has its value.
 * How they combine is in scoring.ts and docs/scenarios.md.
 *
 * Points come from two sources, both counted per node the learner visits:
 * - process points: the option's own `score` (0-3, set by the case writer), counted under
 *   the node's Meldcode step: recording in step 1, consulting a colleague or Veilig Thuis
 *   in step 2, talking with child and parents in step 3, and so on;
 * - afweging points: AFWEGING_MATCH_POINTS when an afweging answer equals the expert key.
 * A node visited twice (a loop such as "ik wacht een week af") is scored on the first visit
 * only, so trying again cannot raise the score and the maximum is well defined.
 */
/**
 * Points for an afwegingskader answer that matches the expert key. Three, the same as the
 * best process choice: the decision weighs as much as the work that leads to it, and with up
 * to five questions against a handful of process choices, the two halves weigh about equally.
 */
export const AFWEGING_MATCH_POINTS = 3;

/**
 * Percentage of the maximum score needed to pass. Seventy leaves room for a few choices
 * that are partly right (score 1 or 2), but not for a wrong chain of decisions, which
 * costs both process and afweging points. Critical errors fail the case whatever the total.
 */
export const PASS_PERCENT = 70;

/*
 * Critical options add no negative points: any critical error fails the case outright
 * (scoreRun), and a negative score would only make the percentage harder to read.
 * Their own `score` still counts, normally 0.
 */

/**
 * Loops of more nodes than this are scored with an upper bound (every node's best option)
 * instead of an exact search over the order of visits, which grows as 2^n. Real cases have
 * loops of two or three nodes; the limit only protects against pathological files.
 */
export const EXACT_LOOP_LIMIT = 12;

// The titles, statements and reference pages of critical errors are in the rule catalogue,
// content/rules.yaml (see rules.ts); a loaded case carries the entries it names.
