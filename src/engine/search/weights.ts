/**
 * The scoring weights of the site search, in one place. lunr multiplies a field's
 * BM25 score by its boost and a clause's score by the clause boost.
 */

/** A privacy-test question asks about what a reference section explains; the section itself should come first. */
export const QUIZ_DOC_BOOST = 0.5;

/** A word in the section heading says most about what the section is about. */
export const HEADING_BOOST = 6;
/** A word in the page title: every section of that page is about it, but less sharply than its own heading. */
export const PAGE_BOOST = 3;
/** The section text itself: the baseline. */
export const TEXT_BOOST = 1;

/** A whole word that stems to the same stem as the query word: what the learner meant. */
export const EXACT_BOOST = 10;
/** A word that starts with what was typed: helps while typing ("verwijs" → Verwijsindex), but weaker. */
export const PREFIX_BOOST = 1;
/** Prefix matching only from this many letters, so "de" does not match half the site. */
export const MIN_PREFIX_LENGTH = 3;
/** A section's score is multiplied by (share of query words it matches) to this power: all words beat one word many times. */
export const COORDINATION_EXPONENT = 2;
/** Fuzzy matching (one typo) is a fallback when nothing matched, for words of at least this length. */
export const MIN_FUZZY_LENGTH = 5;

/** Only the first characters of a query count: a 1,000-character paste is cut, not an error. */
export const MAX_QUERY_LENGTH = 200;
/** Only the first words of a query count, so a long query stays fast. */
export const MAX_QUERY_TERMS = 12;
/** Characters of text around the matches in a result's snippet. */
export const SNIPPET_LENGTH = 180;
