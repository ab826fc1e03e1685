/**
 * The scoring weights of the site search, in one place. lunr multiplies a field's
 * BM25 score by its boost and a clause's score by the clause boost. One object, each
 * value with its reason; the limits of a query and a snippet are here too.
 */
export const SEARCH_WEIGHTS = {
  /** A privacy-test question asks about what a reference section explains; the section itself should come first. */
  quizDocBoost: 0.5,

  /** A word in the section heading says most about what the section is about. */
  headingBoost: 6,
  /** A word in the page title: every section of that page is about it, but less sharply than its own heading. */
  pageBoost: 3,
  /** The section text itself: the baseline. */
  textBoost: 1,

  /** A whole word that stems to the same stem as the query word: what the learner meant. */
  exactBoost: 10,
  /** A word that starts with what was typed: helps while typing ("verwijs" → Verwijsindex), but weaker. */
  prefixBoost: 1,
  /** Prefix matching only from this many letters, so "de" does not match half the site. */
  minPrefixLength: 3,
  /** A section's score is multiplied by (share of query words it matches) to this power: all words beat one word many times. */
  coordinationExponent: 2,
  /** Fuzzy matching (one typo) is a fallback when nothing matched, for words of at least this length. */
  minFuzzyLength: 5,

  /** Only the first characters of a query count: a 1,000-character paste is cut, not an error. */
  maxQueryLength: 200,
  /** Only the first words of a query count, so a long query stays fast. */
  maxQueryTerms: 12,
  /** Characters of text around the matches in a result's snippet. */
  snippetLength: 180,
} as const;
