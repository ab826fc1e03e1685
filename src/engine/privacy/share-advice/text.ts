/**
 * Dutch wording of the step-plan "Kan ik informatie delen?": the reasons and
 * next steps per advice, and one line per answered question. The questions
 * themselves are in questions.ts.
 */
import { explainConsent } from '../consent';
import type { AdviceRule, ShareAnswers, StepKey } from './model';

/** Dutch label of each advice, for headings. */
export const ADVICE_LABELS = {
  delen: 'Je mag delen',
  'overleg-uitzondering': 'Overleggen mag, als uitzondering',
  'veilig-thuis': 'Je mag Veilig Thuis informatie geven',
  'vraag-privacydeskundige': 'Vraag eerst je privacydeskundige',
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
  /** Ids of the rules in content/rules.yaml the advice rests on. */
  rules: readonly string[];
}

const ANONIEM_NEXT =
  'Vraag advies zonder dat iemand het gezin kan herkennen: bij je aandachtsfunctionaris, de privacydeskundige van je organisatie of Veilig Thuis (0800-2000). Namen weglaten is niet genoeg: ook school, wijk of een bijzondere gebeurtenis kunnen het gezin verraden.';

/** The one wording of when the talk before a report may be skipped (seed 003 alone adds the second reason). */
export const SKIP_TALK =
  'Dat gesprek sla je alleen over als het iemands veiligheid in gevaar brengt. Volgens de schoolroute uit Parkstad ook als je goede redenen hebt om te denken dat het gezin dan het contact verbreekt en uit beeld raakt.';

const TWO_EXCEPTIONS =
  'Augeo Magazine noemt twee uitzonderingen voor overleg zonder toestemming: goed hulpverlenerschap en een conflict van plichten.';

