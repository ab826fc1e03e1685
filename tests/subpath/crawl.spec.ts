/**
 * The site built under a base path (dist-sub/, base /opleiding/), served under that path only
 * (serve.mjs answers 404 to everything outside it). In one browser context: every page answers 200
 * and links and loads only inside the base; an unknown address gets the 404 page; search finds
 * results and opens them; a case plays to its end. Any request outside the base, any failed
 * request and any error in a page (a CSP violation included) fails the test that caused it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { parseScenarioFile } from '../../src/engine/scenario/load';
import type { LoadedScenario } from '../../src/engine/scenario/model';
import { expertRun } from '../../src/engine/scenario/play';
import { RULES } from '../unit/support/rules';
import { HYDRATING, builtRoutes } from '../e2e/support';
import { SUB_BASE as BASE } from '../../playwright.subpath.config';

const DIR = 'dist-sub';
const ROUTES = builtRoutes(DIR);

test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
let origin = '';
/** What went wrong since the last check: requests outside the base, failed requests, page errors. */
let problems: string[] = [];
/** Responses with status 404 that a test expects (the unknown address). */
const expected404 = new Set<string>();
// This folder is served as a purely static host: there is no live relay. The session pages ask for its health
// check (under the base path, as they must) and, on the 404, offer hand counting only and say why.
expected404.add(`${BASE}live/health`);

/** The problems collected so far, emptied for the next check. */
function takeProblems(): string[] {
  const found = problems;
  problems = [];
  return found;
}

test.beforeAll(async ({ browser, baseURL }) => {
  origin = new URL(baseURL ?? '').origin;
  context = await browser.newContext({ baseURL: baseURL ?? '', serviceWorkers: 'block' });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(BASE)) problems.push(`request outside ${BASE}: ${url.pathname} (on ${page.url()})`);
  });
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && !expected404.has(url.pathname)) problems.push(`HTTP ${response.status()}: ${url.pathname} (on ${page.url()})`);
  });
  context.on('requestfailed', (request) => {
    // Leaving a page cancels what it was still loading: that is not a broken link.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${reason}`);
  });
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`error on ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is already reported, with its URL, by the response listener above.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console on ${page.url()}: ${message.text()}`);
  });
});

test.afterAll(async () => {
  await context.close();
});

/** Every URL the page's DOM points at (links, assets, form actions), resolved against the page. */
async function urlsOnPage(): Promise<URL[]> {
  const raw = await page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], form[action]')].map(
      (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '',
    ),
  );
  return raw.filter((u) => !/^(tel|mailto|data|javascript):/i.test(u)).map((u) => new URL(u, page.url()));
}

test('the build has pages to crawl', () => {
  expect(ROUTES.length).toBeGreaterThan(50);
});

test('every page answers 200 under the base path, and links and loads only inside it', async () => {
  // One visit per page, one after another: give the whole crawl room on a busy machine (this is no speed test).
  test.setTimeout(ROUTES.length * 4_000);
  const linked = new Set<string>();
  const outside: string[] = [];
  for (const route of ROUTES) {
    const response = await page.goto(BASE + route.slice(1));
    expect(response?.status(), route).toBe(200);
    for (const url of await urlsOnPage()) {
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(BASE)) outside.push(`${route}: ${url.pathname}`);
      else linked.add(url.pathname);
    }
  }
  expect(outside, 'links outside the base path').toEqual([]);
  // Everything linked that is not a page visited above (assets, the manifest, the favicon) exists too.
  const visited = new Set(ROUTES.map((r) => BASE + r.slice(1)));
  const missing: string[] = [];
  for (const path of linked) {
    if (visited.has(path)) continue;
    const response = await context.request.get(path);
    if (response.status() !== 200) missing.push(`${path}: HTTP ${response.status()}`);
  }
  expect(missing).toEqual([]);
  expect(takeProblems()).toEqual([]);
});

