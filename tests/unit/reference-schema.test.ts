import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { referenceSchema } from '../../src/schemas/reference';

const valid = {
  title: 'Stap 1: Breng signalen in kaart',
  description: 'Wat je doet als je iets ziet dat je zorgen geeft.',
  section: 'handelingswijzer',
  order: 1,
  sources: ['handelingswijzer'],
  lastReviewed: '2026-11-23',
};

describe('reference schema', () => {
  test('accepts a complete page', () => {
    expect(referenceSchema.safeParse(valid).success).toBe(true);
  });

  test('rejects a page without sources', () => {
    const { sources: _omit, ...rest } = valid;
    expect(referenceSchema.safeParse(rest).success).toBe(false);
  });

  test('rejects a page with an empty source list, with a Dutch message', () => {
    const result = referenceSchema.safeParse({ ...valid, sources: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/minstens één bron/);
  });

  test('rejects an unknown source id', () => {
    expect(referenceSchema.safeParse({ ...valid, sources: ['wikipedia'] }).success).toBe(false);
  });

  test('rejects an unknown section', () => {
    expect(referenceSchema.safeParse({ ...valid, section: 'overig' }).success).toBe(false);
  });
});

/** Reads the YAML front matter of every MDX file under a folder. */
function frontMatters(dir: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) out.push(...frontMatters(path));
    else if (name.name.endsWith('.mdx')) {
      const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
      out.push([relative('.', path), match ? parseYaml(match[1] ?? '') : null]);
    }
  }
  return out;
}

describe('the real reference pages', () => {
  test.each(frontMatters('content/reference'))('%s has valid front matter', (_path, data) => {
    const result = referenceSchema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