/** Why and what next, per rule of share-advice.ts, with the catalogue rules behind it. */
export const ADVICE_TEXT: Record<AdviceRule, AdviceText> = {
  'wacht-op-antwoord': { why: 'Beantwoord de volgende vraag.', next: '', rules: [] },
  melding: {
    why: 'Voor een melding bij Veilig Thuis heb je geen toestemming nodig. Dit stappenplan is daar niet voor bedoeld.',
    next: `Volg de stappen van de Meldcode en gebruik het afwegingskader. Bespreek de melding vooraf met de ouders en, als dat kan, met het kind. ${SKIP_TALK}`,
    rules: ['gesprek-voor-melding'],
  },
  'veilig-thuis-onderzoek': {
    why: 'Veilig Thuis doet onderzoek na een melding en vraagt jou om informatie. Daarvoor heeft Veilig Thuis geen toestemming van de ouders nodig. Veilig Thuis vertelt de ouders vooraf wie het gaat benaderen. Je mag geven wat nodig is voor het onderzoek, maar je bent het niet verplicht: je maakt je eigen afweging.',
    next: 'Geef alleen wat Veilig Thuis nodig heeft voor het onderzoek: wat je zelf zag en hoorde, met datum. Bespreek vooraf met de ouders wat je gaat vertellen, en met het kind als het ouder is dan 12. Augeo Magazine vraagt dat van de huisarts; voor jou is het goede praktijk, zodat niets achter hun rug om gebeurt. Leg vast wat je hebt verteld.',
    rules: ['veilig-thuis-vraagt-informatie'],
  },
  'veilig-thuis-onderzoek-geheim': {
    why: 'Veilig Thuis doet onderzoek na een melding en vraagt jou om informatie. Daarvoor heeft Veilig Thuis geen toestemming van de ouders nodig, en het vertelt de ouders vooraf wie het gaat benaderen. Ook met een beroepsgeheim mag je geven wat nodig is om het vermoeden van kindermishandeling te onderzoeken. Augeo Magazine legt dat uit met de huisarts als voorbeeld. Je bent het niet verplicht: je maakt je eigen afweging.',
    next: 'Twijfel je? Overleg dan met een vertrouwensarts: een arts die bij Veilig Thuis werkt. Bespreek vooraf met de ouders wat je gaat vertellen, en met het kind als het ouder is dan 12. Geef alleen wat nodig is voor het onderzoek, en leg vast wat je hebt verteld.',
    rules: ['veilig-thuis-vraagt-informatie'],
  },
  'geen-grondslag': {
    why: 'Je hebt geen toestemming en geen andere grondslag. Zonder grondslag deel je geen informatie.',
    next: `Ga in gesprek met de ouders en het kind over hun bezwaren. Anoniem advies vragen mag altijd. Maak je je zorgen over de veiligheid van het kind? Volg dan de Meldcode: daarvoor is geen toestemming nodig.`,
    rules: ['delen-zonder-grondslag', 'toestemming-voor-overleg'],
  },
  'conflict-van-plichten': {
    why: 'Als je zwijgt, schaad je het kind of een ander. Augeo Magazine noemt dat een conflict van plichten. Dan heb je al een vermoeden van onveiligheid, en volg je de stappen van de Meldcode. Daarvoor heb je geen toestemming van het gezin nodig.',
    next: 'Volg de Meldcode: leg je signalen vast, overleg met je aandachtsfunctionaris en vraag advies aan Veilig Thuis (0800-2000). In stap 4 en 5 gebruik je het afwegingskader.',
    rules: ['uitzonderingen-overleg-zonder-toestemming', 'gesprek-voor-melding'],
  },
  'andere-grondslag': {
    why: 'Je denkt aan een andere grondslag uit de privacywet, zoals een gerechtvaardigd belang of een wettelijke plicht. Of die voor jou geldt, is een juridische vraag. De bronnen van deze site beantwoorden die niet.',
    next: `Vraag de privacydeskundige of de functionaris gegevensbescherming (FG) van je organisatie of je die grondslag hebt, voordat je deelt. Ondertussen kun je toestemming vragen. Anoniem advies vragen mag altijd. ${TWO_EXCEPTIONS}`,
    rules: ['delen-zonder-grondslag'],
  },
  'doel-onduidelijk': {
    why: 'Je doel is nog niet duidelijk. Zonder duidelijk doel kun je niet bepalen wat je mag delen.',
    next: 'Schrijf je doel eerst in één zin op. Past het bij jouw taak? Doorloop het stappenplan dan opnieuw.',
    rules: ['delen-zonder-grondslag'],
  },
  'informatie-onduidelijk': {
    why: 'Je weet nog niet welke informatie de ander echt nodig heeft. Je deelt alleen wat nodig is voor je doel.',
    next: 'Bepaal eerst welke informatie nodig is, en laat de rest weg. Check ook of de informatie al in het dossier staat.',
    rules: ['delen-zonder-grondslag'],
  },
  'niet-proportioneel': {
    why: 'Het delen staat niet in verhouding tot je doel. De inbreuk op de privacy is te groot voor wat je ermee bereikt.',
    next: 'Deel niet, of deel veel minder. Kijk of een kleinere stap je doel ook dichterbij brengt.',
    rules: ['delen-zonder-grondslag'],
  },
  'twijfel-proportioneel': {
    why: 'Je twijfelt of het delen in verhouding staat tot je doel. Overleg dan eerst, zonder dat het gezin herkenbaar is.',
    next: ANONIEM_NEXT,
    rules: ['anoniem-is-onherkenbaar', 'delen-zonder-grondslag'],
  },
  'anoniem-kan': {
    why: 'Kan het anoniem, dan kies je die manier. Zo deel je geen persoonsgegevens en heb je geen toestemming nodig.',
    next: ANONIEM_NEXT,
    rules: ['anoniem-is-onherkenbaar', 'delen-zonder-grondslag'],
  },
  'via-client': {
    why: 'Je kunt de informatie ook aan de ouders of het kind zelf vragen. Dat kost minder privacy dan het aan een andere professional vragen.',
    next: 'Ga eerst in gesprek met de ouders of het kind. Willen ze iets niet vertellen? Vraag waar ze bang voor zijn.',
    rules: ['delen-zonder-grondslag'],
  },
  toestemming: {
    why: 'Je hebt toestemming van wie die moet geven, en je bent de andere vragen zorgvuldig langsgegaan.',
    next: 'Deel alleen wat je hebt afgesproken, met wie je hebt afgesproken. Leg je afwegingen vast in het dossier.',
    rules: ['toestemming-voor-overleg'],
  },
  ots: {
    why: 'Het kind staat onder toezicht (OTS). Augeo Magazine zegt: informatie die strikt nodig is om de OTS uit te voeren, mag je met de gezinsvoogd delen, ook zonder toestemming. In één voorbeeld moet het zelfs. Het verschil tussen mag, moet en een wettelijke plicht lees je bij toestemming.',
    next: 'Deel alleen wat de gezinsvoogd echt nodig heeft voor de OTS. Vertel de ouders en het kind dat je deelt, en leg je afwegingen vast.',
    rules: ['ots-strikt-nodige-informatie', 'informeren-voor-delen'],
  },
  'geheim-vraag-toestemming': {
    why: 'Je hebt een geheimhoudingsplicht (of je weet het niet zeker). Dan is uitdrukkelijke toestemming het uitgangspunt. Die heb je nog niet.',
    next: 'Vraag eerst uitdrukkelijk toestemming. Vertel met wie je wilt delen, waarom en wat. Niets zeggen is geen toestemming. Krijg je geen toestemming? Doorloop het stappenplan dan opnieuw.',
    rules: ['uitdrukkelijke-toestemming-bij-beroepsgeheim'],
  },
  'vraag-toestemming': {
    why: 'Delen gaat zo veel mogelijk in overleg met de ouders en het kind, en met hun toestemming. Je hebt het nog niet gevraagd.',
    next: 'Vraag eerst toestemming. Vertel met wie je wilt delen, waarom en wat. Krijg je geen toestemming? Doorloop het stappenplan dan opnieuw.',
    rules: ['toestemming-voor-overleg'],
  },
  'goed-hulpverlenerschap': {
    why: 'Je kreeg geen toestemming. Augeo Magazine noemt voor overleg dan een uitzondering: goed hulpverlenerschap. Je kunt uitleggen dat je het kind schaadt als je níet overlegt, bijvoorbeeld omdat de hulp niet op gang komt. Dat is iets anders dan een gerechtvaardigd belang uit de privacywet.',
    next: 'Overleg alleen over wat nodig is voor je doel, met wie het nodig heeft. Schrijf op waarom je het kind schaadt als je niet overlegt. Vertel de ouders en het kind dat je overlegt, ook al gaven ze geen toestemming. Twijfel je of de uitzondering past? Vraag het de privacydeskundige van je organisatie.',
    rules: ['uitzonderingen-overleg-zonder-toestemming', 'informeren-voor-delen'],
  },
  'geheim-goed-hulpverlenerschap': {
    why: 'Je hebt een geheimhoudingsplicht en geen toestemming. Dan is uitdrukkelijke toestemming het uitgangspunt. Of goed hulpverlenerschap genoeg is om je geheimhoudingsplicht te doorbreken, zeggen de bronnen niet.',
    next: `${ANONIEM_NEXT} Vraag ook de privacydeskundige van je organisatie. Schaad je het kind of een ander als je zwijgt? Dan is het een conflict van plichten: volg de Meldcode.`,
    rules: ['uitdrukkelijke-toestemming-bij-beroepsgeheim', 'anoniem-is-onherkenbaar'],
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
  situation: {
    overleggen: 'Je wilt informatie delen met een andere professional.',
    melden: 'Je wilt een melding doen bij Veilig Thuis.',
    'veilig-thuis-vraagt': 'Veilig Thuis doet onderzoek na een melding en vraagt jou om informatie.',
  },
  vtSecret: {
    ja: 'Je hebt een beroepsgeheim.',
    nee: 'Je hebt geen beroepsgeheim.',
    'weet-niet': 'Je weet niet of je een beroepsgeheim hebt; je gaat ervan uit dat je het hebt.',
  },
  grondslag: {
    ots: 'Het kind staat onder toezicht (OTS) en je deelt met de gezinsvoogd wat strikt nodig is voor de OTS.',
    'goed-hulpverlenerschap': 'Goed hulpverlenerschap: je kunt uitleggen dat je het kind schaadt als je niet overlegt.',
    'conflict-van-plichten': 'Conflict van plichten: als je zwijgt, schaad je het kind of een ander.',
    'andere-grondslag': 'Je denkt aan een andere grondslag, zoals een gerechtvaardigd belang of een wettelijke plicht.',
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
