/**
 * The ends of "Wie bel ik?": whom you contact, why, what you say, and how the
 * reporting norm still applies. Written from the handelingswijzer Midden-Groningen
 * ("Wanneer leg je met welke partij contact?", "Wat doet Veilig Thuis?", GGD-JGZ),
 * the afwegingskader (a disclosure is acute unsafety) and the school route
 * (reporting, emergencies, the reporter's name). 112 is only for danger to life
 * or the risk of serious injury; other unsafety that needs action now goes to
 * Veilig Thuis (handelingswijzer, "Moet er onmiddellijk ingegrepen worden?").
 */
import type { EndId, WieBelIkEnd } from './model';
import { SKIP_TALK } from '../privacy';

/** The reporting norm as every end that involves another party words it. */
function reportingNorm(evenWhen: string): string {
  return `Let op: bij acute of structurele onveiligheid meld je altijd bij Veilig Thuis, ook ${evenWhen}. Dat is sinds 2019 de norm, wie er ook betrokken is.`;
}

const FACTS = 'Vertel welke signalen je ziet: feitelijk, met datum en plaats. Zeg erbij welke informatie van anderen komt.';
const NAMES_FOR_REPORT = 'Doe je een melding? Noem dan de naam van het kind en het gezin, en je eigen naam en functie.';
const AGREE = 'Spreek af wie wat doet, en wanneer jullie elkaar weer spreken. Leg de afspraken vast in het dossier.';
const NOT_AN_END =
  'Een melding is geen eindpunt. Spreek met Veilig Thuis af wat jij daarna zelf blijft doen voor het kind. Leg de melding en de afspraken vast in het dossier.';

const PAGE = '/handelingswijzer/welke-partij/';
const SHARING = { href: '/privacy/stappenplan/', label: 'Mag ik informatie delen? Het stappenplan' };
const STEP_5 = { href: '/handelingswijzer/stap-5/', label: 'Stap 5: beslis over melden en/of hulp' };
const VEILIG_THUIS = { href: '/veilig-thuis/', label: 'Wat doet Veilig Thuis?' };

