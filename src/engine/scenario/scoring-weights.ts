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
import type { CriticalReason } from '../../schemas/scenario';

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

/**
 * Critical options add no negative points: they fail the case outright (see
 * CRITICAL_FAILS), and a negative score would only make the percentage harder to read.
 * Their own `score` still counts, normally 0.
 */
export const CRITICAL_FAILS = true;

/**
 * Loops of more nodes than this are scored with an upper bound (every node's best option)
 * instead of an exact search over the order of visits, which grows as 2^n. Real cases have
 * loops of two or three nodes; the limit only protects against pathological files.
 */
export const EXACT_LOOP_LIMIT = 12;

/** Dutch labels of the critical reasons, for feedback and the debrief. */
export const CRITICAL_LABELS: Record<CriticalReason, string> = {
  'niet-melden-bij-acute-of-structurele-onveiligheid': 'Niet melden terwijl er acute of structurele onveiligheid is',
  'delen-zonder-grondslag': 'Informatie delen zonder grondslag',
  'gesprek-overslaan-zonder-veiligheidsreden': 'Het gesprek met kind of ouders overslaan zonder veiligheidsreden',
  'geheimhouding-beloven': 'Geheimhouding beloven aan het kind',
  'loslaten-na-melding': 'Het kind loslaten na de melding',
  'kind-in-gevaar-laten': 'Het kind in gevaar laten',
};

/** Why each critical reason fails a case, in Dutch, with the reference page that explains it. */
export const CRITICAL_RULES: Record<CriticalReason, { rule: string; ref: string }> = {
  'niet-melden-bij-acute-of-structurele-onveiligheid': {
    rule: 'Bij acute of structurele onveiligheid is melden bij Veilig Thuis altijd nodig, ook als er al hulp is.',
    ref: '/afwegingskader/#wanneer-is-melden-de-norm',
  },
  'delen-zonder-grondslag': {
    rule: 'Je deelt alleen informatie als daar een grondslag en een doel voor is, en niet meer dan nodig.',
    ref: '/privacy/stappenplan/',
  },
  'gesprek-overslaan-zonder-veiligheidsreden': {
    rule: 'Je slaat het gesprek met kind en ouders alleen over als het iemands veiligheid in gevaar brengt, of als het gezin dan uit beeld raakt.',
    ref: '/handelingswijzer/stap-3/#wanneer-mag-je-het-gesprek-overslaan',
  },
  'geheimhouding-beloven': {
    rule: 'Je belooft een kind nooit dat je iets geheimhoudt. Je vertelt eerlijk wat je met het verhaal gaat doen.',
    ref: '/handelingswijzer/omgaan-met-het-kind/#beloof-nooit-geheimhouding',
  },
  'loslaten-na-melding': {
    rule: 'Een melding is geen eindpunt. Je blijft betrokken bij het kind.',
    ref: '/afwegingskader/#een-melding-is-geen-eindpunt',
  },
  'kind-in-gevaar-laten': {
    rule: 'Is een kind in direct gevaar, dan zorg je eerst voor zijn veiligheid. Bel zo nodig 112.',
    ref: '/handelingswijzer/welke-partij/',
  },
};
