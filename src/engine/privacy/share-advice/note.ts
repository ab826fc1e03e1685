/**
 * The dossier note of "Kan ik informatie delen?": plain text that records the
 * considerations, ready to copy into the file or print. The step-plan asks
 * professionals to record them; stappenplan.mdx lists what belongs in the note.
 */
import { dutchDate } from '../../shared';
import type { ShareAdvice, ShareAnswers, StepKey } from './model';
import { consentHolders, optionLabel } from './questions';
import { ADVICE_LABELS, INFORM_CLIENT, RECORD_REMINDER, formatAge } from './text';

export interface NoteOptions {
  /** The date on the note; the caller passes today so tests stay deterministic. */
  date?: Date;
}

const NOT_FILLED = '(niet ingevuld)';

const HEADINGS: Record<StepKey, string> = {
  situation: 'Situatie',
  vtSecret: 'Beroepsgeheim',
  age: 'Leeftijd kind',
  consent: 'Toestemming',
  grondslag: 'Andere grondslag',
  purpose: 'Doel duidelijk',
  information: 'Alleen nodige informatie',
  proportionality: 'Proportionaliteit',
  subsidiarity: 'Subsidiariteit',
  confidentiality: 'Geheimhoudingsplicht',
  informClient: 'Cliënt informeren',
};

/** Free text as one clean line: collapses whitespace, or says it was left empty. */
function line(text: string | undefined): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  return clean === '' ? NOT_FILLED : clean;
}

/** The answer to one used question, as the note states it. */
function answerLine(key: StepKey, answers: ShareAnswers, result: ShareAdvice): string {
  if (key === 'age') {
    const age = answers.age ?? 0;
    return `${formatAge(age)}; toestemming van ${consentHolders(result.consentFrom)}`;
  }
  const value = answers[key];
  return typeof value === 'string' ? optionLabel(key, value, result.consentFrom) : NOT_FILLED;
}

/** The dossier note for these answers and the advice they led to, as plain text. */
export function dossierNote(answers: ShareAnswers, result: ShareAdvice, options: NoteOptions = {}): string {
  const out: string[] = ['Afweging: informatie delen', ''];
  out.push(`Datum: ${options.date ? dutchDate(options.date) : NOT_FILLED}`);
  out.push(`Met wie: ${line(answers.recipient)}`);
  out.push(`Doel: ${line(answers.purposeText)}`);
  out.push(`Welke informatie: ${line(answers.informationText)}`);
  out.push('', 'Stappenplan "Kan ik informatie delen?"');
  for (const key of result.used) out.push(`- ${HEADINGS[key]}: ${answerLine(key, answers, result)}`);
  out.push('', `Advies: ${ADVICE_LABELS[result.advice]}`);
  if (result.reasons.length > 0) {
    out.push('Waarom:');
    for (const reason of result.reasons) out.push(`- ${reason}`);
  }
  if (result.nextStep) out.push('', `Volgende stap: ${result.nextStep}`);
  if (result.mustInformClient) out.push('', `Cliënt informeren: ${INFORM_CLIENT}`);
  out.push('', RECORD_REMINDER);
  return out.join('\n');
}
