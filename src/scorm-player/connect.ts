/**
 * First module of the SCORM player: reads the package data (data.js), finds the LMS API
 * and opens the session. It must run before any store module is evaluated: with an LMS,
 * the stores keep their values in memory (the LMS keeps the progress, nothing is left in
 * this browser for the next person on a shared computer); without one, they use
 * localStorage as the website does.
 */
import { setPersistentEngine, type PersistentStore } from '@nanostores/persistent';
import { LmsSession, findApi } from '~/scorm/api';
import type { PackageData } from '~/scorm/package-model';

declare global {
  interface Window {
    VH_SCORM_PACKAGE?: PackageData;
  }
}

/** The package data from data.js; the build always writes it, so its absence is a broken package. */
export const data: PackageData | undefined = window.VH_SCORM_PACKAGE;

function connect(): LmsSession | null {
  if (!data) return null;
  const api = findApi(window, data.version);
  if (!api) return null;
  try {
    const session = new LmsSession(data.version, api);
    return session.initialize() ? session : null;
  } catch {
    return null;
  }
}

/** The open LMS session, or null when the package runs on its own. */
export const lms: LmsSession | null = connect();

if (lms) {
  const memory: PersistentStore = {};
  setPersistentEngine(memory, { addEventListener() {}, removeEventListener() {} });
}
