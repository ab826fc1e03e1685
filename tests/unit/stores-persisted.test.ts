// @vitest-environment jsdom
/**
 * The one persisted helper and the declared shapes: lenient reading, strict import
 * checks from the same shape, hostile keys, and a damaged key never touching another.
 */
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, test } from 'vitest';
import { persisted, read, removeKey, write, writeJson } from '~/stores/persisted';
import { memory, throwing } from './support/memory-storage';
import { array, count, isoDate, object, record, string } from '~/stores/shape';
import { progressSnapshot, watchProgress } from '~/components/progress/snapshot';
import { caseProgress } from '~/stores/case-progress';
import { pagesRead } from '~/stores/page-read';

const NOW = '2026-11-23T12:00:00.000Z';

afterEach(() => {
  localStorage.clear();
  cleanStores(caseProgress, pagesRead, progressSnapshot);
});

describe('shapes', () => {
  const entry = object({ n: count(10), at: isoDate });

  test('an object keeps only its declared fields, and refuses a bad one', () => {
    expect(entry.parse({ n: 3, at: NOW, extra: '<script>' }, false)).toEqual({ n: 3, at: NOW });
    expect(entry.parse({ n: 11, at: NOW }, false)).toBeUndefined();
    expect(entry.parse({ n: 1, at: 'gisteren' }, true)).toBeUndefined();
    expect(entry.parse([1], false)).toBeUndefined();
  });

  test('a lenient record drops a bad entry when reading, but refuses it on a strict check', () => {
    const shape = record(/^[a-z]+$/, entry, { lenient: true, max: 2 });
    const value = { goed: { n: 1, at: NOW }, kapot: { n: -1, at: NOW } };
    expect(shape.parse(value, false)).toEqual({ goed: { n: 1, at: NOW } });
    expect(shape.parse(value, true)).toBeUndefined();
    const three = { a: { n: 1, at: NOW }, b: { n: 1, at: NOW }, c: { n: 1, at: NOW } };
    expect(Object.keys(shape.parse(three, false) ?? {})).toEqual(['a', 'b']);
    expect(shape.parse(three, true)).toBeUndefined();
  });

  test('a strict record refuses any bad entry, even when reading', () => {
    expect(record(/^[a-z]+$/, string()).parse({ a: 'x', b: 3 }, false)).toBeUndefined();
  });

  test('a stored __proto__ key never becomes a prototype', () => {
    const parsed = record(/^(?!__proto__$)\w+$/, string(), { lenient: true }).parse(JSON.parse('{"__proto__":{"x":"y"},"a":"b"}'), false);
    expect(parsed).toEqual({ a: 'b' });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  test('an array with a maximum is cut when reading and refused on a strict check', () => {
    expect(array(string(), 2).parse(['a', 'b', 'c'], false)).toEqual(['a', 'b']);
    expect(array(string(), 2).parse(['a', 'b', 'c'], true)).toBeUndefined();
    expect(array(string()).parse(['a', 1], false)).toBeUndefined();
  });
});

describe('persisted', () => {
  test('a numbered version is wrapped with v; another version or bad JSON reads as the fallback', () => {
    const p = persisted('vh:test:a', array(string()), 2, { fallback: [], field: 'items' });
    write(p, ['x']);
    expect(localStorage.getItem('vh:test:a')).toBe('{"v":2,"items":["x"]}');
    expect(p.decode('{"v":1,"items":["x"]}')).toEqual([]);
    expect(p.decode('{kapot')).toEqual([]);
    expect(p.rule.isValid('{"v":2,"items":["x"]}')).toBe(true);
    expect(p.rule.isValid('{"v":2,"items":[1]}')).toBe(false);
    expect(p.rule.matches('vh:test:a')).toBe(true);
    expect(p.rule.matches('vh:test:b')).toBe(false);
  });

  test('a damaged key reads as its fallback and leaves every other key alone', () => {
    localStorage.setItem('vh:test:kapot', '{"v":1,"value":');
    localStorage.setItem('vh:test:heel', '"nog goed"');
    const broken = persisted('vh:test:kapot', string(), 1, { fallback: 'leeg' });
    const whole = persisted('vh:test:heel', string(), 'key', { fallback: '' });
    expect(read(broken)).toBe('leeg');
    expect(read(whole)).toBe('nog goed');
    expect(localStorage.getItem('vh:test:heel')).toBe('"nog goed"');
  });

  test('text values are stored as is, and `remove` removes the key', () => {
    const p = persisted('vh:test:text', string(/^[a-z]+$/), 'text', { fallback: '', remove: (v) => v === '' });
    write(p, 'abc');
    expect(localStorage.getItem('vh:test:text')).toBe('abc');
    expect(p.decode('ABC')).toBe('');
    write(p, '');
    expect(localStorage.getItem('vh:test:text')).toBeNull();
  });
});

describe('keys read explicitly (session, live voting): writing JSON and removing', () => {
  test('writes the value as JSON and says it was kept; removes the key', () => {
    const storage = memory();
    expect(writeJson(storage, 'vh:test:json', { a: 1 })).toBe(true);
    expect(storage.data['vh:test:json']).toBe('{"a":1}');
    removeKey(storage, 'vh:test:json');
    expect(storage.data).toEqual({});
  });

  test('no storage or a refusing one: false, and nothing throws', () => {
    expect(writeJson(null, 'vh:test:json', 1)).toBe(false);
    expect(writeJson(throwing, 'vh:test:json', 1)).toBe(false);
    expect(() => removeKey(throwing, 'vh:test:json')).not.toThrow();
    expect(() => removeKey(null, 'vh:test:json')).not.toThrow();
  });
});

describe('the progress snapshot', () => {
  test('is a computed over the stores: a page read or a case saved shows up without asking again', () => {
    const seen: number[] = [];
    const stop = watchProgress((s) => seen.push(s.pagesRead.size + s.cases.size));
    expect(seen).toEqual([0]);
    pagesRead.set({ '/vastleggen/': { readAt: NOW } });
    caseProgress.setKey('noor-groep-6', { v: 1, scenarioVersion: 1, finished: true, best: null, lastPath: [], current: null, updatedAt: NOW });
    expect(seen.at(-1)).toBe(2);
    expect(progressSnapshot.get().cases.get('noor-groep-6')).toEqual({ version: 1, finished: true, inProgress: false, best: null });
    stop();
  });
});
