/**
 * Dutch wording of the step-plan "Kan ik informatie delen?": the reasons and
 * next steps per advice, and one line per answered question. The questions
 * themselves are in share-advice-questions.ts.
 */
import { explainConsent } from './privacy';
import type { AdviceRule, ShareAnswers, StepKey } from './share-advice';

/** Dutch label of each advice, for headings. */
export const ADVICE_LABELS = {
  delen: 'Je mag delen',
  'delen-na-toestemming': 'Delen na toestemming',
  'eerst-anoniem-advies': 'Vraag eerst anoniem advies',
  'niet-delen': 'Deel (nog) niet',
  onbeslist: 'Nog geen advies',
  meldcode: 'Volg de Meldcode',
} as const;

interface AdviceText {
  /** Why the advice follows, in one or two sentences. */
  why: string;
  /** What to do now. */
  next: string;
}

const ANONIEM_NEXT =
  'Vraag advies zonder dat iemand het gezin kan herkennen: bij je aandachtsfunctionaris, de privacydeskundige van je organisatie of Veilig Thuis (0800-2000). Namen weglaten is niet genoeg: ook school, wijk of een bijzondere gebeurtenis kunnen het gezin verraden.';

/** Why and what next, per rule of share-advice.ts. */
export const ADVICE_TEXT: Record<AdviceRule, AdviceText> = {
  'wacht-op-antwoord': { why: 'Beantwoord de volgende vraag.', next: '' },
  melding: {
    why: 'Voor een melding bij Veilig Thuis heb je geen toestemming nodig. Dit stappenplan is daar niet voor bedoeld.',
    next: 'Volg de stappen van de Meldcode en gebruik het afwegingskader. Bespreek de melding vooraf met de ouders en, als dat kan, met het kind, behalve als dat iemands veiligheid in gevaar brengt.',
  },
  'geen-grondslag': {
    why: 'Je hebt geen toestemming en geen andere grondslag. Zonder grondslag deel je geen informatie.',
    next: `Ga in gesprek met de ouders en het kind over hun bezwaren. Anoniem advies vragen mag altijd. Maak je je zorgen over de veiligheid van het kind? Volg dan de Meldcode: daarvoor is geen toestemming nodig.`,
  },
  'doel-onduidelijk': {
    why: 'Je doel is nog niet duidelijk. Zonder duidelijk doel kun je niet bepalen wat je mag delen.',
    next: 'Schrijf je doel eerst in één zin op. Past het bij jouw taak? Doorloop het stappenplan dan opnieuw.',
  },
  'informatie-onduidelijk': {
    why: 'Je weet nog niet welke informatie de ander echt nodig heeft. Je deelt alleen wat nodig is voor je doel.',
    next: 'Bepaal eerst welke informatie nodig is, en laat de rest weg. Check ook of de informatie al in het dossier staat.',
  },
  'niet-proportioneel': {
    why: 'Het delen staat niet in verhouding tot je doel. De inbreuk op de privacy is te groot voor wat je ermee bereikt.',
    next: 'Deel niet, of deel veel minder. Kijk of een kleinere stap je doel ook dichterbij brengt.',
  },
  'twijfel-proportioneel': {
    why: 'Je twijfelt of het delen in verhouding staat tot je doel. Overleg dan eerst, zonder dat het gezin herkenbaar is.',
    next: ANONIEM_NEXT,
  },
  'anoniem-kan': {
    why: 'Kan het anoniem, dan kies je die manier. Zo deel je geen persoonsgegevens en heb je geen toestemming nodig.',
    next: ANONIEM_NEXT,
  },
  'via-client': {
    why: 'Je kunt de informatie ook aan de ouders of het kind zelf vragen. Dat kost minder privacy dan het aan een andere professional vragen.',
    next: 'Ga eerst in gesprek met de ouders of het kind. Willen ze iets niet vertellen? Vraag waar ze bang voor zijn.',
  },
  toestemming: {
    why: 'Je hebt toestemming van wie die moet geven, en je bent de andere vragen zorgvuldig langsgegaan.',
    next: 'Deel alleen wat je hebt afgesproken, met wie je hebt afgesproken. Leg je afwegingen vast in het dossier.',
  },
  ots: {
    why: 'Het kind staat onder toezicht (OTS). Informatie die strikt nodig is om de OTS uit te voeren, mag je delen met de gezinsvoogd, ook zonder toestemming.',
    next: 'Deel alleen wat de gezinsvoogd echt nodig heeft voor de OTS. Vertel de ouders en het kind dat je deelt, en leg je afwegingen vast.',
  },
  'wettelijke-plicht': {
    why: 'Een wet verplicht je om deze informatie te geven. Dat is een grondslag, ook zonder toestemming.',
    next: 'Deel alleen wat de wet vraagt. Twijfel je welke wet geldt? Vraag het de privacydeskundige van je organisatie. Vertel de cliënt dat je deelt, en leg je afwegingen vast.',
  },
  'geheim-vraag-toestemming': {
    why: 'Je hebt een geheimhoudingsplicht (of je weet het niet zeker). Dan is uitdrukkelijke toestemming het uitgangspunt. Die heb je nog niet.',
    next: 'Vraag eerst uitdrukkelijk toestemming. Vertel met wie je wilt delen, waarom en wat. Niets zeggen is geen toestemming. Krijg je geen toestemming? Doorloop het stappenplan dan opnieuw.',
  },
  'geheim-conflict-van-plichten': {
    why: 'Je hebt een geheimhoudingsplicht en geen toestemming. Je geheim doorbreken kan alleen bij een conflict van plichten: als zwijgen het kind of een ander schaadt. Dan heb je meestal al een vermoeden van onveiligheid.',
    next: `${ANONIEM_NEXT} Heb je een vermoeden van huiselijk geweld of kindermishandeling? Volg dan de Meldcode.`,
  },
  'vraag-toestemming': {
    why: 'Delen gaat zo veel mogelijk in overleg met de ouders en het kind, en met hun toestemming. Je hebt het nog niet gevraagd.',
    next: 'Vraag eerst toestemming. Vertel met wie je wilt delen, waarom en wat. Krijg je geen toestemming? Doorloop het stappenplan dan opnieuw.',
  },
  'gerechtvaardigd-belang': {
    why: 'Je kreeg geen toestemming, maar je kunt uitleggen dat het kind schade lijdt als je niet overlegt (goed hulpverlenerschap). Dat is een gerechtvaardigd belang.',
    next: 'Deel alleen wat nodig is voor je doel. Vertel de ouders en het kind dat je deelt, ook al gaven ze geen toestemming. Leg je afwegingen vast.',
  },
};

