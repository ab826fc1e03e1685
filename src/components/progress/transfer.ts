/**
 * Browser glue for /voortgang/: download the progress file, read one back, reset.
 * The rules (format, checks, all-or-nothing writing) are in src/engine/learning-path/transfer.ts.
 */
import {
  type ImportResult,
  MAX_FILE_BYTES,
  bundleFileName,
  clearProgress,
  createBundle,
  parseBundle,
  readProgressEntries,
  replaceProgress,
} from '~/engine/learning-path';
import { deviceStorage } from '~/stores/persisted';
import { downloadFile } from '../ui/download';
import { KEY_RULES } from './key-rules';

/** Offers the progress as a JSON file download; false when storage cannot be read. */
export function downloadProgress(now = new Date()): boolean {
  const store = deviceStorage();
  if (!store) return false;
  const bundle = createBundle(readProgressEntries(store), now);
  downloadFile(bundleFileName(now), JSON.stringify(bundle, null, 2), 'application/json');
  return true;
}

/** Reads and checks a chosen file; a file over the limit is refused before it is read. */
export async function readProgressFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large' } };
  try {
    return parseBundle(await file.text(), KEY_RULES);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
}

/** Replaces this device's progress by the checked entries; false when storage refused (nothing changed). */
export function applyProgress(entries: readonly (readonly [string, string])[]): boolean {
  const store = deviceStorage();
  if (!store) return false;
  try {
    replaceProgress(store, entries);
    return true;
  } catch {
    return false;
  }
}

/** Removes all progress from this device; false when storage is unavailable. */
export function resetProgress(): boolean {
  const store = deviceStorage();
  if (!store) return false;
  try {
    clearProgress(store);
    return true;
  } catch {
    return false;
  }
}
