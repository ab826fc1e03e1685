import { expect, test } from '@playwright/test';
import { builtRoutes, waitForIslands } from './support';

// Nothing about a user may leave the browser: every request goes to the site itself, and no cookie is set.
test('visiting every page requests nothing from another host and sets no cookie', async ({ page, context, baseURL }) => {
  test.setTimeout(240_000);
  const own = new URL(baseURL!).host;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== own) foreign.push(request.url());
  });
  for (const route of builtRoutes()) {
    await page.goto(route);
    await waitForIslands(page);
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
