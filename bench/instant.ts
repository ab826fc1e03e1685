/**
 * The "instant" figures of issue 12, for a case page, a reference page and the three tools:
 * - painted-to-working: from the first frame the first control is painted to the first frame a
 *   click on it does the right thing (a real link, or a submit button of a GET form, works from
 *   paint; a button inside an island works once the island has hydrated), CPU slowed down 4x;
 * - first click: a click the moment the control is visible, to the next question or node shown
 *   (or "lost" when nothing happens within 5 s), also at 4x;
 * - click-to-next-node p95 over the full expert path of every case (no slowdown);
 * - JS sent (gzip) and the bytes a first visit transfers in its first 30 s (service worker allowed)
 *   against the page's own bytes (service worker blocked).
 * Serves the given folder itself (sirv), counting the bytes written to every socket.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import sirv from 'sirv';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions, measurePage } from './page-weight.mjs';
import { expertRun } from '../src/engine/scenario';
import { parseScenarioFile, parseRuleCatalogue } from '../src/engine/scenario/server';

export interface InstantTarget {
  name: string;
  path: string;
  /** The first control: a CSS selector and its visible text. */
  control: { selector: string; text: string };
}

export function instantTargets(caseSlug: string): InstantTarget[] {
  return [
    { name: 'case page', path: `/casussen/${caseSlug}/`, control: { selector: 'main a, main button', text: 'Start de casus' } },
    { name: 'reference page', path: '/handelingswijzer/stap-3/', control: { selector: 'main a', text: '' } },
    { name: 'afwegingskader tool', path: '/afwegingskader/', control: { selector: '.afweging-tool button', text: 'Eerste afweging' } },
    { name: 'privacy test', path: '/privacytest/', control: { selector: '.quiz button', text: 'Start de toets' } },
    { name: 'wie-bel-ik tool', path: '/wie-bel-ik/', control: { selector: '.wie-bel-ik button', text: 'Nee, het kind heeft mij niets verteld' } },
  ];
}

