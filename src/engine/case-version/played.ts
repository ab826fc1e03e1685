/**
 * How a stored case result of another case version is shown. Such a result stays on the
 * device (it is the learner's history) but never counts: learning paths and the
 * certificate only take a record of the current version (engine/learning-path.ts
 * `currentCaseRecord`), and replaying the case records the current version.
 */

/** Shown wherever a result of an older version of the case would otherwise appear. */
export const EARLIER_VERSION_LABEL = 'gespeeld met een eerdere versie';
/** For a result of a newer version than this site has (a progress file from a newer site). */
export const OTHER_VERSION_LABEL = 'gespeeld met een andere versie';

/** The label for a result saved with `playedVersion` of a case now at `currentVersion`; null when they are the same. */
export function playedVersionLabel(playedVersion: number, currentVersion: number): string | null {
  if (playedVersion === currentVersion) return null;
  return playedVersion < currentVersion ? EARLIER_VERSION_LABEL : OTHER_VERSION_LABEL;
}

/** What a learning-path module and a progress snapshot hold of a case (structural, so this needs no learning-path import). */
interface CaseModuleLike {
  type: string;
  ref: string;
  version: number | null;
}
interface SnapshotLike {
  cases: ReadonlyMap<string, { version: number; finished: boolean }>;
}

/**
 * The label of a case module whose only finished result is of another case version
 * ("gespeeld met een eerdere versie"); null when there is none or it is of the current version.
 */
export function earlierResultLabel(module: CaseModuleLike, snapshot: SnapshotLike): string | null {
  if (module.type !== 'case' || module.version === null) return null;
  const record = snapshot.cases.get(module.ref);
  return record?.finished ? playedVersionLabel(record.version, module.version) : null;
}
