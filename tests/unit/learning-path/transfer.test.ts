/** Export and import of progress: the file format, every refusal, and all-or-nothing writing. */
import { describe, expect, test } from 'vitest';
import {
  type KeyRule,
  MAX_ENTRIES,
  MAX_FILE_BYTES,
  type StorageLike,
  bundleFileName,
  clearProgress,
  createBundle,
  parseBundle,
  readProgressEntries,
  replaceProgress,
} from '../../../src/engine/learning-path/transfer';
import { importProblemText } from '../../../src/engine/learning-path/text';

/** A Map-backed Storage; `failOn` makes setItem throw for that key, like a full storage. */
class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failOn: string | null = null;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (k === this.failOn) throw new Error('QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

/** Rules for the tests: `vh:a` must be JSON with ok:true, `vh:list:*` any string. */
const RULES: KeyRule[] = [
  { matches: (k) => k === 'vh:a', isValid: (raw) => (JSON.parse(raw) as { ok?: unknown }).ok === true },
  { matches: (k) => k.startsWith('vh:list:'), isValid: () => true },
];
const NOW = new Date('2026-11-23T12:00:00.000Z');

function file(data: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ app: 'veilig-handelen', version: 1, exportedAt: NOW.toISOString(), data, ...extra });
}

function problem(text: string): string | undefined {
  const result = parseBundle(text, RULES);
  return result.ok ? undefined : result.problem.code;
}

describe('export', () => {
  test('takes only the vh: keys, sorted, with their stored strings as they are', () => {
    const storage = new MemoryStorage();
    storage.setItem('vh:list:b', 'plain text');
    storage.setItem('other-site', 'x');
    storage.setItem('vh:a', '{"ok":true}');
    const bundle = createBundle(readProgressEntries(storage), NOW);
    expect(bundle).toEqual({
      app: 'veilig-handelen',
      version: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
      data: { 'vh:a': '{"ok":true}', 'vh:list:b': 'plain text' },
    });
  });

  test('the file name carries the date', () => {
    expect(bundleFileName(NOW)).toBe('veilig-handelen-voortgang-2026-11-23.json');
  });

  test('export then import gives back exactly the same entries', () => {
    const storage = new MemoryStorage();
    storage.setItem('vh:a', '{"ok":true}');
    storage.setItem('vh:list:x', '"quoted" and \\ backslash');
    const text = JSON.stringify(createBundle(readProgressEntries(storage), NOW));
    const result = parseBundle(text, RULES);
    expect(result.ok && result.entries).toEqual(readProgressEntries(storage));
  });
});

describe('import refuses, with a reason', () => {
  test('a file that is not JSON', () => {
    expect(problem('PK\u0003\u0004 this is a zip')).toBe('not-json');
  });

  test('an empty file', () => {
    expect(problem('')).toBe('not-json');
  });

  test('JSON from another app, an array, or null', () => {
    expect(problem(JSON.stringify({ app: 'iets-anders', version: 1, exportedAt: NOW, data: {} }))).toBe('foreign');
    expect(problem('[1,2,3]')).toBe('foreign');
    expect(problem('null')).toBe('foreign');
  });

  test('a file from a newer version of the site', () => {
    const result = parseBundle(file({}, { version: 2 }), RULES);
    expect(result.ok ? null : result.problem).toEqual({ code: 'newer-version', version: 2 });
  });

  test('a damaged envelope: missing data, bad date, version 0, extra fields', () => {
    expect(problem(JSON.stringify({ app: 'veilig-handelen', version: 1, exportedAt: NOW }))).toBe('damaged');
    expect(problem(file({}, { exportedAt: 'gisteren' }))).toBe('damaged');
    expect(problem(file({}, { version: 0 }))).toBe('damaged');
    expect(problem(file({}, { extra: true }))).toBe('damaged');
    expect(problem(file([] as unknown as Record<string, unknown>))).toBe('damaged');
  });

  test('a file over the size limit, before parsing it', () => {
    const big = file({ 'vh:list:big': 'x'.repeat(MAX_FILE_BYTES) });
    expect(problem(big)).toBe('too-large');
  });

  test('a file with too many keys', () => {
    const data = Object.fromEntries(Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => [`vh:list:${i}`, 'x']));
    expect(problem(file(data))).toBe('too-many-entries');
  });

  test('a key of another site, or a vh: key the site does not know', () => {
    expect(problem(file({ 'theme': 'dark' }))).toBe('unknown-key');
    expect(problem(file({ 'vh:onbekend': 'x' }))).toBe('unknown-key');
  });

  test('a value that is not a string, or that its store rejects, or that makes the check throw', () => {
    expect(problem(file({ 'vh:a': { ok: true } }))).toBe('invalid-value');
    expect(problem(file({ 'vh:a': '{"ok":false}' }))).toBe('invalid-value');
    expect(problem(file({ 'vh:a': 'not json' }))).toBe('invalid-value');
  });

  test('one bad key refuses the whole file', () => {
    const result = parseBundle(file({ 'vh:list:good': 'x', 'vh:a': '{"ok":0}' }), RULES);
    expect(result.ok).toBe(false);
  });
});

