/**
 * The Astro content loader for scenarios/*.yaml: build glue, so it lives outside the engine.
 * It touches the file system and is imported only by src/content.config.ts, so the engine
 * stays pure and runs in the browser.
 *
 * Each file goes through parseScenarioFile; problems in all files are collected and thrown
 * together, so `astro build` fails and names every file, node and problem at once.
 * Entry id = the slug (file name without .yaml; a .yml file fails the build); entry.data = the case as in the schema,
 * without id and file (a page rebuilds the LoadedScenario as { ...data, id, file }).
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ScenarioValidationError } from '../engine/scenario';
import { parseScenarioFile, slugOf } from '../engine/scenario/server';
import type { LoadedScenario } from '../engine/scenario';
import type { Rule } from '../engine/scenario';
import { parseRuleCatalogue } from '../engine/scenario/server';
import { fingerprintOf } from '../engine/case-version/server';
import { checkVersionLock, parseLock } from '../engine/case-version';

/** The rule catalogue, read from content/rules.yaml (throws, naming the problem, when it is invalid). */
export function readRuleCatalogue(path = './content/rules.yaml'): Rule[] {
  return parseRuleCatalogue(readFileSync(resolve(path), 'utf8'), 'content/rules.yaml');
}

/** Reads one case file with the catalogue, for tests and scripts: `readScenario('scenarios/x.yaml')`. */
export function readScenario(file: string, catalogue: readonly Rule[] = readRuleCatalogue()): LoadedScenario {
  return parseScenarioFile(readFileSync(resolve(file), 'utf8'), file, catalogue);
}

/** Options of the loader. */
export interface ScenarioLoaderOptions {
  /** The case version lock (scenarios/versions.lock.json) to check every case against; no check without it. */
  lock?: string;
}

/** Compares every case with the version lock (src/engine/case-version/lock.ts); a missing lock is a problem too. */
async function lockProblems(lockPath: string, cases: readonly LoadedScenario[]): Promise<string[]> {
  const text = await readFile(resolve(lockPath), 'utf8').catch(() => null);
  if (text === null) return [`${lockPath}: the case version lock is missing. Run \`npm run cases:lock\` and commit it.`];
  try {
    return checkVersionLock(cases.map(fingerprintOf), parseLock(text));
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

async function loadAll(dir: string, { store, parseData, generateDigest }: LoaderContext, options: ScenarioLoaderOptions): Promise<void> {
  const catalogue = readRuleCatalogue();
  // .yml files are read too, only to be refused with "gebruik .yaml" (skipping them would hide a case).
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
  const problems: string[] = [];
  const entries: { id: string; data: Record<string, unknown>; digest: string }[] = [];
  const loaded: LoadedScenario[] = [];
  for (const name of files) {
    const file = `scenarios/${name}`;
    const text = await readFile(join(dir, name), 'utf8');
    try {
      const parsed = parseScenarioFile(text, file, catalogue);
      loaded.push(parsed);
      const { id, file: _file, ...scenario } = parsed;
      const data = await parseData({ id, data: scenario as Record<string, unknown>, filePath: file });
      entries.push({ id, data, digest: generateDigest(`${text}\u0000${JSON.stringify(scenario.rules)}`) });
    } catch (error) {
      if (!(error instanceof ScenarioValidationError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length === 0 && options.lock !== undefined) problems.push(...(await lockProblems(options.lock, loaded)));
  if (problems.length > 0) throw new Error(`Invalid case files (see docs/scenarios.md):\n${problems.join('\n')}`);
  store.clear();
  for (const entry of entries) store.set(entry);
}

/** Loads every scenarios/<slug>.yaml as entry <slug>; throws (failing the build) on any problem, or a case that does not match the version lock. */
export function scenarioLoader(base = './scenarios', options: ScenarioLoaderOptions = {}): Loader {
  let watching = false;
  return {
    name: 'veilig-handelen-scenarios',
    load: async (context) => {
      const dir = resolve(base);
      await loadAll(dir, context, options);
      if (!context.watcher || watching) return;
      watching = true; // load() runs again on every sync in dev; listen once
      context.watcher.add(dir);
      context.watcher.add(resolve('./content/rules.yaml'));
      context.watcher.on('all', (_event, path) => {
        if ((resolve(path).startsWith(dir) && (path.endsWith('.yaml') || path.endsWith('.yml'))) || path.endsWith('rules.yaml')) {
          loadAll(dir, context, options).catch((error: unknown) => context.logger.error(String(error)));
        }
      });
    },
  };
}

/** The case id of a scenario file path; re-exported for pages that list files. */
export { slugOf };
