/**
 * Size budgets on the built site, in bytes (not time): the JavaScript each page type really loads,
 * gzip-compressed, stays within the budget set in bench/page-types.ts (see README, "Performance").
 * Reference pages never load the search index or lunr until a search starts.
 */
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { measurePage } from '../../bench/page-weight.mjs';
import { PAGE_TYPES, firstCaseSlug } from '../../bench/page-types';
import { HYDRATING } from './support';

const slug = firstCaseSlug();

for (const type of PAGE_TYPES) {
  test(`${type.name}: JavaScript within ${type.jsBudgetGzip / 1000} kB gzip`, async ({ context, baseURL }) => {
    const weight = await measurePage(context, `${baseURL}${type.path(slug)}`, async (page) => {
      await expect(page.locator(HYDRATING)).toHaveCount(0);
    });
    console.log(`${type.name}: JS ${weight.jsGzip} B gzip (${weight.jsRaw} B raw), CSS ${weight.cssRaw} B`);
    expect(weight.jsGzip).toBeLessThanOrEqual(type.jsBudgetGzip);
  });
}

test('a reference page loads neither the search index nor lunr before a search starts', async ({ context, baseURL }) => {
  const weight = await measurePage(context, `${baseURL}/handelingswijzer/stap-3/`);
  const urls = weight.requests.map((r) => r.url);
  expect(urls.filter((u) => u.includes('search-index'))).toEqual([]);
  // lunr lives in the search worker (and its on-page fallback chunk search.*.js); neither may load yet.
  expect(urls.filter((u) => /lunr|\/search\.[\w-]+\.js$/i.test(new URL(u).pathname))).toEqual([]);
  expect(existsSync('dist/search-index.json')).toBe(true);
});
