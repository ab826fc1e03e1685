/**
 * Privacy rules for sharing information between professionals (seed 001, Augeo
 * Magazine 18): who must consent, by the child's age.
 */

/** Who must consent to an exchange of information between professionals. */
export interface ConsentRule {
  /** The parents with authority (gezag) or the guardian (voogd). */
  parents: boolean;
  /** The child or young person. */
  child: boolean;
}

/** Age from which the child also consents, next to the parents. */
export const CHILD_CONSENTS_FROM = 12;
/** Age from which the young person alone consents. */
export const CHILD_ALONE_FROM = 16;

/** Who must consent for a child of `age` years (fractions allowed); throws a RangeError for a negative, NaN or infinite age. */
export function whoConsents(age: number): ConsentRule {
  if (typeof age !== 'number' || !Number.isFinite(age) || age < 0) {
    throw new RangeError(`whoConsents: age must be a finite number of years of 0 or more, got ${String(age)}`);
  }
  if (age < CHILD_CONSENTS_FROM) return { parents: true, child: false };
  if (age < CHILD_ALONE_FROM) return { parents: true, child: true };
  return { parents: false, child: true };
}

/** Dutch explanation of a consent rule, for the consent helper and the step-plan tool. */
export interface ConsentExplanation {
  /** Who must consent, in one sentence. */
  who: string;
  /** Why: the age boundary that applies. */
  why: string;
}

/** Explains in plain Dutch who must consent for a child of `age` years. */
export function explainConsent(age: number): ConsentExplanation {
  const rule = whoConsents(age);
  if (rule.parents && !rule.child) {
    return {
      who: 'De ouders met gezag, of de voogd, geven toestemming.',
      why: `Het kind is jonger dan ${CHILD_CONSENTS_FROM} jaar. Dan beslissen de ouders met gezag of de voogd.`,
    };
  }
  if (rule.parents && rule.child) {
    return {
      who: 'De ouders met gezag (of de voogd) én het kind geven allebei toestemming.',
      why: `Het kind is ${CHILD_CONSENTS_FROM} jaar of ouder, maar nog geen ${CHILD_ALONE_FROM}. Dan is toestemming van allebei nodig.`,
    };
  }
  return {
    who: 'De jongere geeft zelf toestemming.',
    why: `De jongere is ${CHILD_ALONE_FROM} jaar of ouder. Dan beslist de jongere zelf; de ouders hoeven geen toestemming te geven.`,
  };
}
