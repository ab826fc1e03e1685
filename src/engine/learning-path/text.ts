/**
 * Dutch wording for learning paths, the certificate and progress transfer, kept
 * apart from the rules so a trainer can change a sentence without touching logic.
 */
import type { ModuleType } from '../../schemas/path';
import type { MissingItem } from './certificate';
import type { ModuleProgress, ModuleState } from './progress';
import type { ImportProblem } from './transfer';

/** What kind of module it is, as a short label. */
export const MODULE_TYPE_LABELS: Record<ModuleType, string> = {
  page: 'Lezen',
  case: 'Casus',
  'privacy-test': 'Toets',
  exercise: 'Oefening',
  tool: 'Hulpmiddel',
};

const STATE_LABELS: Record<ModuleType, Record<ModuleState, string>> = {
  page: { todo: 'Nog niet gelezen', started: 'Nog niet gelezen', retry: 'Nog niet gelezen', done: 'Gelezen' },
  tool: { todo: 'Nog niet gedaan', started: 'Nog niet gedaan', retry: 'Nog niet gedaan', done: 'Gedaan' },
  case: { todo: 'Nog niet gespeeld', started: 'Bezig', retry: 'Gespeeld, nog niet gehaald', done: 'Gehaald' },
  'privacy-test': { todo: 'Nog niet gemaakt', started: 'Bezig', retry: 'Gemaakt, nog niet gehaald', done: 'Gehaald' },
  exercise: { todo: 'Nog niet gedaan', started: 'Bezig', retry: 'Nog niet af', done: 'Gedaan' },
};

/** The state of a module in words, e.g. "Gehaald" or "Nog niet gelezen". */
export function stateLabel(type: ModuleType, state: ModuleState): string {
  return STATE_LABELS[type][state];
}

/** The text of the "next step" button. */
export function nextStepLabel({ module, state }: ModuleProgress): string {
  switch (module.type) {
    case 'page':
      return `Lees: ${module.title}`;
    case 'tool':
      return `Gebruik: ${module.title}`;
    case 'exercise':
      return state === 'started' ? `Maak de oefening af: ${module.title}` : `Doe de oefening: ${module.title}`;
    case 'case':
      if (state === 'retry') return `Speel de casus opnieuw en haal hem: ${module.title}`;
      return state === 'started' ? `Ga verder met de casus: ${module.title}` : `Speel en haal de casus: ${module.title}`;
    case 'privacy-test':
      if (state === 'retry') return 'Maak de privacytoets opnieuw';
      return state === 'started' ? 'Ga verder met de privacytoets' : 'Maak de privacytoets';
  }
}

/** What is still needed for the certificate, as one sentence. */
export function missingText({ module, reason }: MissingItem): string {
  switch (reason) {
    case 'case-not-played':
      return `Speel de casus "${module.title}" en haal hem: zonder kritieke fout en met een voldoende score.`;
    case 'case-not-passed':
      return `Haal de casus "${module.title}": zonder kritieke fout en met een voldoende score. Je kunt hem opnieuw spelen.`;
    case 'quiz-not-taken':
      return 'Maak de privacytoets en haal hem.';
    case 'quiz-not-passed':
      return 'Haal de privacytoets. Je kunt hem opnieuw maken.';
    case 'page-not-read':
      return `Lees "${module.title}" tot het einde.`;
    case 'exercise-not-done':
      return `Doe de oefening "${module.title}" en laat hem nakijken.`;
    case 'tool-not-used':
      return `Gebruik het hulpmiddel "${module.title}" tot je bij een antwoord komt.`;
  }
}

/**
 * What "done" means for a path, in one sentence: the same on the path page, the
 * certificate page and the certificate (see certificateStatus).
 */
export const PATH_DONE_RULE =
  'Een leerroute is af als je elk onderdeel hebt gedaan: alle pagina\'s gelezen, de oefeningen nagekeken, de hulpmiddelen gebruikt, elke casus gehaald (zonder kritieke fout en met een voldoende score) en de privacytoets gehaald.';

/** Points as a whole number, rounded down so a score never looks higher than it is: "5 van de 15 punten (38%)". */
export function pointsText(points: number, max: number, percent: number): string {
  const whole = (n: number) => Math.floor(n + 1e-9);
  return `${whole(points)} van de ${whole(max)} punten (${percent}%)`;
}

/** Why an import file was refused, in plain Dutch; the learner's progress is always unchanged. */
export function importProblemText(problem: ImportProblem): string {
  const unchanged = 'Er is niets veranderd aan je voortgang.';
  switch (problem.code) {
    case 'too-large':
      return `Dit bestand is te groot voor een voortgangsbestand. ${unchanged}`;
    case 'not-json':
      return `Dit bestand kunnen we niet lezen. Het is geen voortgangsbestand van Veilig Handelen, of het is beschadigd. ${unchanged}`;
    case 'foreign':
      return `Dit is geen voortgangsbestand van Veilig Handelen. Kies het bestand dat je bij "Download je voortgang" hebt gekregen. ${unchanged}`;
    case 'newer-version':
      return `Dit bestand komt uit een nieuwere versie van Veilig Handelen. Vernieuw de pagina en probeer het opnieuw. ${unchanged}`;
    case 'damaged':
    case 'too-many-entries':
      return `Dit voortgangsbestand is beschadigd: er ontbreekt iets of er staat iets vreemds in. ${unchanged}`;
    case 'unknown-key':
    case 'invalid-value':
      return `Dit voortgangsbestand is beschadigd: een deel ervan klopt niet (${problem.key}). ${unchanged}`;
  }
}