/** What the client must hear when you share without their consent (seed 001, step-plan). */
export const INFORM_CLIENT =
  'Vertel de cliënt dat je informatie deelt, ook als hij of zij geen toestemming gaf: met wie, waarom en wat. Doe dat vóórdat je deelt. Kan dat niet, doe het dan zo snel mogelijk achteraf. Brengt vertellen iemands veiligheid in gevaar? Overleg dan met je aandachtsfunctionaris of Veilig Thuis.';

/** Parents and children may read their file and have their view added (seed 001). */
export const RECORD_REMINDER =
  'Leg je afwegingen vast in het dossier. Ouders en kinderen mogen hun dossier inzien en hun mening laten toevoegen.';

const CONSENT_LINES = {
  ja: 'Je hebt toestemming.',
  'nog-niet': 'Je hebt nog geen toestemming gevraagd.',
  geweigerd: 'Je kreeg geen toestemming, of je kunt die niet vragen.',
} as const;

const LINES: { [K in Exclude<StepKey, 'age' | 'consent'>]: Record<NonNullable<ShareAnswers[K]>, string> } = {
  situation: { overleggen: 'Je wilt informatie delen met een andere professional.', melden: 'Je wilt een melding doen bij Veilig Thuis.' },
  grondslag: {
    ots: 'Grondslag: het kind staat onder toezicht (OTS) en je deelt met de gezinsvoogd.',
    'wettelijke-plicht': 'Grondslag: een wet verplicht je om de informatie te geven.',
    'gerechtvaardigd-belang': 'Grondslag: gerechtvaardigd belang; zonder overleg lijdt het kind schade.',
    geen: 'Je hebt geen andere grondslag dan toestemming.',
  },
  purpose: { ja: 'Je doel is duidelijk en hoort bij je taak.', nee: 'Je doel is nog niet duidelijk.' },
  information: { ja: 'Je deelt alleen de informatie die echt nodig is.', nee: 'Je weet nog niet welke informatie nodig is.' },
  proportionality: {
    ja: 'Het delen staat in verhouding tot je doel.',
    nee: 'Het delen staat niet in verhouding tot je doel.',
    twijfel: 'Je twijfelt of het delen in verhouding staat tot je doel.',
  },
  subsidiarity: {
    anoniem: 'Je doel kan ook anoniem worden bereikt.',
    'via-client': 'Je kunt de informatie ook aan de ouders of het kind zelf vragen.',
    nee: 'Je doel kan niet anoniem of op een andere manier worden bereikt.',
  },
  confidentiality: {
    ja: 'Je hebt een geheimhoudingsplicht.',
    nee: 'Je hebt geen geheimhoudingsplicht.',
    'weet-niet': 'Je weet niet of je een geheimhoudingsplicht hebt; je gaat ervan uit dat je die hebt.',
  },
  informClient: {
    vooraf: 'Je vertelt de cliënt vooraf dat je deelt.',
    achteraf: 'Je vertelt de cliënt zo snel mogelijk achteraf dat je deelt, omdat het vooraf niet kan of iemands veiligheid in gevaar brengt.',
  },
};

/** One Dutch line per used answer, in the order of the walk. */
export function considerations(answers: ShareAnswers, used: readonly StepKey[]): string[] {
  const lines: string[] = [];
  for (const key of used) {
    if (key === 'age') {
      const age = answers.age ?? 0;
      lines.push(`Het kind is ${formatAge(age)}. ${explainConsent(age).who}`);
    } else if (key === 'consent') {
      if (answers.consent) lines.push(CONSENT_LINES[answers.consent]);
    } else {
      const value = answers[key];
      const table = LINES[key] as Record<string, string>;
      if (value !== undefined) lines.push(table[value] ?? '');
    }
  }
  return lines.filter((line) => line !== '');
}

/** "14 jaar", "15,5 jaar": Dutch decimal comma. */
export function formatAge(age: number): string {
  return `${String(age).replace('.', ',')} jaar`;
}
