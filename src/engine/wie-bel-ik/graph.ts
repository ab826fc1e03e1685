/**
 * The question graph of "Wie bel ik?", written from the handelingswijzer
 * Midden-Groningen ("Wanneer leg je met welke partij contact?"): the questions
 * in the handelingswijzer's order, each answer leading to the next question or
 * to the party to contact. The first question, whether the child itself told
 * you something, comes from the afwegingskader (seed 002: a disclosure counts as
 * acute unsafety). A question may fit only some work settings; the walk skips it
 * for the others (walk.ts). A question's id is its key below, and an option's id
 * its key in the question's `options`, so neither can be written twice. The ends
 * (whom to contact and what to say) are in ends.ts, the ids and types in model.ts.
 */
import type { QuestionId, WieBelIkOption, WieBelIkQuestion } from './model';

const PAGE = '/handelingswijzer/welke-partij/';

/**
 * A question as written below: its id is its key in GRAPH, and each option's id is its key in `options`, in the
 * order shown (JavaScript keeps the order of keys that are not integers; option ids are words).
 */
type QuestionText = Omit<WieBelIkQuestion, 'id' | 'options'> & { options: Readonly<Record<string, Omit<WieBelIkOption, 'id'>>> };

/** The questions by id, each with its options in the order they are shown. */
const GRAPH: Record<QuestionId, QuestionText> = {
  'kind-vertelde': {
    question: 'Heeft het kind jou zelf iets verteld over geweld, mishandeling of misbruik?',
    help: [
      'Ook als het kind niet om hulp vroeg, of het maar half zei. Dat heet een onthulling.',
      'Gaat het om wat je zag of hoorde van anderen? Kies dan nee.',
    ],
    options: {
      ja: { label: 'Ja, het kind vertelde het mij zelf', next: { end: 'kind-vertelde' } },
      nee: { label: 'Nee, het kind heeft mij niets verteld', next: { question: 'direct-ingrijpen' } },
    },
    link: '/afwegingskader/',
  },
  'direct-ingrijpen': {
    question: 'Moet er nu meteen iemand ingrijpen?',
    help: [
      'Overhaast ingrijpen is vaak niet goed voor een kind. Grijp daarom alleen direct in bij levensgevaar of kans op ernstig letsel.',
      'Of als er nu een kans ligt, nadat eerdere pogingen om vrijwillige hulp te regelen zijn mislukt.',
    ],
    options: {
      levensgevaar: { label: 'Ja: er is levensgevaar of kans op ernstig letsel', next: { end: 'bel-112' } },
      direct: { label: 'Ja: het is op een andere manier niet veilig, en er moet direct iets gebeuren', next: { end: 'veilig-thuis-nu' } },
      nee: { label: 'Nee, er hoeft niet nu meteen iemand in te grijpen', next: { question: 'jeugdbeschermer' } },
    },
    link: `${PAGE}#1-moet-er-nu-meteen-worden-ingegrepen`,
  },
  jeugdbeschermer: {
    question: 'Is er een jeugdbeschermer bij het gezin betrokken?',
    help: [
      'Een jeugdbeschermer (ook wel gezinsvoogd) werkt met het gezin als de kinderrechter een maatregel heeft opgelegd, zoals een ondertoezichtstelling (OTS). Dat heet het gedwongen kader.',
      'Weet je het niet? Vraag het de ouders.',
      'In de Verwijsindex zie je alleen iets over een kind als je het zelf registreert. Registreert een andere professional hetzelfde kind, dan krijgen jullie allebei bericht.',
    ],
    options: {
      ja: { label: 'Ja, er is een jeugdbeschermer', next: { end: 'jeugdbeschermer' } },
      nee: { label: 'Nee, of ik weet het niet', next: { question: 'sociaal-team' } },
    },
    link: `${PAGE}#2-is-er-een-jeugdbeschermer-bij-het-gezin-betrokken`,
  },
  'sociaal-team': {
    question: 'Is het Sociaal Team al bij het gezin betrokken?',
    help: [
      'Het Sociaal Team is het team van de gemeente voor hulp en advies aan inwoners. In jouw gemeente heet het misschien wijkteam of jeugd- en gezinsteam.',
      'Betrokken betekent: het kind of de ouders hebben al contact met het team.',
    ],
    options: {
      ja: { label: 'Ja, het Sociaal Team kent het gezin al', next: { end: 'casemanager-jeugd' } },
      nee: { label: 'Nee, of ik weet het niet', next: { question: 'ongeboren' } },
    },
    link: `${PAGE}#3-is-het-sociaal-team-al-bij-het-gezin-betrokken`,
  },
  ongeboren: {
    question: 'Is het kind nog niet geboren, of net geboren?',
    help: ['Dit speelt vooral als je werkt in de verloskunde, de kraamzorg, de jeugdgezondheidszorg of bij de huisarts.'],
    settings: ['verloskunde-kraamzorg', 'jgz-wijkteam', 'huisarts', 'anders'],
    whenSkipped: 'nee',
    options: {
      ja: { label: 'Ja, het kind is nog niet geboren of net geboren', next: { end: 'ggd-jgz' } },
      nee: { label: 'Nee', next: { question: 'ouders-willen-hulp' } },
    },
    link: `${PAGE}#4-is-het-kind-nog-niet-geboren-of-net-geboren`,
  },
  'ouders-willen-hulp': {
    question: 'Willen de ouders hulp?',
    help: ['Je hebt je zorgen met de ouders besproken, en zij staan open voor hulp.'],
    options: {
      ja: { label: 'Ja, de ouders willen hulp', next: { end: 'sociaal-team' } },
      nee: { label: 'Nee, of dat weet ik nog niet', next: { question: 'licht' } },
    },
    link: `${PAGE}#5-willen-de-ouders-hulp`,
  },
  licht: {
    question: 'Zijn de zorgen over de veiligheid licht?',
    help: [
      'Licht betekent hier: de ouders, het kind en jij vinden samen dat zwaardere hulp niet nodig is. Wel is er behoefte aan wat steun.',
    ],
    options: {
      ja: { label: 'Ja, de zorgen zijn licht, maar wat steun zou helpen', next: { end: 'lichte-ondersteuning' } },
      nee: { label: 'Nee, de zorgen zijn niet licht', next: { question: 'ingewikkeld' } },
    },
    link: `${PAGE}#6-zijn-de-risicos-licht`,
  },
  ingewikkeld: {
    question: 'Is de situatie ingewikkeld, of lukt het niet om hulp te regelen?',
    help: ['Bijvoorbeeld: de ouders willen geen hulp, of het contact met de hulpverlening komt niet op gang.'],
    options: {
      ja: { label: 'Ja, het is ingewikkeld of de hulp komt niet van de grond', next: { end: 'overleg-veilig-thuis' } },
      twijfel: { label: 'Nee, of ik twijfel', next: { end: 'advies-vragen' } },
    },
    link: `${PAGE}#7-is-het-ingewikkeld-of-lukt-het-niet-om-hulp-te-regelen`,
  },
};

/** The question with its id and its options' ids put in from their keys. */
function withIds(id: QuestionId, question: QuestionText): WieBelIkQuestion {
  return { id, ...question, options: Object.entries(question.options).map(([optionId, option]) => ({ id: optionId, ...option })) };
}

/** The questions by id. */
export const QUESTIONS = Object.fromEntries(
  Object.entries(GRAPH).map(([id, question]) => [id, withIds(id as QuestionId, question)]),
) as Record<QuestionId, WieBelIkQuestion>;
