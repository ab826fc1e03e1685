/**
 * The questions of "Kan ik informatie delen?" in Dutch, with their answer
 * options and a link to where the reference explains them. The walk itself is
 * in advice.ts.
 */
import type { ConsentRule } from '../consent';
import type { ShareAnswers, StepKey } from './model';

/** A choice the learner can make; `value` is what goes into ShareAnswers. */
export interface ShareOption<V extends string = string> {
  value: V;
  label: string;
}

export interface ShareQuestion {
  /** Where in the step-plan this is, e.g. "Vraag 1 van 6: grondslag". */
  stage: string;
  /** The question as the learner reads it. */
  question: string;
  /** Short help: definitions or checks that belong to the question. */
  help: string[];
  /** The options; empty for the age question, which takes a number. */
  options: ShareOption[];
  /** Where the reference explains the question. */
  href: string;
}

/** Who must consent, as the object of a sentence ("van ... "). */
export function consentHolders(rule: ConsentRule | null): string {
  if (!rule) return 'de ouders en/of het kind';
  if (rule.parents && rule.child) return 'de ouders met gezag (of de voogd) én het kind';
  if (rule.parents) return 'de ouders met gezag (of de voogd)';
  return 'de jongere zelf';
}

const STAPPENPLAN = '/privacy/stappenplan/';

/**
 * The options of a question as written here: answer value → label, in the order shown (JavaScript keeps the
 * order of keys that are not integers, and no answer value is). The compiler checks that every value has a label.
 */
type OptionLabels<V extends string> = { [K in V]: string };

/** A question as written here; questionFor turns its options into the ShareOption list. */
type QuestionText<V extends string> = Omit<ShareQuestion, 'options'> & { options: OptionLabels<V> };

/** The answers to "do you have a beroepsgeheim?", asked when Veilig Thuis asks (vtSecret) and at step 6 (confidentiality). */
const BEROEPSGEHEIM_OPTIONS: OptionLabels<'ja' | 'nee' | 'weet-niet'> = {
  ja: 'Ja',
  nee: 'Nee',
  'weet-niet': 'Ik weet het niet',
};

/** Every question but consent, whose wording depends on who must consent; the age question has no options (it takes a number). */
type Questions = { [K in Exclude<StepKey, 'consent'>]: QuestionText<NonNullable<ShareAnswers[K]> & string> };

