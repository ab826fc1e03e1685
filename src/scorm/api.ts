/**
 * Finding and talking to the LMS's SCORM API. Discovery is the standard algorithm of both
 * specifications: look for `API` (1.2) or `API_1484_11` (2004) on this window and up the
 * chain of parents (at most MAX_PARENTS steps), then on the opener and its parents.
 * `LmsSession` wraps the raw API: initialise once, set values, commit, finish once.
 * Both take their windows and API objects as arguments, so unit tests pass fakes.
 */
import {
  type CmiValue,
  type Interaction,
  type ScormVersion,
  interactionValues,
  scoreValues,
  sessionTimeValue,
  statusValues,
  suspendValues,
  type Score,
  type Status,
} from './cmi';

/** The SCORM 1.2 API object (LMS… functions). */
export interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
}

/** The SCORM 2004 API object. */
export interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
}

/** The part of a window discovery looks at. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  API?: unknown;
  API_1484_11?: unknown;
}

/** Seven steps up, as the ADL sample code does; LMS frame sets are never deeper. */
export const MAX_PARENTS = 7;

function apiName(version: ScormVersion): 'API' | 'API_1484_11' {
  return version === '1.2' ? 'API' : 'API_1484_11';
}

function search(start: WindowLike | null | undefined, name: 'API' | 'API_1484_11'): unknown {
  let win = start;
  for (let depth = 0; win && depth <= MAX_PARENTS; depth++) {
    try {
      const api = win[name];
      if (api) return api;
      if (!win.parent || win.parent === win) return undefined;
      win = win.parent;
    } catch {
      return undefined; // a parent on another origin: the API cannot be there
    }
  }
  return undefined;
}

/** The API of this version, or null when the package runs without an LMS. */
export function findApi(win: WindowLike, version: ScormVersion): Api12 | Api2004 | null {
  const name = apiName(version);
  let opener: WindowLike | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = null;
  }
  const api = search(win, name) ?? search(opener, name);
  return (api as Api12 | Api2004 | undefined) ?? null;
}

/** A session with the LMS. Every call is guarded: an LMS error never stops the case. */
export class LmsSession {
  private started = 0;
  private open = false;
  private count = 0;

  constructor(
    readonly version: ScormVersion,
    private readonly api: Api12 | Api2004,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private get a12(): Api12 {
    return this.api as Api12;
  }

  private get a2004(): Api2004 {
    return this.api as Api2004;
  }

  /** Initialises; returns false when the LMS refuses. */
  initialize(): boolean {
    const ok = this.version === '1.2' ? this.a12.LMSInitialize('') : this.a2004.Initialize('');
    this.open = String(ok) === 'true';
    this.started = this.now();
    if (this.open) this.count = Number(this.get('cmi.interactions._count')) || 0;
    return this.open;
  }

  get isOpen(): boolean {
    return this.open;
  }

  get(element: string): string {
    if (!this.open) return '';
    const v = this.version === '1.2' ? this.a12.LMSGetValue(element) : this.a2004.GetValue(element);
    return typeof v === 'string' ? v : String(v ?? '');
  }

  /** Sets each value in order; returns the elements the LMS refused (for the console). */
  set(values: readonly CmiValue[]): string[] {
    if (!this.open) return [];
    const refused: string[] = [];
    for (const [element, value] of values) {
      const ok = this.version === '1.2' ? this.a12.LMSSetValue(element, value) : this.a2004.SetValue(element, value);
      if (String(ok) !== 'true') refused.push(element);
    }
    return refused;
  }

  /** The suspend data the LMS kept from an earlier session ('' for a first attempt). */
  suspendData(): string {
    return this.get('cmi.suspend_data');
  }

  /** Marks a first launch as started (1.2: incomplete; 2004: incomplete, unknown). */
  start(): void {
    const status = this.version === '1.2' ? this.get('cmi.core.lesson_status') : this.get('cmi.completion_status');
    if (status === 'not attempted' || status === 'unknown' || status === '') this.set(statusValues(this.version, { completed: false, passed: false }));
  }

  /** Appends interactions after those already recorded. */
  addInteractions(list: readonly Interaction[]): string[] {
    const refused: string[] = [];
    for (const i of list) {
      refused.push(...this.set(interactionValues(this.version, this.count, i)));
      this.count++;
    }
    return refused;
  }

  /** Writes score, status and suspend data, then commits. */
  report(score: Score | null, status: Status, suspendData: string): string[] {
    const values: CmiValue[] = [];
    if (score) values.push(...scoreValues(this.version, score));
    values.push(...statusValues(this.version, status), ...suspendValues(this.version, suspendData, status.completed && status.passed));
    const refused = this.set(values);
    this.commit();
    return refused;
  }

  commit(): void {
    if (!this.open) return;
    if (this.version === '1.2') this.a12.LMSCommit('');
    else this.a2004.Commit('');
  }

  /** Session time, commit, finish; only once. */
  finish(): void {
    if (!this.open) return;
    this.set([sessionTimeValue(this.version, this.now() - this.started)]);
    this.commit();
    this.open = false;
    if (this.version === '1.2') this.a12.LMSFinish('');
    else this.a2004.Terminate('');
  }
}
