/** The kinds of search result, with their Dutch labels; tiny on purpose, as the search box bundles it. */

/** What kind of page a result is: a reference section, a case or a quiz question. */
export type SearchKind = 'handelingswijzer' | 'afwegingskader' | 'vastleggen' | 'privacy' | 'veilig-thuis' | 'casus' | 'quiz';

/** Dutch label of each kind, shown with every result. */
export const KIND_LABELS: Record<SearchKind, string> = {
  handelingswijzer: 'Handelingswijzer',
  afwegingskader: 'Afwegingskader',
  vastleggen: 'Vastleggen',
  privacy: 'Privacy',
  'veilig-thuis': 'Veilig Thuis',
  casus: 'Casus',
  quiz: 'Privacytoets',
};