const QUESTIONS: Questions = {
  situation: {
    stage: 'Voor je begint',
    question: 'Wat wil je doen met de informatie?',
    help: ['Anoniem advies vragen mag altijd, zonder toestemming. Daarvoor hoef je dit stappenplan niet te doorlopen.'],
    options: {
      overleggen: 'Delen met een andere professional, bijvoorbeeld om hulp af te stemmen',
      melden: 'Een melding doen bij Veilig Thuis',
      'veilig-thuis-vraagt': 'Veilig Thuis doet onderzoek na een melding en vraagt mij om informatie',
    },
    href: '/privacy/toestemming/',
  },
  vtSecret: {
    stage: 'Veilig Thuis vraagt om informatie',
    question: 'Heb je een beroepsgeheim (geheimhoudingsplicht)?',
    help: [
      'Bijvoorbeeld artsen, psychologen en jeugdhulpverleners hebben dat.',
      'Veilig Thuis heeft voor dit onderzoek geen toestemming van de ouders nodig. Veilig Thuis vertelt de ouders vooraf wie het gaat benaderen.',
    ],
    options: BEROEPSGEHEIM_OPTIONS,
    href: '/privacy/toestemming/#als-veilig-thuis-jou-om-informatie-vraagt',
  },
  age: {
    stage: 'Vraag 1 van 6: grondslag – de leeftijd van het kind',
    question: 'Hoe oud is het kind?',
    help: ['De leeftijd bepaalt wie toestemming geeft: onder de 12 de ouders, van 12 tot 16 de ouders én het kind, vanaf 16 de jongere zelf.'],
    options: {},
    href: '/privacy/toestemming/',
  },
  grondslag: {
    stage: 'Vraag 1 van 6: grondslag – een andere reden dan toestemming',
    question: 'Is er een andere grondslag om te delen, zonder toestemming?',
    help: [
      'Een grondslag is een reden die de wet goed vindt om informatie te delen.',
      'Augeo Magazine noemt twee uitzonderingen voor overleg zonder toestemming: goed hulpverlenerschap en een conflict van plichten.',
      'Twijfel je? Vraag de privacydeskundige van je organisatie.',
    ],
    options: {
      ots: 'Ja: het kind staat onder toezicht (OTS), en de gezinsvoogd heeft deze informatie nodig voor de OTS',
      'goed-hulpverlenerschap': 'Ja: ik kan uitleggen dat ik het kind schaad als ik niet overleg, bijvoorbeeld omdat de hulp niet op gang komt (goed hulpverlenerschap)',
      'conflict-van-plichten': 'Ja: als ik zwijg, schaad ik het kind of een ander (conflict van plichten)',
      'andere-grondslag': 'Misschien: een andere grondslag, zoals een gerechtvaardigd belang of een wettelijke plicht',
      geen: 'Nee, of ik weet het niet',
    },
    href: `${STAPPENPLAN}#1-heb-ik-een-grondslag`,
  },
  purpose: {
    stage: 'Vraag 2 van 6: doel',
    question: 'Is je doel duidelijk?',
    help: [
      'Kun je in één zin zeggen wat je met het delen wilt bereiken? En hoort dat doel bij jouw taak?',
      'Een vaag doel, zoals "iedereen moet het weten", is geen goed doel.',
    ],
    options: {
      ja: 'Ja, mijn doel is duidelijk en hoort bij mijn taak',
      nee: 'Nee, nog niet',
    },
    href: `${STAPPENPLAN}#2-wat-is-mijn-doel`,
  },
  information: {
    stage: 'Vraag 3 van 6: informatie',
    question: 'Weet je welke informatie de ander echt nodig heeft, en deel je alleen dat?',
    help: [
      'Deel alleen wat nodig is voor je doel. Bij een OTS: alleen wat strikt nodig is voor de OTS.',
      'Staat de informatie al in het dossier? Dan hoeft niemand zijn verhaal opnieuw te vertellen.',
    ],
    options: {
      ja: 'Ja, ik deel alleen wat echt nodig is',
      nee: 'Nee, dat weet ik nog niet precies',
    },
    href: `${STAPPENPLAN}#3-welke-informatie-is-echt-nodig`,
  },
  proportionality: {
    stage: 'Vraag 4 van 6: proportionaliteit',
    question: 'Staat het delen in verhouding tot je doel?',
    help: [
      'Delen is altijd een inbreuk op iemands privacy. Die inbreuk moet klein zijn ten opzichte van wat je bereikt.',
      'Draai het om: hoe zou jij het vinden als dit over jouw kind werd gedeeld? Bedenk ook dat de ander het verder kan vertellen.',
    ],
    options: {
      ja: 'Ja, het staat in verhouding',
      nee: 'Nee, het is te veel voor wat ik wil bereiken',
      twijfel: 'Ik twijfel',
    },
    href: `${STAPPENPLAN}#4-is-het-in-verhouding`,
  },
  subsidiarity: {
    stage: 'Vraag 5 van 6: subsidiariteit',
    question: 'Kun je je doel ook op een andere manier bereiken?',
    help: [
      'Anoniem betekent: niemand kan herleiden over welk gezin het gaat. Alleen de namen weglaten is niet genoeg.',
      'Vaak kun je informatie ook aan de ouders of het kind zelf vragen, in plaats van aan een andere professional.',
    ],
    options: {
      anoniem: 'Ja: anoniem advies of overleg is genoeg voor mijn doel',
      'via-client': 'Ja: ik kan het de ouders of het kind zelf vragen',
      nee: 'Nee: alleen door deze informatie te delen bereik ik mijn doel',
    },
    href: `${STAPPENPLAN}#5-kan-het-ook-anders`,
  },
  confidentiality: {
    stage: 'Vraag 6 van 6: geheimhoudingsplicht',
    question: 'Heb je een geheimhoudingsplicht (beroepsgeheim)?',
    help: [
      'Bijvoorbeeld artsen, psychologen en jeugdhulpverleners hebben die. Dan heb je in principe uitdrukkelijke toestemming nodig: de cliënt zegt duidelijk ja.',
    ],
    options: BEROEPSGEHEIM_OPTIONS,
    href: `${STAPPENPLAN}#6-heb-ik-een-geheimhoudingsplicht`,
  },
  informClient: {
    stage: 'Tot slot: de cliënt informeren',
    question: 'Wanneer vertel je de cliënt dat je deelt?',
    help: ['Je vertelt het ook als de cliënt geen toestemming gaf: met wie je deelt, waarom en wat.'],
    options: {
      vooraf: 'Vooraf, voordat ik deel',
      achteraf: 'Zo snel mogelijk achteraf: vooraf kan niet, of het brengt iemands veiligheid in gevaar',
    },
    href: `${STAPPENPLAN}#informeer-ouders-en-kind`,
  },
};

/** The options in the order they are written. */
function optionList(options: Readonly<Record<string, string>>): ShareOption[] {
  return Object.entries(options).map(([value, label]) => ({ value, label }));
}

/** The consent question: it names who must consent (from whoConsents). */
function consentQuestion(consentFrom: ConsentRule | null): QuestionText<NonNullable<ShareAnswers['consent']>> {
  return {
    stage: 'Vraag 1 van 6: grondslag – toestemming',
    question: `Heb je toestemming van ${consentHolders(consentFrom)}?`,
    help: ['Toestemming moet duidelijk zijn: voor deze informatie, aan deze persoon, met dit doel. Niets zeggen is geen toestemming.'],
    options: {
      ja: 'Ja, ik heb duidelijke toestemming',
      'nog-niet': 'Nee, ik heb het nog niet gevraagd',
      geweigerd: 'Nee: ik kreeg geen toestemming, of ik kan het niet vragen',
    },
    href: '/privacy/toestemming/',
  };
}

/** The question for `key`; the consent question names who must consent (from whoConsents). */
export function questionFor(key: StepKey, consentFrom: ConsentRule | null): ShareQuestion {
  const question = key === 'consent' ? consentQuestion(consentFrom) : QUESTIONS[key];
  return { ...question, options: optionList(question.options) };
}

/** Short Dutch label of a chosen option, for the list of answers. */
export function optionLabel(key: StepKey, value: string, consentFrom: ConsentRule | null): string {
  return questionFor(key, consentFrom).options.find((o) => o.value === value)?.label ?? value;
}
