/**
 * The Dutch wording of the afwegingskader: the five questions, their definitions
 * and the explanation of every outcome. Kept beside the logic so the tool, the
 * case debrief and the search index all say the same thing.
 */
import type { Decision, DecisionReason, QuestionKey } from './decide';

export interface QuestionText {
  /** Number of the question in the framework (1-5). */
  number: number;
  /** The question as the learner reads it. */
  question: string;
  /** Short help: definitions or checks that belong to the question. */
  help: string[];
  /** Where the reference explains the question. */
  href: string;
}

export const QUESTIONS: Record<QuestionKey, QuestionText> = {
  vermoeden: {
    number: 1,
    question: 'Heb ik, na stap 1 tot en met 4, een vermoeden van huiselijk geweld of kindermishandeling?',
    help: [
      'Kijk naar de signalen die je hebt vastgelegd, het overleg met je collega of Veilig Thuis en het gesprek met kind en ouders.',
      'Nee? Dan sluit je af en leg je dat vast in het dossier.',
    ],
    href: '/afwegingskader/#vraag-1-heb-ik-een-vermoeden',
  },
  acuutOfStructureel: {
    number: 2,
    question: 'Is er sprake van acute of structurele onveiligheid?',
    help: [
      'Acuut: iemand is in direct lichamelijk gevaar en zijn veiligheid is de komende dagen niet zeker. Bijvoorbeeld lichamelijk of seksueel geweld, geen basale verzorging, of onnodige medicijnen of medische zorg.',
      'Een onthulling (disclosure) telt ook als acuut: een kind vraagt jou uit zichzelf om hulp of vertelt over het geweld, ook zonder om hulp te vragen.',
      'Structureel: de onveiligheid of het geweld herhaalt zich of duurt voort.',
    ],
    href: '/afwegingskader/#vraag-2-is-er-acute-of-structurele-onveiligheid',
  },
  hulpMogelijk: {
    number: 3,
    question: 'Kan ik (of kunnen wij) passende hulp bieden of organiseren?',
    help: [
      'Kun je het slachtoffer in veiligheid brengen? Zijn heldere afspraken over veiligheid mogelijk?',
      'Heb je genoeg zicht op wat er vroeger is gebeurd? Voel je je deskundig genoeg, eventueel samen met anderen?',
    ],
    href: '/afwegingskader/#vraag-3-kan-ik-passende-hulp-bieden-of-organiseren',
  },
  hulpAanvaard: {
    number: 4,
    question: 'Werken de betrokkenen mee aan de hulp?',
    help: [
      'Zijn ouders, kind en hun netwerk bereid en in staat om de hulp aan te gaan?',
      'Is ieders doel dat het geweld stopt en de veiligheid herstelt? Is er een plan met doelen en evaluatiemomenten?',
    ],
    href: '/afwegingskader/#vraag-4-werken-de-betrokkenen-mee-aan-de-hulp',
  },
  duurzaamVeilig: {
    number: 5,
    question: 'Leidt de hulp binnen de afgesproken termijn tot duurzame veiligheid?',
    help: [
      'Stopt het geweld binnen de verwachte tijd? Worden de doelen gehaald?',
      'Is het probleem ernstiger dan gedacht, loopt het plan vast, of is andere deskundigheid nodig? Dan is het antwoord nee.',
    ],
    href: '/afwegingskader/#vraag-5-leidt-de-hulp-tot-duurzame-veiligheid',
  },
};

/** Dutch label of each outcome, for headings and badges. */
export const OUTCOME_LABELS: Record<Decision['outcome'], string> = {
  onbeslist: 'Nog niet beslist',
  afsluiten: 'Afsluiten',
  melden: 'Melden bij Veilig Thuis',
  hulp: 'Hulp bieden of organiseren',
};