test('the web manifest starts and scopes the app inside the base path', async () => {
  const response = await context.request.get(`${BASE}manifest.webmanifest`);
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as { start_url: string; scope: string; icons: { src: string }[] };
  const at = (u: string) => new URL(u, `${origin}${BASE}manifest.webmanifest`).pathname;
  expect(at(manifest.start_url)).toBe(BASE);
  expect(at(manifest.scope)).toBe(BASE);
  for (const icon of manifest.icons) expect((await context.request.get(at(icon.src))).status()).toBe(200);
});

test('an unknown address gets the 404 page, with links inside the base path', async () => {
  const path = `${BASE}bestaat-niet/`;
  expected404.add(path);
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  for (const url of await urlsOnPage()) {
    if (url.origin === origin) expect(url.pathname.startsWith(BASE), `404 page link ${url.pathname}`).toBe(true);
  }
  await page.getByRole('link', { name: 'Startpagina', exact: true }).click();
  await expect(page).toHaveURL(`${origin}${BASE}`);
  expect(takeProblems()).toEqual([]);
});

test('search finds results under the base path and opens them', async () => {
  await page.goto(BASE);
  await expect(page.locator(HYDRATING)).toHaveCount(0);
  const box = page.getByRole('combobox', { name: 'Zoek op de site' });
  await box.fill('verwijsindex');
  await expect(page.locator('#site-search-listbox').getByRole('option').first()).toContainText('Verwijsindex');
  await box.press('Enter');
  await expect(page).toHaveURL(`${origin}${BASE}zoeken/?q=verwijsindex`);
  const first = page.locator('a[data-result]').first();
  await expect(first).toBeVisible();
  const target = await first.getAttribute('href');
  expect(target?.startsWith(BASE), `result link ${target}`).toBe(true);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/verwijsindex/i);
  expect(takeProblems()).toEqual([]);
});

test('a case plays to its end under the base path', async () => {
  const cases: LoadedScenario[] = readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parseScenarioFile(readFileSync(`scenarios/${f}`, 'utf8'), `scenarios/${f}`, RULES));
  // The shortest expert run keeps the crawl quick; every case is played in tests/e2e/cases.spec.ts.
  const runs = cases.map((s) => ({ s, run: expertRun(s) })).sort((a, b) => a.run.path.length - b.run.path.length);
  const { s, run } = runs[0]!;
  await page.goto(`${BASE}casussen/${s.id}/`);
  await expect(page.locator(HYDRATING)).toHaveCount(0);
  await page.getByRole('link', { name: 'Start de casus' }).click();
  for (const entry of run.path) {
    const node = s.nodes.find((n) => n.id === entry.nodeId);
    if (!node || node.type === 'ending') throw new Error(`${s.id}: bad path entry ${entry.nodeId}`);
    if (node.type === 'situation') {
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
      continue;
    }
    const option = node.options.find((o) => o.id === entry.choiceId);
    await page.getByRole('button', { name: (option?.text ?? '').replace(/\s+/g, ' ').trim(), exact: true }).click();
    await expect(page.locator('.case-feedback')).toContainText('Goed');
    for (const url of await urlsOnPage()) {
      if (url.origin === origin) expect(url.pathname.startsWith(BASE), `feedback link ${url.pathname}`).toBe(true);
    }
    await page.getByRole('button', { name: 'Verder', exact: true }).click();
  }
  await expect(page.locator('.debrief__total')).toContainText(/Je score: (\d+) van \1 punten \(100%\)/);
  for (const url of await urlsOnPage()) {
    if (url.origin === origin) expect(url.pathname.startsWith(BASE), `debrief link ${url.pathname}`).toBe(true);
  }
  // The links the debrief offers lead to pages that exist.
  const readOn = page.locator('.debrief a[href]');
  for (const link of await readOn.all()) {
    const path = new URL((await link.getAttribute('href')) ?? '', page.url()).pathname;
    expect((await context.request.get(path)).status(), path).toBe(200);
  }
  expect(takeProblems()).toEqual([]);
});
