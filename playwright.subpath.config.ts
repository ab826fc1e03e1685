import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

/**
 * The sub-path crawl (tests/subpath/): the site built with base /opleiding/ into dist-sub/
 * (`npm run test:subpath`), served under that path only, crawled in Chromium.
 * $E2E_SUB_PORT lets two checkouts run it side by side.
 */
const PORT = Number(process.env['E2E_SUB_PORT'] ?? 4339);
export const SUB_BASE = '/opleiding/';

export default defineConfig({
  ...baseConfig,
  testDir: 'tests/subpath',
  fullyParallel: false,
  workers: 1,
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node tests/subpath/serve.mjs dist-sub ${SUB_BASE} ${PORT}`,
    url: `http://127.0.0.1:${PORT}${SUB_BASE}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
