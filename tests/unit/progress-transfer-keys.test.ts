/**
 * The import rules of the real stores: every `vh:` key a store writes has a rule,
 * values the stores write are accepted, and damaged or hostile values are refused.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KEY_RULES } from '../../src/components/progress/key-rules';
import { parseBundle } from '../../src/engine/learning-path/transfer';
import { encodeResults } from '../../src/stores/exercise-results';

const NOW = '2026-11-23T12:00:00.000Z';

function accepts(key: string, value: string): boolean {
  const text = JSON.stringify({ app: 'veilig-handelen', version: 1, exportedAt: NOW, data: { [key]: value } });
  return parseBundle(text, KEY_RULES).ok;
}

const caseRecord = { v: 1, scenarioVersion: 1, finished: true, best: { score: 9, max: 10, percent: 90, passed: true }, lastPath: [], current: null, updatedAt: NOW };
const quizResult = { at: NOW, points: 9, max: 10, percent: 90, passed: true, byTopic: [{ topic: 'ots', points: 1, max: 1 }] };

test('every vh: key named in src/stores has an import rule', () => {
  const keys = readdirSync('src/stores')
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(`src/stores/${f}`, 'utf8').matchAll(/export const \w+ = '(vh:[^']*)'/g)].map((m) => m[1] as string));
  expect(keys.length).toBeGreaterThan(5);
  for (const key of keys) {
    const example = key.endsWith(':') ? `${key}voorbeeld` : key; // a prefix (vh:case:) gets a slug
    expect(KEY_RULES.some((r) => r.matches(example)), example).toBe(true);
  }
});

describe('values the stores write are accepted', () => {
  test.each([
    ['vh:case:noor-groep-6', JSON.stringify(caseRecord)],
    ['vh:quiz:v1', JSON.stringify({ v: 1, results: [quizResult] })],
    ['vh:quiz:attempt:v1', JSON.stringify({ v: 1, attempt: { questionIds: ['a'], optionOrder: { a: ['x', 'y'] }, answers: {}, position: 0 } })],
    ['vh:exercises:v1', encodeResults({ 'vastleggen-school': { bestPercent: 75, completedAt: NOW } })],
    ['vh:pages:v1', JSON.stringify({ '/vastleggen/': { readAt: NOW } })],
    ['vh:region', 'midden-groningen'],
    ['vh:name', 'Anna de Vries'],
  ])('%s', (key, value) => {
    expect(accepts(key, value)).toBe(true);
  });
});

describe('damaged or hostile values are refused', () => {
  test.each([
    ['vh:case:noor-groep-6', JSON.stringify({ ...caseRecord, finished: 'ja' })],
    ['vh:case:__proto__', JSON.stringify(caseRecord)],
    ['vh:case:noor-groep-6', '{not json'],
    ['vh:quiz:v1', JSON.stringify({ v: 1, results: [{ ...quizResult, percent: -5 }] })],
    ['vh:quiz:v1', JSON.stringify({ v: 2, results: [] })],
    ['vh:quiz:v1', JSON.stringify({ v: 1, results: Array(50).fill(quizResult) })],
    ['vh:exercises:v1', '{"v":1,"results":{"__proto__":{"bestPercent":50,"completedAt":"2026-11-23T12:00:00.000Z"}}}'],
    ['vh:exercises:v1', encodeResults({ 'vastleggen-school': { bestPercent: 150, completedAt: NOW } })],
    ['vh:pages:v1', JSON.stringify({ '/vastleggen/': { readAt: 'gisteren' } })],
    ['vh:pages:v1', '{"__proto__":{"readAt":"2026-11-23T12:00:00.000Z"}}'],
    ['vh:pages:v1', JSON.stringify({ 'javascript:alert(1)': { readAt: NOW } })],
    ['vh:region', '<script>'],
    ['vh:name', 'x'.repeat(500)],
    ['vh:name', 'Anna\u0000'],
    ['vh:session:v1', '{"version":1}'],
  ])('%s = %s', (key, value) => {
    expect(accepts(key, value)).toBe(false);
  });
});