const REASONS: Record<DecisionReason, string> = {
  'wacht-op-antwoord': 'Beantwoord de volgende vraag.',
  'geen-vermoeden':
    'Je hebt geen vermoeden van huiselijk geweld of kindermishandeling. Je sluit de Meldcode af en legt dat vast in het dossier.',
  'acuut-of-structureel':
    'Bij acute of structurele onveiligheid is melden bij Veilig Thuis altijd nodig. Ook als er al hulp is. De vragen 3 tot en met 5 loop je daarna samen met Veilig Thuis door.',
  'geen-passende-hulp': 'Je kunt zelf geen passende hulp bieden of organiseren. Daarom meld je bij Veilig Thuis.',
  'hulp-niet-aanvaard': 'De betrokkenen werken niet mee aan de hulp. Daarom meld je bij Veilig Thuis.',
  'hulp-gestart':
    'Je biedt of organiseert hulp. Spreek een termijn af en kijk dan met vraag 5 of de hulp tot duurzame veiligheid leidt.',
  'hulp-niet-duurzaam':
    'De hulp leidt niet tot duurzame veiligheid. Daarom meld je (opnieuw) bij Veilig Thuis. De hulp stopt niet: je gaat samen met Veilig Thuis verder.',
  'hulp-duurzaam':
    'De hulp leidt tot duurzame veiligheid. Je gaat door met de hulp en maakt afspraken over hoe jullie de veiligheid blijven volgen.',
  'melding-blijft-staan':
    'Er ligt al een melding bij Veilig Thuis. Je meldt niet opnieuw: de melding blijft staan en Veilig Thuis blijft betrokken. De vragen 3 tot en met 5 loop je samen met Veilig Thuis door.',
  'samen-verder-met-veilig-thuis':
    'De melding blijft staan. Je gaat door met de hulp, samen met Veilig Thuis, en jullie spreken af hoe jullie de veiligheid blijven volgen. Een nieuwe melding is niet nodig.',
  'opnieuw-melden-geen-passende-hulp':
    'Er ligt al een melding, maar je kunt geen passende hulp bieden of organiseren. Daarom meld je opnieuw bij Veilig Thuis. Veilig Thuis neemt dan weer de leiding.',
  'opnieuw-melden-hulp-niet-aanvaard':
    'Er ligt al een melding, maar de betrokkenen werken niet mee aan de hulp. Daarom meld je opnieuw bij Veilig Thuis. Veilig Thuis neemt dan weer de leiding.',
};

/** Explains a decision in plain Dutch, including help offered next to a report and the walk while a report stands. */
export function explainDecision(d: Decision): string {
  const base = REASONS[d.reason];
  if (d.meldingStaat && d.reason === 'geen-vermoeden') {
    return `${base} Er lag al een melding: bespreek je besluit met Veilig Thuis.`;
  }
  if (d.meldingStaat && d.reason === 'hulp-niet-duurzaam') {
    return 'Er ligt al een melding, maar de hulp leidt niet tot duurzame veiligheid. Daarom meld je opnieuw bij Veilig Thuis. De hulp stopt niet: je gaat samen met Veilig Thuis verder.';
  }
  if (d.outcome === 'melden' && d.withVeiligThuis && d.hulpOok && d.reason !== 'hulp-niet-duurzaam') {
    return `${base} Samen met Veilig Thuis kiezen jullie ook voor hulp: melden en hulp bieden gaan dan samen.`;
  }
  return base;
}

/** The two moments of a walk, as the tool and the debrief name them. */
export const MOMENT_LABELS = {
  'eerste-weging': 'Eerste afweging',
  'melding-staat': 'Opnieuw wegen terwijl er al een melding bij Veilig Thuis ligt (of Veilig Thuis droeg het gezin over)',
} as const;

/** How a walk while a report stands differs from the first walk, in plain Dutch. */
export const MELDING_STAAT_UITLEG = [
  'Ligt er al een melding bij Veilig Thuis, of heeft Veilig Thuis het gezin aan jou overgedragen? Dan weeg je opnieuw, maar anders dan de eerste keer.',
  'Is er nog steeds acute of structurele onveiligheid (vraag 2 ja)? Dan meld je niet opnieuw. De melding blijft staan en Veilig Thuis blijft betrokken. Je loopt de vragen 3 tot en met 5 samen met Veilig Thuis door.',
  'Opnieuw melden is een eigen besluit: als je geen passende hulp kunt bieden, als de betrokkenen niet meewerken of als de hulp niet tot duurzame veiligheid leidt.',
];

/** Reminder shown with every report: a report is not an end point. */
export const MELDEN_IS_GEEN_EINDPUNT =
  'Een melding is geen eindpunt. Je blijft betrokken bij het kind en bespreekt met Veilig Thuis wat jij zelf nog kunt doen.';
