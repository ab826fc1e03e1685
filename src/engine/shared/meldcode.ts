/** The five steps of the Meldcode, as the site names and links them. */

/** A step of the Meldcode by its number. */
export type MeldcodeStep = 1 | 2 | 3 | 4 | 5;

/** A step as the site shows it. */
export interface MeldcodeStepInfo {
  /** Step number, 1-5. */
  number: MeldcodeStep;
  /** Short Dutch title. */
  title: string;
  /** One line on what the step is about. */
  summary: string;
  /** The reference page of the step. */
  href: string;
}

export const MELDCODE_STEPS: readonly MeldcodeStepInfo[] = [
  { number: 1, title: 'Breng signalen in kaart', summary: 'Kijk goed en leg feitelijk vast wat je ziet en hoort.', href: '/handelingswijzer/stap-1/' },
  { number: 2, title: 'Overleg met een collega', summary: 'Bespreek je zorgen met de aandachtsfunctionaris. Vraag eventueel advies aan Veilig Thuis.', href: '/handelingswijzer/stap-2/' },
  { number: 3, title: 'Ga in gesprek', summary: 'Praat met het kind en met de ouders over wat je ziet.', href: '/handelingswijzer/stap-3/' },
  { number: 4, title: 'Weeg het geweld', summary: 'Gebruik het afwegingskader. Twijfel je? Vraag Veilig Thuis.', href: '/handelingswijzer/stap-4/' },
  { number: 5, title: 'Beslis', summary: 'Is melden nodig? Kun je (ook) hulp bieden of organiseren?', href: '/handelingswijzer/stap-5/' },
];
