/**
 * `npm run cases:lock`: writes scenarios/versions.lock.json, the version and the hash of
 * what decides the expert answer of every case (src/engine/case-version/). The build
 * checks every case against it. This script refuses, like the build, a case whose
 * decisive parts changed while its `version` stayed the same: raise `version:` first.
 * `--check` only compares and exits 1 on a difference (what the build does).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fingerprintOf } from '../src/engine/case-version/server';
import { LOCK_FILE, checkVersionLock, formatLock, parseLock, updateLock, type VersionLock } from '../src/engine/case-version';
import { readRuleCatalogue, readScenario } from '../src/content/case-loader';

function readLock(): VersionLock {
  try {
    return parseLock(readFileSync(LOCK_FILE, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

const catalogue = readRuleCatalogue();
const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort();
const cases = files.map((f) => fingerprintOf(readScenario(`scenarios/${f}`, catalogue)));
const lock = readLock();

if (process.argv.includes('--check')) {
  const problems = checkVersionLock(cases, lock);
  for (const p of problems) console.error(p);
  console.log(problems.length === 0 ? `${LOCK_FILE}: all ${cases.length} cases match.` : `${problems.length} problem(s).`);
  process.exit(problems.length === 0 ? 0 : 1);
}

const result = updateLock(cases, lock);
if (!result.ok) {
  for (const p of result.problems) console.error(p);
  console.error(`${LOCK_FILE} was not changed.`);
  process.exit(1);
}
const text = formatLock(result.lock);
const before = (() => {
  try {
    return readFileSync(LOCK_FILE, 'utf8');
  } catch {
    return '';
  }
})();
if (text === before) console.log(`${LOCK_FILE}: up to date (${cases.length} cases).`);
else {
  writeFileSync(LOCK_FILE, text);
  console.log(`${LOCK_FILE}: written (${cases.length} cases). Commit it with the case files.`);
}
