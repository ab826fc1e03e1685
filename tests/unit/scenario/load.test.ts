import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { ScenarioValidationError } from '../../../src/engine/scenario';
import { parseScenarioFile, slugOf } from '../../../src/engine/scenario/server';
import { scenarioLoader } from '../../../src/content/case-loader';
import { nodeNearLine } from '../../../src/engine/scenario/load';
import { RULES } from '../support/rules';

const minimal = readFileSync('tests/fixtures/scenarios/minimaal.yaml', 'utf8');

describe('parseScenarioFile', () => {
  test('returns plain data with the slug as id and the file', () => {
    const s = parseScenarioFile(minimal, 'scenarios/minimaal.yaml', RULES);
    expect(s.id).toBe('minimaal');
    expect(s.file).toBe('scenarios/minimaal.yaml');
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  test('fills in schema defaults', () => {
    const s = parseScenarioFile(minimal, 'scenarios/minimaal.yaml', RULES);
    expect(s.version).toBe(1);
    const niets = s.nodes.find((n) => n.id === 'overleg');
    expect(niets?.type === 'choice' && niets.options[1]).toMatchObject({ score: 0, expert: false, refs: [] });
  });

  test('an empty file and a file of only blanks are empty-file', () => {
    for (const text of ['', '  \n\n']) {
      try {
        parseScenarioFile(text, 'scenarios/leeg.yaml', RULES);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ScenarioValidationError);
        expect((error as ScenarioValidationError).issues).toEqual([{ file: 'scenarios/leeg.yaml', code: 'empty-file', message: 'the file is empty' }]);
      }
    }
  });

  test('a YAML list instead of a case is a schema problem', () => {
    expect(() => parseScenarioFile('- a\n- b\n', 'scenarios/lijst.yaml', RULES)).toThrow(/scenarios\/lijst\.yaml: Invalid input: expected object, received array/);
  });

  test('duplicate keys are a YAML syntax problem', () => {
    expect(() => parseScenarioFile(minimal.replace('minutes: 3', 'minutes: 3\nminutes: 4'), 'scenarios/x.yaml', RULES)).toThrow(
      /YAML syntax error at line \d+, column 1: Map keys must be unique/,
    );
  });
});

describe('slugOf and nodeNearLine', () => {
  test('the slug is the file name without folder and extension', () => {
    expect(slugOf('scenarios/noor-groep-6.yaml')).toBe('noor-groep-6');
    expect(slugOf('C:\\cases\\finn.yml')).toBe('finn');
  });

  test('finds the node whose text holds a line', () => {
    const lines = minimal.split('\n');
    const line = lines.findIndex((l) => l.includes('Niets doen helpt')) + 1;
    expect(nodeNearLine(minimal, line)).toBe('overleg');
    expect(nodeNearLine(minimal, 3)).toBeUndefined();
  });
});

/** A loader context that keeps entries in a map, enough for the scenarios loader. */
function fakeContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  const context = {
    store: { clear: () => entries.clear(), set: (e: { id: string; data: Record<string, unknown> }) => entries.set(e.id, e) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (x: unknown) => String(JSON.stringify(x).length),
    logger: { error: () => undefined },
  };
  return { entries, context: context as unknown as LoaderContext };
}

describe('the scenarios collection loader', () => {
  test('loads every case as an entry with the slug as id, without id and file in the data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'minimaal.yaml'), minimal);
    writeFileSync(join(dir, 'notities.txt'), 'geen casus');
    const { entries, context } = fakeContext();
    await scenarioLoader(dir).load(context);
    expect([...entries.keys()]).toEqual(['minimaal']);
    const data = entries.get('minimaal')?.data;
    expect(data?.['title']).toBe('Minimale casus');
    expect(data && 'file' in data).toBe(false);
  });

  test('fails with every problem of every broken file, so the build stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'a.yaml'), minimal.replace('start: begin', 'start: begn'));
    writeFileSync(join(dir, 'b.yaml'), minimal.replace('score: 3', 'score: 9'));
    writeFileSync(join(dir, 'c.yaml'), minimal);
    const { entries, context } = fakeContext();
    const load = scenarioLoader(dir).load(context);
    await expect(load).rejects.toThrow(/scenarios\/a\.yaml: start "begn"[\s\S]*scenarios\/b\.yaml: node "overleg": option "collega": score/);
    expect(entries.size).toBe(0);
  });

  test('a .yml file is refused with "gebruik .yaml", not skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'goed.yaml'), minimal);
    writeFileSync(join(dir, 'finn-groep-2.yml'), minimal);
    const { entries, context } = fakeContext();
    await expect(scenarioLoader(dir).load(context)).rejects.toThrow(
      'scenarios/finn-groep-2.yml: the file name "finn-groep-2.yml" ends in .yml; gebruik .yaml: rename it to "finn-groep-2.yaml" (only .yaml files are cases)',
    );
    expect(entries.size).toBe(0);
  });

  test('other files in scenarios/ (a README, a backup) are not read as cases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'goed.yaml'), minimal);
    writeFileSync(join(dir, 'README.md'), '# notes');
    const { entries, context } = fakeContext();
    await scenarioLoader(dir).load(context);
    expect([...entries.keys()]).toEqual(['goed']);
  });
});
