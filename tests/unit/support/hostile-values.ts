/**
 * Random and hostile values for storage fuzzing: broken JSON, wrong types, huge strings, old and
 * future versions, missing fields, prototype-pollution keys. Deterministic for a given seed.
 */
import { mulberry32, randomInt } from '../../../src/engine/shared/random';

const FIXED: string[] = [
  '',
  ' ',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  'NaN',
  '1e309',
  '"tekst"',
  '[]',
  '{}',
  '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]',
  '{"v":0}',
  '{"v":1}',
  '{"v":999,"results":{}}',
  '{"version":0}',
  '{"version":2}',
  '{"v":"1"}',
  '{"v":1,"results":null}',
  '{"v":1,"results":"x"}',
  '{"v":1,"results":[null,1,"x",{}]}',
  '{"v":1,"results":{"x":{"bestPercent":"100"}}}',
  '{"v":1,"results":{"x":{"bestPercent":1e9,"completedAt":"gisteren"}}}',
  '{"__proto__":{"polluted":"ja"}}',
  '{"constructor":{"prototype":{"polluted":"ja"}}}',
  '{"v":1,"results":{"__proto__":{"polluted":"ja"}}}',
  '{"/handelingswijzer/":{"readAt":"morgen"},"__proto__":{"polluted":"ja"}}',
  '{"v":1,"scenarioVersion":1,"finished":"ja","best":{"score":"veel"},"current":{"nodeId":"nergens"}}',
  '{"v":1,"scenarioVersion":1,"finished":true,"best":null,"lastPath":[{"nodeId":1}],"current":{"version":1,"nodeId":"bestaat-niet","path":[],"vars":{},"answers":{},"finished":false}}',
  '{"version":1,"scenarioId":"x","phase":"stemmen","decisions":"veel"}',
  '<script>window.__fuzzXss=1</script>',
  '<img src=x onerror="window.__fuzzXss=1">',
  '{"v":1,"results":[{"at":"<img src=x onerror=window.__fuzzXss=1>","percent":"<b>"}]}',
  '\u0000\u0001\u0002',
  '\ud800',
  '{"a":',
  '{"v":1,"results":{}',
  "{'v':1}",
];

const PIECES = ['{', '}', '[', ']', '"', ':', ',', 'v', '1', 'null', 'true', '__proto__', 'results', 'nodeId', '\\', 'é', '😀', ' '];

/** `count` values: the fixed hostile list first, then random junk, huge strings and random JSON shapes. */
export function hostileValues(count: number, seed = 20261123): string[] {
  const random = mulberry32(seed);
  const values = [...FIXED];
  while (values.length < count) {
    const kind = randomInt(4, random);
    if (kind === 0) {
      values.push(Array.from({ length: 1 + randomInt(40, random) }, () => PIECES[randomInt(PIECES.length, random)]).join(''));
    } else if (kind === 1) {
      values.push('x'.repeat(1000 + randomInt(200_000, random)));
    } else if (kind === 2) {
      const shape: Record<string, unknown> = { v: randomInt(3, random), version: randomInt(3, random) };
      shape[['results', 'current', 'best', 'decisions', 'attempt'][randomInt(5, random)]!] = [null, 1, 'x', [], {}, { nodeId: 'x' }][randomInt(6, random)];
      values.push(JSON.stringify(shape));
    } else {
      values.push(JSON.stringify(Array.from({ length: randomInt(5, random) }, () => random())));
    }
  }
  return values.slice(0, count);
}
