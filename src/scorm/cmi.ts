/**
 * The CMI data model values a package writes, for SCORM 1.2 and SCORM 2004 (4th edition).
 * Pure: every function returns `[element, value]` pairs; the browser glue
 * (src/scorm-player/) hands them to the LMS API. Nothing here reads a name or free text:
 * an interaction holds only ids from the case or question bank, a verdict and a short
 * description built from our own content (the Meldcode step, the afwegingskader question).
 */

export type ScormVersion = '1.2' | '2004';

/** One `SetValue` call: a CMI element and its value, always a string. */
export type CmiValue = readonly [element: string, value: string];

/** How a choice compares with the expert key. */
export type InteractionResult = 'correct' | 'partial' | 'wrong';

/** One choice of the learner, as an interaction. */
export interface Interaction {
  /** `<module>.<node or question id>`: ids from our own content only. */
  id: string;
  /** The chosen option id(s). */
  response: string[];
  /** The option id(s) an expert chooses (the correct response pattern); empty when unknown. */
  correct: string[];
  result: InteractionResult;
  /** Ids of the objectives the choice belongs to (an afwegingskader question, a quiz topic). */
  objectives: string[];
  /** A short description from our content, e.g. "Meldcode stap 2". Sent in SCORM 2004 only (1.2 has no such element). */
  description: string;
}

/** A score: points earned out of the maximum, with the percentage the site shows. */
export interface Score {
  raw: number;
  max: number;
  /** Whole percentage, as the site shows and as the pass mark is checked. */
  percent: number;
}

/** Where the learner stands. `passed` is only meaningful once `completed`. */
export interface Status {
  completed: boolean;
  passed: boolean;
}

/** SCORM 1.2 identifiers are CMIIdentifier, 2004 long identifiers: our ids (a-z0-9, '-', '.') fit both. */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 250);
}

const RESULT_12: Record<InteractionResult, string> = { correct: 'correct', partial: 'neutral', wrong: 'wrong' };
const RESULT_2004: Record<InteractionResult, string> = { correct: 'correct', partial: 'neutral', wrong: 'incorrect' };

/** The values of interaction number `n` (0-based). */
export function interactionValues(version: ScormVersion, n: number, i: Interaction): CmiValue[] {
  const p = `cmi.interactions.${n}`;
  const values: CmiValue[] = [
    [`${p}.id`, safeId(i.id)],
    [`${p}.type`, 'choice'],
  ];
  i.objectives.forEach((o, k) => values.push([`${p}.objectives.${k}.id`, safeId(o)]));
  if (version === '1.2') {
    // 1.2 has no description; a choice response is a comma-separated list.
    if (i.correct.length > 0) values.push([`${p}.correct_responses.0.pattern`, i.correct.join(',')]);
    values.push([`${p}.student_response`, i.response.join(',')], [`${p}.result`, RESULT_12[i.result]]);
  } else {
    values.push([`${p}.description`, i.description.slice(0, 250)]);
    if (i.correct.length > 0) values.push([`${p}.correct_responses.0.pattern`, i.correct.join('[,]')]);
    values.push([`${p}.learner_response`, i.response.join('[,]')], [`${p}.result`, RESULT_2004[i.result]]);
  }
  return values;
}

/**
 * The score. SCORM 1.2 LMSs expect raw, min and max in 0-100, so 1.2 gets the percentage;
 * 2004 gets the points themselves with min 0, max the maximum and scaled = raw / max.
 */
export function scoreValues(version: ScormVersion, s: Score): CmiValue[] {
  if (version === '1.2') {
    return [
      ['cmi.core.score.raw', String(s.percent)],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    ];
  }
  const scaled = s.max > 0 ? Math.round((s.raw / s.max) * 10000) / 10000 : 1;
  return [
    ['cmi.score.raw', String(s.raw)],
    ['cmi.score.min', '0'],
    ['cmi.score.max', String(s.max)],
    ['cmi.score.scaled', String(scaled)],
  ];
}

/** Completion and success. 1.2 has one element for both: incomplete, then passed or failed. */
export function statusValues(version: ScormVersion, s: Status): CmiValue[] {
  if (version === '1.2') return [['cmi.core.lesson_status', !s.completed ? 'incomplete' : s.passed ? 'passed' : 'failed']];
  return [
    ['cmi.completion_status', s.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', !s.completed ? 'unknown' : s.passed ? 'passed' : 'failed'],
  ];
}

/** Suspend data, location and exit mode: `suspend` while not completed, so the LMS offers resume. */
export function suspendValues(version: ScormVersion, suspendData: string, completed: boolean): CmiValue[] {
  if (version === '1.2') {
    return [
      ['cmi.suspend_data', suspendData],
      ['cmi.core.exit', completed ? '' : 'suspend'],
    ];
  }
  return [
    ['cmi.suspend_data', suspendData],
    ['cmi.exit', completed ? 'normal' : 'suspend'],
  ];
}

/** Session time: 1.2 CMITimespan `HHHH:MM:SS.SS`, 2004 ISO 8601 duration `PT1H2M3.45S`. */
export function sessionTimeValue(version: ScormVersion, ms: number): CmiValue {
  const centis = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(centis / 360000);
  const m = Math.floor((centis % 360000) / 6000);
  const s = (centis % 6000) / 100;
  if (version === '1.2') {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const sec = s.toFixed(2).padStart(5, '0');
    return ['cmi.core.session_time', `${pad(h, 4)}:${pad(m, 2)}:${sec}`];
  }
  return ['cmi.session_time', `PT${h}H${m}M${Number(s.toFixed(2))}S`];
}

/** The suspend data limit of SCORM 1.2 (CMIString4096); 2004 allows 64,000 characters. */
export const SUSPEND_LIMIT_12 = 4096;
