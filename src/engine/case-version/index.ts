/**
 * Case versions: the build-time lock that makes a decisive change to a case raise its
 * version (fingerprint.ts, lock.ts; hash.ts is Node only and behind ./server.ts), and
 * how a stored result of another version is shown (played.ts).
 */
export { canonicalJson, decisiveParts } from './fingerprint';
export type { DecisiveParts } from './fingerprint';
export { LOCK_COMMAND, LOCK_FILE, checkVersionLock, describeChanges, formatLock, parseLock, updateLock } from './lock';
export type { CaseFingerprint, LockEntry, VersionLock } from './lock';
export { EARLIER_VERSION_LABEL, OTHER_VERSION_LABEL, earlierResultLabel, playedVersionLabel } from './played';
