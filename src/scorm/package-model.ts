/**
 * What a SCORM package holds and what the learner has done in it, as plain data.
 * A package is one or more modules: one case, the privacy self-test, or the cases and
 * the test of a learning path. Built by scripts/package-scorm.ts, read by src/scorm-player/.
 */
import type { Attempt, QuizBank } from '../engine/quiz';
import type { BestResult, LoadedScenario, PlayState } from '../engine/scenario';
import { betterResult } from '../engine/scenario';
import type { ScormVersion } from './cmi';

/** A module inside a package. */
export type PackageModule =
  | { kind: 'case'; scenario: LoadedScenario; refTitles: Record<string, string> }
  | { kind: 'quiz'; bank: QuizBank; count: number };

/** A module of a learning path that is not in the package (pages, exercises, tools): named, not played. */
export interface OutsideModule {
  title: string;
  typeLabel: string;
}

/** Everything one package needs at run time; written into the package as data.js. */
export interface PackageData {
  /** Package id, e.g. `casus-bram-klas-3` or `leerroute-mbo`. */
  id: string;
  title: string;
  version: ScormVersion;
  kind: 'case' | 'quiz' | 'path';
  modules: PackageModule[];
  /** Learning paths only: the parts of the path that stay on the website. */
  outside: OutsideModule[];
  /** Learning paths only: the path's summary. */
  summary: string;
  /** The public website, for links to reference pages; null when unknown (links then become plain text). */
  siteUrl: string | null;
}

/** A finished result (the best one kept), as the site keeps it: the engine's shape, for a case and the privacy test alike. */
export type { BestResult };

/** What the learner has done with one case in this package. */
export interface CaseSnapshot {
  /** The run in progress, or null. */
  current: PlayState | null;
  /** The path of the last finished run (its last choice appears only here). */
  lastPath: PlayState['path'];
  finished: boolean;
  best: BestResult | null;
}

/** What the learner has done with the privacy test in this package. */
export interface QuizSnapshot {
  attempt: Attempt | null;
  best: BestResult | null;
}

/** What the learner has done in the whole package. */
export interface Snapshot {
  cases: Record<string, CaseSnapshot>;
  quiz: QuizSnapshot | null;
}

/** The module key used in interaction ids and the snapshot: the case slug, or `privacytoets`. */
export function moduleKey(m: PackageModule): string {
  return m.kind === 'case' ? m.scenario.id : QUIZ_KEY;
}

export const QUIZ_KEY = 'privacytoets';

/** Of two results, the one to keep (the engine's rule, as on the site). */
export const better = betterResult;
