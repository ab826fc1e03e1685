import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { fingerprintOf } from '../../src/engine/case-version/hash';
import { checkVersionLock, formatLock, parseLock, playedVersionLabel, updateLock, type VersionLock } from '../../src/engine/case-version';
import { parseScenarioFile } from '../../src/engine/scenario/server';
import { readRuleCatalogue, readScenario, scenarioLoader } from '../../src/content/case-loader';
import { RULES } from './support/rules';

const minimal = readFileSync('tests/fixtures/scenarios/minimaal.yaml', 'utf8');
const FILE = 'scenarios/minimaal.yaml';

function fingerprint(text: string) {
  return fingerprintOf(parseScenarioFile(text, FILE, RULES));
}

function lockOf(text: string): VersionLock {
  const result = updateLock([fingerprint(text)], {});
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.lock;
}

const LOCK = lockOf(minimal);
const rescored = minimal.replace('        next: einde-melden\n', '        next: einde-melden\n        score: 1\n');

describe('the case version check', () => {
  test('a case that matches its lock has no problem', () => {
    expect(checkVersionLock([fingerprint(minimal)], LOCK)).toEqual([]);
  });

  test('rewording texts and feedback or reordering options is no decisive change', () => {
    const reworded = minimal
      .replace('feedback: Goed, overleggen hoort bij stap 2.', 'feedback: Goed zo, overleggen hoort bij stap 2 van de Meldcode.')
      .replace('title: Minimale casus', 'title: Een minimale casus')
      .replace('text: Heb je een vermoeden?', 'text: Heb je nog steeds een vermoeden?');
    expect(reworded).not.toBe(minimal);
    expect(checkVersionLock([fingerprint(reworded)], LOCK)).toEqual([]);
  });

  test('a changed score without a higher version fails, naming the file, the node and what to do', () => {
    expect(rescored).not.toBe(minimal);
    const [problem, ...rest] = checkVersionLock([fingerprint(rescored)], LOCK);
    expect(rest).toEqual([]);
    expect(problem).toContain('scenarios/minimaal.yaml: what decides the expert answer changed (node "vraag-1" changed)');
    expect(problem).toContain('Raise `version:` to 2');
    expect(problem).toContain('npm run cases:lock');
  });

  test('a changed expert key or expert choice is named', () => {
    // Changed on the loaded case: the validator would refuse a key that decide() contradicts, the lock check runs after it.
    const base = parseScenarioFile(minimal, FILE, RULES);
    const key = { ...base, expertKey: [{ moment: 'eerste', answers: { vermoeden: 'ja' as const } }] };
    expect(checkVersionLock([fingerprintOf(key)], LOCK)[0]).toContain('(the expert key changed)');
    const nodes = base.nodes.map((n) =>
      n.type === 'afweging' ? { ...n, options: n.options.map((o) => ({ ...o, expert: !o.expert })) } : n,
    );
    expect(checkVersionLock([fingerprintOf({ ...base, nodes })], LOCK)[0]).toContain('(node "vraag-1" changed)');
  });

  test('a new node is named as added', () => {
    const extra = minimal.replace('        feedback: Niets doen helpt het kind niet.\n        next: vraag-1', '        feedback: Niets doen helpt het kind niet.\n        next: einde-hulp').replace('  - id: einde-melden', '  - id: einde-hulp\n    type: ending\n    title: Hulp\n    text: Je zet hulp in met de ouders.\n    outcome: hulp\n\n  - id: einde-melden');
    expect(extra).toContain('next: einde-hulp');
    expect(checkVersionLock([fingerprint(extra)], LOCK)[0]).toContain('(node "einde-hulp" added, node "overleg" changed)');
  });

  test('with the version raised the build asks for the lock to be updated, and the lock script accepts it', () => {
    const bumped = rescored.replace('sources: [handelingswijzer]', 'sources: [handelingswijzer]\nversion: 2');
    expect(checkVersionLock([fingerprint(bumped)], LOCK)).toEqual([
      'scenarios/minimaal.yaml: scenarios/versions.lock.json still has version 1 of this case. Run `npm run cases:lock`.',
    ]);
    const updated = updateLock([fingerprint(bumped)], LOCK);
    expect(updated.ok).toBe(true);
    if (updated.ok) {
      expect(updated.lock['minimaal']?.version).toBe(2);
      expect(checkVersionLock([fingerprint(bumped)], updated.lock)).toEqual([]);
    }
  });

  test('the lock script refuses a decisive change without a higher version, and a lower version', () => {
    const refused = updateLock([fingerprint(rescored)], LOCK);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]).toContain('Raise `version:` to 2');
    const lowered = { minimaal: { ...LOCK['minimaal']!, version: 3 } };
    const down = updateLock([fingerprint(minimal)], lowered);
    expect(!down.ok && down.problems[0]).toContain('version 1 is lower than version 3');
  });

  test('a case missing from the lock, and a lock entry without a case, are problems', () => {
    expect(checkVersionLock([fingerprint(minimal)], {})[0]).toContain('scenarios/minimaal.yaml: the case is not in scenarios/versions.lock.json');
    expect(checkVersionLock([], LOCK)[0]).toContain('"minimaal" has no case file');
  });

  test('a changed rule statement in content/rules.yaml changes the cases that name the rule', () => {
    const catalogue = readRuleCatalogue();
    const file = 'scenarios/noor-groep-6.yaml';
    const before = fingerprintOf(readScenario(file, catalogue));
    const used = before.parts;
    const ruleName = Object.keys(used).find((n) => n.startsWith('rule:'));
    expect(ruleName).toBeDefined();
    const id = ruleName!.slice(5);
    const changed = catalogue.map((r) => (r.id === id ? { ...r, statement: `${r.statement} Behalve op woensdag.` } : r));
    const retitled = catalogue.map((r) => (r.id === id ? { ...r, title: `${r.title} (nieuw)` } : r));
    const lock = { 'noor-groep-6': { version: before.version, hash: before.hash, parts: before.parts } };
    expect(checkVersionLock([fingerprintOf(readScenario(file, changed))], lock)[0]).toContain(`rule "${id}" of content/rules.yaml changed`);
    expect(checkVersionLock([fingerprintOf(readScenario(file, retitled))], lock)).toEqual([]);
  });

  test('the committed lock matches every case in scenarios/', () => {
    const lock = parseLock(readFileSync('scenarios/versions.lock.json', 'utf8'));
    const catalogue = readRuleCatalogue();
    const cases = Object.keys(lock).map((id) => fingerprintOf(readScenario(`scenarios/${id}.yaml`, catalogue)));
    expect(checkVersionLock(cases, lock)).toEqual([]);
  });

  test('the lock file round-trips and a damaged lock is refused with its name', () => {
    expect(parseLock(formatLock(LOCK))).toEqual(LOCK);
    expect(() => parseLock('{')).toThrow('scenarios/versions.lock.json: not valid JSON');
    expect(() => parseLock('{"cases":{"x":{"version":"1"}}}')).toThrow('not a case version lock');
  });
});

