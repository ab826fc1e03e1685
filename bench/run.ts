/**
 * `npm run bench`: builds the site and prints, per page type, the JavaScript and CSS a page
 * really loads (raw and gzip), its total transfer, and Lighthouse scores (mobile profile) from
 * the same Chromium the tests use; then the build time, case validation time for a synthetic
 * 1,000-node case, and the search figures. Writes everything to bench/results/latest.json (and a
 * dated copy) so two runs can be compared. Figures, not pass/fail: budgets live in
 * tests/e2e/budgets.spec.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions, measurePage } from './page-weight.mjs';
import { PAGE_TYPES, firstCaseSlug } from './page-types';
import { instantFigures, printInstant } from './instant';
import { expertRun } from '../src/engine/scenario';
import { parseScenarioFile } from '../src/engine/scenario/server';
import { syntheticCaseYaml } from './synthetic-case';

const PORT = Number(process.env["BENCH_PORT"] ?? 4331);
const BASE = `http://127.0.0.1:${PORT}`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function timeBuild(): number {
  const start = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error('npm run build failed; run it to see why');
  return performance.now() - start;
}

async function startPreview(): Promise<() => void> {
  const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return () => process.kill(-server.pid!, 'SIGTERM');
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('astro preview did not start');
}

async function lighthouseScores(urls: string[]): Promise<Record<string, Record<string, number>>> {
  const launch = chromiumLaunchOptions(existsSync);
  const chrome = await chromeLauncher.launch({
    ...(launch.executablePath ? { chromePath: launch.executablePath } : {}),
    chromeFlags: ['--headless=new', ...launch.args],
  });
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, undefined);
      const cats = result?.lhr.categories ?? {};
      scores[url] = Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}

function timeSyntheticCase(): { validateMs: number; playMs: number } {
  const yaml = syntheticCaseYaml(1000);
  const t0 = performance.now();
  const scenario = parseScenarioFile(yaml, 'scenarios/synthetisch.yaml', []);
  const t1 = performance.now();
  expertRun(scenario);
  return { validateMs: t1 - t0, playMs: performance.now() - t1 };
}

function searchFigures(): string {
  const result = spawnSync('npm', ['run', '--silent', 'bench:search'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : `bench:search failed: ${result.stderr.trim().slice(0, 500)}`;
}

async function main() {
  const buildMs = timeBuild();
  const stop = await startPreview();
  const rows: Record<string, unknown>[] = [];
  try {
    const browser = await chromium.launch(chromiumLaunchOptions(existsSync));
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const caseSlug = firstCaseSlug();
    for (const type of PAGE_TYPES) {
      const path = type.path(caseSlug);
      const weight = await measurePage(context, `${BASE}${path}`, async (page: import('@playwright/test').Page) => {
        await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]:not([client="interact"])').length === 0);
      });
      rows.push({ type: type.name, path, ...weight, requests: undefined });
    }
    await browser.close();
    const lh = await lighthouseScores(rows.map((r) => `${BASE}${r['path'] as string}`));
    for (const row of rows) row['lighthouse'] = lh[`${BASE}${row['path'] as string}`];
  } finally {
    stop();
  }
  const instant = await instantFigures('dist', PORT + 2, firstCaseSlug());
  const synthetic = timeSyntheticCase();
  const search = searchFigures();

  console.log('\nPage weight and Lighthouse (mobile) per page type\n');
  console.log('page type            JS raw    JS gzip   CSS raw   total gz  perf a11y bp  seo');
  for (const r of rows) {
    const lh = (r['lighthouse'] ?? {}) as Record<string, number>;
    console.log(
      `${String(r['type']).padEnd(20)} ${kb(r['jsRaw'] as number).padStart(9)} ${kb(r['jsGzip'] as number).padStart(9)} ${kb(r['cssRaw'] as number).padStart(9)} ${kb(r['totalGzip'] as number).padStart(9)}  ${String(lh['performance'] ?? '-').padStart(3)} ${String(lh['accessibility'] ?? '-').padStart(4)} ${String(lh['best-practices'] ?? '-').padStart(3)} ${String(lh['seo'] ?? '-').padStart(4)}`,
    );
  }
  console.log(`\n${printInstant(instant)}`);
  console.log(`\nBuild time: ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`Synthetic case, 1,000 nodes: validate ${synthetic.validateMs.toFixed(0)} ms, expert path ${synthetic.playMs.toFixed(0)} ms`);
  console.log(`\nSearch:\n${search}`);

  const out = { date: new Date().toISOString(), buildMs, synthetic, pages: rows, instant, search };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(`bench/results/${out.date.replace(/[:.]/g, '-')}.json`, `${JSON.stringify(out, null, 2)}\n`);
  console.log('\nWritten to bench/results/latest.json');
}

await main();