/** The ends by id. */
export const ENDS: Record<EndId, WieBelIkEnd> = {
  'kind-vertelde': {
    id: 'kind-vertelde',
    party: 'veilig-thuis',
    alsoShow: ['aandachtsfunctionaris', 'alarm-112'],
    title: 'Een kind vertelde je iets: bel vandaag Veilig Thuis',
    why: [
      'Vertelt een kind jou zelf over geweld of mishandeling, ook zonder om hulp te vragen? Dat heet een onthulling. Het afwegingskader telt een onthulling als acute onveiligheid: het kind zit vaak in een crisis en is bang voor zichzelf of voor iemand thuis.',
      'Bel daarom vandaag Veilig Thuis (0800-2000), voor advies of om te melden. Veilig Thuis is gratis en dag en nacht bereikbaar.',
      'Bel alleen 112 als er nu levensgevaar is of kans op ernstig letsel.',
    ],
    doNow: [
      { text: 'Blijf rustig en luister. Laat het kind in zijn eigen woorden en in zijn eigen tempo vertellen.', practice: true },
      { text: 'Beloof niet dat je het geheimhoudt. Zeg eerlijk dat je hulp gaat vragen aan iemand die het kind kan helpen.', practice: true },
      { text: 'Schrijf zo snel mogelijk letterlijk op wat het kind zei, en wat jij vroeg. Met datum, tijd en plaats.', practice: true },
      { text: 'Bespreek het vandaag met je aandachtsfunctionaris. Moet je daarop wachten? Bel Veilig Thuis dan alvast zelf.', practice: false },
    ],
    whatToSay: [
      'Zeg dat een kind jou vandaag zelf iets heeft verteld.',
      'Vertel wat het kind zei, zo letterlijk als je het hebt opgeschreven.',
      FACTS,
      NAMES_FOR_REPORT,
    ],
    namesMeldcodeStep: true,
    meldcodeReminder: `Bij acute onveiligheid is melden bij Veilig Thuis de norm. Bespreek de melding vooraf met de ouders. ${SKIP_TALK} Veilig Thuis helpt je dat te wegen. ${NOT_AN_END}`,
    links: [
      { href: '/handelingswijzer/omgaan-met-het-kind/', label: 'Omgaan met het kind' },
      { href: '/afwegingskader/', label: 'Het afwegingskader: wat is acute onveiligheid?' },
      VEILIG_THUIS,
    ],
  },
  'bel-112': {
    id: 'bel-112',
    party: 'alarm-112',
    alsoShow: ['veilig-thuis'],
    title: 'Bel 112',
    why: [
      'Er is levensgevaar of kans op ernstig letsel. Bel dan 112 voor politie, brandweer of ambulance.',
      'De politie kan een huisverbod in gang zetten. De pleger moet dan minstens 10 dagen het huis uit.',
    ],
    whatToSay: ['Zeg dat het een noodgeval is.', 'Zeg waar het is en wie er in gevaar is.', 'Zeg wat er nu gebeurt, zo feitelijk mogelijk.'],
    namesMeldcodeStep: false,
    meldcodeReminder:
      'Levensgevaar of kans op ernstig letsel is acute onveiligheid. Meld daarom na het noodgeval ook bij Veilig Thuis (0800-2000). Leg vast wat er gebeurde en wat je deed.',
    links: [{ href: `${PAGE}#1-moet-er-nu-meteen-worden-ingegrepen`, label: 'Wanneer grijp je direct in?' }, VEILIG_THUIS],
  },
  'veilig-thuis-nu': {
    id: 'veilig-thuis-nu',
    party: 'veilig-thuis',
    alsoShow: [],
    title: 'Bel nu Veilig Thuis: 0800-2000',
    why: [
      'Het is niet veilig en er moet direct iets gebeuren, maar er is geen levensgevaar en geen kans op ernstig letsel. Bel dan Veilig Thuis, niet 112. Veilig Thuis is gratis en dag en nacht bereikbaar.',
      'Bij een acute situatie kun je in hetzelfde gesprek advies vragen en meteen een melding doen.',
    ],
    whatToSay: ['Zeg dat je belt over een situatie die nu niet veilig is.', FACTS, NAMES_FOR_REPORT],
    namesMeldcodeStep: true,
    meldcodeReminder: NOT_AN_END,
    links: [VEILIG_THUIS, STEP_5],
  },
  jeugdbeschermer: {
    id: 'jeugdbeschermer',
    party: 'jeugdbeschermer',
    alsoShow: ['veilig-thuis'],
    title: 'Neem contact op met de jeugdbeschermer',
    why: [
      'Er is een jeugdbeschermer bij het gezin. Die heeft de regie in het gedwongen kader en bepaalt of en welke stappen nodig zijn.',
      'Bij een ondertoezichtstelling (OTS) mag je informatie die strikt nodig is met de jeugdbeschermer delen, ook zonder toestemming van de ouders en het kind.',
    ],
    whatToSay: [FACTS, 'Vraag wat de jeugdbeschermer van jou verwacht.', AGREE],
    namesMeldcodeStep: true,
    meldcodeReminder: reportingNorm('als er al een jeugdbeschermer is'),
    links: [{ href: `${PAGE}#2-is-er-een-jeugdbeschermer-bij-het-gezin-betrokken`, label: 'De jeugdbeschermer' }, { href: '/privacy/toestemming/', label: 'Toestemming en de OTS' }],
  },
  'casemanager-jeugd': {
    id: 'casemanager-jeugd',
    party: 'sociaal-team',
    alsoShow: ['veilig-thuis'],
    title: 'Neem contact op met de casemanager jeugd van het Sociaal Team',
    why: [
      'Het Sociaal Team kent het gezin al. De casemanager jeugd voert dan het casemanagement in het vrijwillige kader: de hulp waar de ouders zelf mee instemmen.',
      'Zo werk je samen en doe je niet over wat een ander al doet.',
    ],
    whatToSay: [FACTS, 'Vraag of de casemanager jouw zorgen herkent.', AGREE],
    namesMeldcodeStep: true,
    meldcodeReminder: reportingNorm('als het Sociaal Team al hulp geeft'),
    links: [{ href: `${PAGE}#3-is-het-sociaal-team-al-bij-het-gezin-betrokken`, label: 'Het Sociaal Team is al betrokken' }, SHARING],
  },
  'ggd-jgz': {
    id: 'ggd-jgz',
    party: 'ggd-jgz',
    alsoShow: ['veilig-thuis'],
    title: 'Neem contact op met de GGD-JGZ',
    why: [
      'Bij een kind dat nog niet geboren is of net geboren is, neem je contact op met de GGD-JGZ (jeugdgezondheidszorg, bekend van het consultatiebureau).',
      'De GGD-JGZ kan de casusregie oppakken: het overzicht houden en de hulp op elkaar afstemmen. Waar nodig schakelt de GGD-JGZ samen met jou Veilig Thuis of het Sociaal Team in.',
      'In de kraamtijd staan ouders vaak open voor hulp. Maak gebruik van dat moment.',
    ],
    whatToSay: [
      'Zeg dat het gaat om een zwangere of een gezin met een pasgeboren kind.',
      FACTS,
      'Spreek af wie de ouders vertelt dat de GGD-JGZ contact opneemt, en wie de regie heeft.',
    ],
    namesMeldcodeStep: true,
    meldcodeReminder: reportingNorm('als de GGD-JGZ de regie oppakt'),
    links: [{ href: `${PAGE}#4-is-het-kind-nog-niet-geboren-of-net-geboren`, label: 'Ongeboren of pasgeboren kind' }, { href: '/handelingswijzer/partners/', label: 'Wat doet de GGD-JGZ?' }],
  },
  'sociaal-team': {
    id: 'sociaal-team',
    party: 'sociaal-team',
    alsoShow: ['veilig-thuis'],
    title: 'Breng de ouders in contact met het Sociaal Team',
    why: [
      'De ouders willen hulp. Verbind ze met een casemanager jeugd van het Sociaal Team in het gebied waar het kind woont.',
      'Het Sociaal Team werkt in het vrijwillige kader en kent de wijk en de mensen die er wonen.',
    ],
    whatToSay: [
      'Spreek met de ouders af of jij het Sociaal Team belt, of zij zelf. Samen bellen kan ook.',
      FACTS,
      'Laat pas los als de hulp echt is begonnen. Spreek af hoe je betrokken blijft.',
    ],
    namesMeldcodeStep: true,
    meldcodeReminder: reportingNorm('als de ouders meewerken'),
    links: [{ href: `${PAGE}#5-willen-de-ouders-hulp`, label: 'Ouders willen hulp' }, SHARING],
  },
  'lichte-ondersteuning': {
    id: 'lichte-ondersteuning',
    party: 'lichte-ondersteuning',
    alsoShow: ['ggd-jgz', 'sociaal-team'],
    title: 'Regel lichte ondersteuning dicht bij ouders en kind',
    why: [
      'De ouders, het kind en jij vinden zwaardere hulp niet nodig, omdat de risico’s licht zijn. Wel is er behoefte aan wat steun.',
      'Regel die steun dicht bij huis, het liefst bij een organisatie die de ouders al kennen. Bijvoorbeeld de GGD-JGZ via het consultatiebureau, een gedragsdeskundige op school, of een casemanager jeugd die spreekuur houdt op school.',
    ],
    whatToSay: [
      'Vraag de ouders en het kind wat ze nodig hebben, en bij wie ze zich prettig voelen.',
      'Vertel die persoon welke zorgen je hebt, feitelijk.',
      'Spreek af hoe jullie volgen of het goed gaat. Leg de afspraken vast.',
    ],
    namesMeldcodeStep: true,
    meldcodeReminder:
      'Houd de veiligheid in de gaten. Wordt het toch ernstiger? Bij acute of structurele onveiligheid meld je altijd bij Veilig Thuis, ook als de ouders meewerken.',
    links: [{ href: `${PAGE}#6-zijn-de-risicos-licht`, label: 'Lichte zorgen' }, STEP_5],
  },
  'overleg-veilig-thuis': {
    id: 'overleg-veilig-thuis',
    party: 'veilig-thuis',
    alsoShow: [],
    title: 'Overleg met Veilig Thuis over een melding',
    why: [
      'De situatie is ingewikkeld, of het lukt niet om hulp te regelen. Bijvoorbeeld omdat de ouders geen hulp willen, of omdat het contact met de hulpverlening niet op gang komt.',
      'Overleg dan met Veilig Thuis over een melding.',
    ],
    whatToSay: [
      'Zeg dat je wilt overleggen over een melding.',
      'Vertel wat je al hebt gedaan om hulp te regelen, en waarom dat niet lukte.',
      FACTS,
      NAMES_FOR_REPORT,
    ],
    namesMeldcodeStep: true,
    meldcodeReminder: `Bespreek een melding vooraf met de ouders. ${SKIP_TALK} ${NOT_AN_END}`,
    links: [VEILIG_THUIS, STEP_5],
  },
  'advies-vragen': {
    id: 'advies-vragen',
    party: 'aandachtsfunctionaris',
    alsoShow: ['veilig-thuis'],
    title: 'Vraag advies: aan je aandachtsfunctionaris en aan Veilig Thuis',
    why: [
      'Je twijfelt, of geen van de vragen past goed. Handel dan niet alleen. Overleg met de aandachtsfunctionaris of een collega.',
      'Vraag ook advies aan Veilig Thuis. Dat mag altijd, ook anoniem. Je kunt ook (anoniem) het Sociaal Team of de GGD-JGZ om raad vragen.',
    ],
    whatToSay: [
      'Zeg dat je advies wilt, en of je dat anoniem wilt doen. Anoniem betekent: het gezin is op geen enkele manier te herkennen. Alleen de namen weglaten is niet genoeg.',
      FACTS,
      'Vraag wat een goede volgende stap is.',
    ],
    namesMeldcodeStep: true,
    meldcodeReminder: reportingNorm('als je eerst anoniem advies vraagt'),
    links: [{ href: '/privacy/anoniem-advies/', label: 'Anoniem advies vragen' }, { href: '/handelingswijzer/stap-2/', label: 'Stap 2: overleg' }],
  },
};
