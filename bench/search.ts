/**
 * Search benchmark: index size (raw and gzip), the time to load the index, and
 * query latency p50/p95 over a fixed list of queries. Reads the built index
 * (dist/search-index.json) when there is one, else builds it from the content.
 * Run: npm run bench:search   (node bench/search.ts, Node 22 strips the types)
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildSearchData } from '../src/engine/search/build-index.ts';
import { loadSearchData, search } from '../src/engine/search/search.ts';
import { readAllDocs } from './search-content.ts';
import { BENCH_QUERIES } from './search-queries.ts';

const BUILT = 'dist/search-index.json';
/** Rounds of the whole query list; the first round warms up the JIT and is not measured. */
const ROUNDS = 5;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(3)} ms`;

const fromDist = existsSync(BUILT);
const json = fromDist ? readFileSync(BUILT, 'utf8') : JSON.stringify(buildSearchData(readAllDocs()));

const loadTimes: number[] = [];
let loaded = loadSearchData(JSON.parse(json));
for (let i = 0; i < 10; i++) {
  const start = performance.now();
  loaded = loadSearchData(JSON.parse(json));
  loadTimes.push(performance.now() - start);
}
loadTimes.sort((a, b) => a - b);

const latencies: number[] = [];
let empty = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const query of BENCH_QUERIES) {
    const start = performance.now();
    const { total } = search(loaded, query, 10);
    const elapsed = performance.now() - start;
    if (round > 0) latencies.push(elapsed);
    if (round === 0 && total === 0) empty += 1;
  }
}
latencies.sort((a, b) => a - b);

console.log(`Search benchmark (${fromDist ? BUILT : 'built from the content, no dist/ found'})`);
console.log(`  documents:        ${loaded.docs.length}`);
console.log(`  index size:       ${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json).length)} gzip`);
console.log(`  load (parse+load): median ${ms(percentile(loadTimes, 50))}, max ${ms(loadTimes.at(-1) ?? 0)} over ${loadTimes.length} loads`);
console.log(`  queries:          ${BENCH_QUERIES.length} (${empty} with no results), ${ROUNDS - 1} measured rounds`);
console.log(`  query latency:    p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(latencies.at(-1) ?? 0)}`);
