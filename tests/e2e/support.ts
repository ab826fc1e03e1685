/** Shared helpers for the end-to-end tests. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every page of the built site, as a route (`/`, `/privacy/tips/`), read from dist/. */
export function builtRoutes(dir = 'dist'): string[] {
  const routes: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') {
        const rel = relative(dir, d).split(sep).join('/');
        routes.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(dir);
  return routes.sort();
}

/**
 * Islands that hydrate on their own (client:load, client:idle, client:visible) and have not yet.
 * A `client:interact` island (the header search) waits for the user, so it is not counted.
 */
export const HYDRATING = 'astro-island[ssr]:not([client="interact"])';

/** Waits until every Svelte island on the page has hydrated (clicks before that are lost). */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator(HYDRATING)).toHaveCount(0);
}

/** Asserts that axe finds no WCAG A/AA violations on the page in its current state. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Presses Tab until the focused element matches `name` (accessible name), then returns. Fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      return (el.getAttribute('aria-label') ?? el.innerText ?? (el as HTMLInputElement).value ?? '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`tabTo: no focusable element named ${String(name)} within ${max} Tab presses`);
}

/**
 * Holds back the code of one island (by component name) until `release()` is called, as on a slow
 * phone: the page is painted, the island not yet hydrated. For tests of clicks before hydration.
 */
export async function holdIsland(page: Page, component: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/_astro/${component}\\.[\\w-]+\\.js$`), async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  return release;
}