describe('prototype pollution', () => {
  test('a __proto__ key in data is refused and Object.prototype stays clean', () => {
    const text = `{"app":"veilig-handelen","version":1,"exportedAt":"${NOW.toISOString()}","data":{"__proto__":{"polluted":"yes"}}}`;
    expect(problem(text)).toBe('unknown-key');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a __proto__ or constructor key at the top level is refused', () => {
    const proto = `{"app":"veilig-handelen","version":1,"exportedAt":"${NOW.toISOString()}","data":{},"__proto__":{"polluted":"yes"}}`;
    expect(problem(proto)).toBe('damaged');
    expect(problem(file({}, { constructor: { prototype: { polluted: 'yes' } } }))).toBe('damaged');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('vh:__proto__-like keys are only accepted when a rule knows them', () => {
    expect(problem(file({ 'vh:__proto__': 'x' }))).toBe('unknown-key');
  });

  test('export skips keys of other sites, __proto__ included, and keeps a plain data object', () => {
    const bundle = createBundle([['__proto__', 'x'], ['vh:list:a', 'y']], NOW);
    expect(Object.getPrototypeOf(bundle.data)).toBe(Object.prototype);
    expect(Object.keys(bundle.data)).toEqual(['vh:list:a']);
  });
});

describe('writing an import', () => {
  test('replaces all vh: keys and leaves other sites alone', () => {
    const storage = new MemoryStorage();
    storage.setItem('vh:list:old', 'old');
    storage.setItem('other', 'keep');
    replaceProgress(storage, [['vh:a', '{"ok":true}']]);
    expect(Object.fromEntries(storage.map)).toEqual({ other: 'keep', 'vh:a': '{"ok":true}' });
  });

  test('a write the storage refuses puts the old progress back and reports the error', () => {
    const storage = new MemoryStorage();
    storage.setItem('vh:list:old', 'old');
    storage.failOn = 'vh:list:new2';
    expect(() => replaceProgress(storage, [['vh:list:new1', '1'], ['vh:list:new2', '2']])).toThrow('Quota');
    expect(Object.fromEntries(storage.map)).toEqual({ 'vh:list:old': 'old' });
  });

  test('reset removes every vh: key only', () => {
    const storage = new MemoryStorage();
    storage.setItem('vh:a', '1');
    storage.setItem('vh:list:b', '2');
    storage.setItem('other', 'keep');
    clearProgress(storage);
    expect([...storage.map.keys()]).toEqual(['other']);
  });
});

test('every refusal has a Dutch message that says nothing changed', () => {
  const codes = ['too-large', 'not-json', 'foreign', 'damaged', 'too-many-entries'] as const;
  for (const code of codes) expect(importProblemText({ code })).toContain('Er is niets veranderd');
  expect(importProblemText({ code: 'invalid-value', key: 'vh:quiz:v1' })).toContain('vh:quiz:v1');
  expect(importProblemText({ code: 'newer-version', version: 3 })).toContain('nieuwere versie');
});