/** Serves `dir` on `port`, counting every byte sent. */
async function countingServer(dir: string, port: number): Promise<{ stop: () => Promise<void>; sent: () => number }> {
  const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const sockets = new Set<Socket>();
  let closed = 0;
  const server: Server = createServer((req, res) => serve(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closed += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    sent: () => closed + [...sockets].reduce((n, s) => n + s.bytesWritten, 0),
    stop: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** tsx (esbuild) wraps named functions in `__name()`; functions sent to the page need it there too. */
async function newContext(browser: Browser, serviceWorkers: 'allow' | 'block') {
  const context = await browser.newContext({ serviceWorkers });
  await context.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
  return context;
}

async function slowDown(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Installs a per-frame probe that records when the control is first painted and first working. */
function probe(control: { selector: string; text: string }) {
  const w = window as unknown as { __probe: { painted?: number; working?: number } };
  w.__probe = {};
  const find = () =>
    [...document.querySelectorAll<HTMLElement>(control.selector)].find((el) => (control.text === '' || el.innerText.trim() === control.text) && el.getClientRects().length > 0);
  const works = (el: HTMLElement) => {
    const island = el.closest('astro-island');
    if (el instanceof HTMLAnchorElement && el.getAttribute('href')) return true;
    if (el instanceof HTMLButtonElement && el.type === 'submit' && el.form) return true;
    return island !== null && !island.hasAttribute('ssr');
  };
  const frame = (t: number) => {
    const el = find();
    if (el && w.__probe.painted === undefined) w.__probe.painted = t;
    if (el && w.__probe.working === undefined && works(el)) w.__probe.working = t;
    if (w.__probe.working === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function paintedToWorking(browser: Browser, base: string, t: InstantTarget): Promise<number | null> {
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await slowDown(page, 4);
  await page.addInitScript(probe, t.control);
  await page.goto(base + t.path, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __probe: { working?: number } }).__probe.working !== undefined, null, { timeout: 15_000 }).catch(() => {});
  const r = await page.evaluate(() => (window as unknown as { __probe: { painted?: number; working?: number } }).__probe);
  await context.close();
  return r.painted !== undefined && r.working !== undefined ? r.working - r.painted : null;
}

/** A click as soon as the control is visible; ms until it has gone (the next question or node shows), or null when lost. */
async function firstClick(browser: Browser, base: string, t: InstantTarget): Promise<number | null> {
  if (t.control.text === '') return null;
  const context = await newContext(browser, 'block');
  const page = await context.newPage();
  await slowDown(page, 4);
  await page.goto(base + t.path, { waitUntil: 'commit' });
  const control = page.locator(t.control.selector).filter({ hasText: t.control.text }).first();
  await control.waitFor({ state: 'visible' });
  const started = Date.now();
  await control.dispatchEvent('click');
  const gone = await page
    .locator(t.control.selector)
    .filter({ hasText: t.control.text })
    .first()
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .then(() => true, () => false);
  await context.close();
  return gone ? Date.now() - started : null;
}

/** Click-to-next-node times (ms, click to the first frame after the next view is in the DOM) over the expert path of every case. */
async function expertPathTimes(browser: Browser, base: string): Promise<number[]> {
  const rules = parseRuleCatalogue(readFileSync('content/rules.yaml', 'utf8'));
  const times: number[] = [];
  const context = await newContext(browser, 'block');
  for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort()) {
    const s = parseScenarioFile(readFileSync(`scenarios/${file}`, 'utf8'), `scenarios/${file}`, rules);
    const run = expertRun(s);
    const page = await context.newPage();
    await page.goto(`${base}/casussen/${s.id}/`);
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]:not([client="interact"])').length === 0);
    await page.locator('.case-player').getByText('Start de casus', { exact: true }).click();
    await page.locator('#case-scene-title').waitFor();
    for (const entry of run.path) {
      const node = s.nodes.find((n) => n.id === entry.nodeId)!;
      const clicks: string[] = [];
      if (node.type === 'situation') clicks.push('Verder');
      else if (node.type !== 'ending') clicks.push(node.options.find((o) => o.id === entry.choiceId)!.text.replace(/\s+/g, ' ').trim(), 'Verder');
      for (const text of clicks) {
        const ms = await page.evaluate(async (label) => {
          const button = [...document.querySelectorAll<HTMLButtonElement>('.case-player button')].find((b) => b.innerText.replace(/\s+/g, ' ').trim() === label);
          if (!button) return -1;
          const player = document.querySelector('.case-player');
          const before = player?.innerHTML ?? '';
          const t0 = performance.now();
          button.click();
          return await new Promise<number>((resolve) => {
            // performance.now(), not the frame's timestamp: that is the frame's start, which can precede the click.
            const check = () => {
              const t = performance.now();
              if ((player?.innerHTML ?? '') !== before) resolve(t - t0);
              else if (t - t0 > 5000) resolve(-1);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          });
        }, text);
        if (ms < 0) console.warn(`[bench] ${s.id}: no change within 5 s after "${text}"`);
        else times.push(ms);
      }
    }
    await page.close();
  }
  await context.close();
  return times;
}

async function firstVisitBytes(browser: Browser, base: string, path: string, sent: () => number): Promise<{ own: number; first30s: number; jsGzip: number }> {
  // The page's own bytes: service worker blocked, until the network is idle.
  const blocked = await newContext(browser, 'block');
  let start = sent();
  const weight = await measurePage(blocked, base + path, async (page: Page) => {
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]:not([client="interact"])').length === 0);
  });
  const own = sent() - start;
  await blocked.close();
  // A first visit with the service worker: everything sent in 30 s (stops early after 5 s of quiet).
  const context = await newContext(browser, 'allow');
  const page = await context.newPage();
  start = sent();
  const t0 = Date.now();
  await page.goto(base + path, { waitUntil: 'load' });
  let last = sent();
  let quietSince = Date.now();
  while (Date.now() - t0 < 30_000 && Date.now() - quietSince < 5_000) {
    await new Promise((r) => setTimeout(r, 250));
    const now = sent();
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    }
  }
  const first30s = sent() - start;
  await context.close();
  return { own, first30s, jsGzip: weight.jsGzip };
}

const p95 = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
};

export interface InstantRow {
  name: string;
  path: string;
  paintedToWorkingMs: number | null;
  firstClickMs: number | null;
  jsGzip: number;
  ownBytes: number;
  firstVisit30sBytes: number;
}

export async function instantFigures(dir: string, port: number, caseSlug: string): Promise<{ rows: InstantRow[]; clickToNext: { count: number; p50: number; p95: number; max: number } }> {
  const server = await countingServer(dir, port);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch(chromiumLaunchOptions(existsSync));
  try {
    const rows: InstantRow[] = [];
    for (const t of instantTargets(caseSlug)) {
      const ptw = await paintedToWorking(browser, base, t);
      const click = await firstClick(browser, base, t);
      const bytes = await firstVisitBytes(browser, base, t.path, server.sent);
      rows.push({ name: t.name, path: t.path, paintedToWorkingMs: ptw, firstClickMs: click, jsGzip: bytes.jsGzip, ownBytes: bytes.own, firstVisit30sBytes: bytes.first30s });
    }
    const times = await expertPathTimes(browser, base);
    const sorted = [...times].sort((a, b) => a - b);
    return { rows, clickToNext: { count: times.length, p50: sorted[Math.floor(sorted.length / 2)] ?? 0, p95: p95(times), max: sorted.at(-1) ?? 0 } };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function printInstant(figures: Awaited<ReturnType<typeof instantFigures>>): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number | null) => (n === null ? 'lost/n.a.' : `${Math.round(n)} ms`);
  const lines = ['Instant (CPU 4x slower for the first two columns)', '', 'page                 painted->working  first click   JS gzip   own bytes  first visit 30 s  ratio'];
  for (const r of figures.rows) {
    lines.push(
      `${r.name.padEnd(20)} ${ms(r.paintedToWorkingMs).padStart(16)} ${ms(r.firstClickMs).padStart(12)} ${kb(r.jsGzip).padStart(9)} ${kb(r.ownBytes).padStart(11)} ${kb(r.firstVisit30sBytes).padStart(17)}  ${(r.firstVisit30sBytes / r.ownBytes).toFixed(2)}x`,
    );
  }
  const c = figures.clickToNext;
  lines.push('', `Click to next node over the expert path of every case: ${c.count} clicks, p50 ${c.p50.toFixed(0)} ms, p95 ${c.p95.toFixed(0)} ms, max ${c.max.toFixed(0)} ms`);
  return lines.join('\n');
}

// `tsx bench/instant.ts <dir> [port]`: the instant figures of any build folder (e.g. an older build).
if (process.argv[1]?.endsWith('instant.ts')) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4336);
  const slug = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort()[0]!.replace(/\.yaml$/, '');
  console.log(`${dir}:\n${printInstant(await instantFigures(dir, port, slug))}`);
}