describe('the scenarios loader with a version lock', () => {
  function fakeContext() {
    const entries = new Map<string, unknown>();
    const context = {
      store: { clear: () => entries.clear(), set: (e: { id: string }) => entries.set(e.id, e) },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (x: unknown) => String(JSON.stringify(x).length),
      logger: { error: () => undefined },
    };
    return { entries, context: context as unknown as LoaderContext };
  }

  test('fails the build on an unbumped decisive change and loads with a matching lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'minimaal.yaml'), minimal);
    const lockPath = join(dir, 'versions.lock.json');
    // The loader reads the rule catalogue itself; the minimal case names no rule, so RULES and the catalogue agree here.
    writeFileSync(lockPath, formatLock(LOCK));
    const ok = fakeContext();
    await scenarioLoader(dir, { lock: lockPath }).load(ok.context);
    expect([...ok.entries.keys()]).toEqual(['minimaal']);

    writeFileSync(join(dir, 'minimaal.yaml'), rescored);
    const bad = fakeContext();
    await expect(scenarioLoader(dir, { lock: lockPath }).load(bad.context)).rejects.toThrow(/scenarios\/minimaal\.yaml: what decides the expert answer changed \(node "vraag-1" changed\)/);
    expect(bad.entries.size).toBe(0);
  });

  test('a missing lock fails the build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'minimaal.yaml'), minimal);
    await expect(scenarioLoader(dir, { lock: join(dir, 'nope.json') }).load(fakeContext().context)).rejects.toThrow('the case version lock is missing');
  });
});

describe('the label of a result of another case version', () => {
  test('an older version reads "gespeeld met een eerdere versie", the same version nothing', () => {
    expect(playedVersionLabel(1, 2)).toBe('gespeeld met een eerdere versie');
    expect(playedVersionLabel(3, 2)).toBe('gespeeld met een andere versie');
    expect(playedVersionLabel(2, 2)).toBeNull();
  });
});
