import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site served by the project's own server
 * (server/main.ts: dist/ plus the live relay, as `npm start` without the build), in Chromium.
 * Chromium is found in this order: $CHROMIUM_PATH, Debian's /usr/bin/chromium,
 * then Playwright's own browser (for a developer's laptop).
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

const executablePath = chromiumPath();
/** $E2E_PORT lets two checkouts run their suites side by side. */
const PORT = Number(process.env["E2E_PORT"] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  // Axe scans and whole keyboard-only sessions on a busy 2-core machine; no test waits on a timer.
  timeout: 90_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // The service worker precaches the whole site on first visit; only the offline test needs it.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The same server as `npm start` (without the build): the built site and the live relay on one origin.
    command: `npx tsx server/main.ts`,
    env: { PORT: String(PORT), HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
