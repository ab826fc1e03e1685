import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { waitForIslands } from './support';

/**
 * No page breaks its own Content-Security-Policy on a normal load. Every HTML file in dist/ is
 * visited (listed from the file system, so a new page is covered without touching this test) in one
 * shared page; each `securitypolicyviolation` event and each console message about the policy is
 * collected and reported with the page and the directive it broke.
 */

/** Every HTML file of the built site as a URL path: `index.html` becomes its folder's URL. */
function builtHtmlPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        pages.push(`/${rel}`.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test('no built page triggers a CSP violation on a normal load', async ({ page }) => {
  const pages = builtHtmlPages();
  expect(pages.length).toBeGreaterThan(10);
  test.setTimeout(pages.length * 5_000);

  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  const found: string[] = [];
  let current = '';
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy|Refused to (evaluate|execute|load|apply|connect|create)/i.test(text)) {
      found.push(`${current}: console: ${text}`);
    }
  });

  for (const path of pages) {
    current = path;
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    // Islands with client:idle or client:visible run their code only once hydrated.
    await waitForIslands(page);
    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    for (const v of violations) found.push(`${path}: ${v}`);
  }
  expect(found).toEqual([]);
});
