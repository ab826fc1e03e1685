// Measures what a page really loads in Chromium: every script and stylesheet response, raw and
// gzip-compressed, and the total transfer. Shared by the benchmark (bench/run.mjs) and the
// budget test (tests/e2e/budgets.spec.ts), so both count bytes the same way.
import { gzipSync } from 'node:zlib';

/**
 * Launch options for Chromium: $CHROMIUM_PATH, else Debian's, else Playwright's own.
 * @param {(path: string) => boolean} existsSync
 */
export function chromiumLaunchOptions(existsSync) {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  const executablePath = candidates.find((p) => existsSync(p));
  return {
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  };
}

/**
 * Loads `url` in a fresh page and sums the bytes of its responses by kind.
 * `settle` runs after load, e.g. to wait for islands to hydrate and lazy scripts to arrive.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {(page: import('@playwright/test').Page) => Promise<void>} [settle]
 */
export async function measurePage(context, url, settle = async () => {}) {
  const page = await context.newPage();
  const seen = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    try {
      const body = await response.body();
      seen.push({ url: response.url(), type, raw: body.length, gzip: gzipSync(body).length });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  const sum = (items, key) => items.reduce((n, item) => n + item[key], 0);
  // A worker's own script may be reported with another resource type: count every .js file.
  const scripts = seen.filter((r) => r.type === 'script' || new URL(r.url).pathname.endsWith('.js'));
  const styles = seen.filter((r) => r.type === 'stylesheet');
  return {
    url,
    jsRaw: sum(scripts, 'raw'),
    jsGzip: sum(scripts, 'gzip'),
    cssRaw: sum(styles, 'raw'),
    cssGzip: sum(styles, 'gzip'),
    totalRaw: sum(seen, 'raw'),
    totalGzip: sum(seen, 'gzip'),
    requests: seen.map((r) => ({ url: r.url, type: r.type, raw: r.raw })),
  };
}
