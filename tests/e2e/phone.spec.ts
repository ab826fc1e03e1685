/**
 * The site on a 360 px phone: no page scrolls sideways, the header menu folds behind a
 * "Menu" button (and shows every item without JavaScript), tables and selects fit their
 * boxes, phone numbers can be tapped, and the screens the layout review flagged stay fixed:
 * the "Wie bel ik?" result, the case debrief, the certificate, the progress page, the
 * vastleggen exercise after checking, and the previous/next links of reference pages.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseScenarioFile } from '../../src/engine/scenario/load';
import type { LoadedScenario, PlayState } from '../../src/engine/scenario/model';
import { availableChoices, initialState, step } from '../../src/engine/scenario/play';
import { MAIN_NAV } from '../../src/lib/navigation';
import { passedCase, pathDone, pathFile, seed } from './leerroutes-seed';
import { expectNoAxeViolations, tabTo, waitForIslands } from './support';
import { RULES } from '../unit/support/rules';

const PHONE = { width: 360, height: 740 };

test.use({ viewport: PHONE });

/** The page is no wider than the screen: nothing scrolls sideways. */
async function expectNoSideScroll(page: Page): Promise<void> {
  const width = page.viewportSize()?.width ?? PHONE.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** `inner` lies within `outer` from left to right. */
async function expectInside(inner: Locator, outer: Locator): Promise<void> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  expect(a && b).toBeTruthy();
  expect(a!.x).toBeGreaterThanOrEqual(b!.x);
  expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x + b!.width);
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForIslands(page);
}

test.describe('the header menu', () => {
  test('folds behind a Menu button that shows every item, works with the keyboard, and closes with Escape', async ({ page }) => {
    await open(page, '/casussen/');
    const toggle = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveAttribute('aria-controls', 'site-nav');
    await expect(nav).toBeHidden();
    await expectNoSideScroll(page);

    // The skip link still comes first.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();

    await tabTo(page, 'Menu');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    for (const link of MAIN_NAV) {
      const item = nav.getByRole('link', { name: link.label, exact: true });
      await expect(item).toBeInViewport();
      await expectInside(item, page.locator('body'));
    }
    await expect(nav.getByRole('link', { name: 'Casussen', exact: true })).toHaveAttribute('aria-current', 'page');
    await expectNoSideScroll(page);
    await expectNoAxeViolations(page);

    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: MAIN_NAV[0]!.label, exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    await expect(nav).toBeHidden();

    // A click opens and closes it too.
    await toggle.click();
    await expect(nav.getByRole('link', { name: 'Leerroutes', exact: true })).toBeVisible();
    await toggle.click();
    await expect(nav).toBeHidden();
  });

  test('on a large screen there is no Menu button: the items are shown', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, '/casussen/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    for (const link of MAIN_NAV) await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: link.label, exact: true })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header shows every menu item in rows, and no Menu button', async ({ page }) => {
    await page.goto('/handelingswijzer/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const link of MAIN_NAV) {
      const item = nav.getByRole('link', { name: link.label, exact: true });
      await expect(item).toBeVisible();
      await expectInside(item, page.locator('body'));
    }
    await expectNoSideScroll(page);
  });
});

test('the footer and the emergency box make 112 and 0800-2000 tappable, on one line', async ({ page }) => {
  await open(page, '/');
  for (const scope of [page.locator('.site-footer'), page.locator('main .today')]) {
    await expect(scope.locator('a[href="tel:112"]')).toHaveText('112');
    const vt = scope.locator('a[href="tel:08002000"]');
    await expect(vt).toHaveText('0800-2000');
    expect(await vt.evaluate((a) => a.getClientRects().length)).toBe(1);
  }
  await expectNoSideScroll(page);
});

test('"Wie bel ik?": the result fits the screen; selects and labels stay inside the box', async ({ page }) => {
  await open(page, '/wie-bel-ik/');
  await page.getByRole('button', { name: 'Nee, het kind heeft mij niets verteld' }).click();
  await page.getByRole('button', { name: 'Nee, er hoeft niet nu meteen iemand in te grijpen' }).click();
  await page.getByRole('button', { name: 'Ja, er is een jeugdbeschermer' }).click();
  const box = page.locator('.wie-bel-ik-end');
  await expect(box).toBeVisible();
  await expectInside(page.getByLabel('Bij welke stap van de Meldcode ben je?'), box);
  await expectInside(page.locator('label[for="wie-bel-ik-step"]'), box);
  await expectInside(page.getByLabel('Contacten voor'), box);
  await expectNoSideScroll(page);
  const phone = box.locator('a[href="tel:08002000"]');
  await expect(phone).toHaveText('0800-2000');
  expect(await phone.evaluate((a) => a.getClientRects().length)).toBe(1);
  await expectNoAxeViolations(page);
});

test('a reference page stacks "Vorige" and "Volgende" at full width, and prints without the breadcrumb', async ({ page }) => {
  await open(page, '/handelingswijzer/stap-2/');
  const prev = await page.locator('.pager__prev').boundingBox();
  const next = await page.locator('.pager__next').boundingBox();
  const pager = await page.locator('.pager').boundingBox();
  expect(prev && next && pager).toBeTruthy();
  expect(next!.y).toBeGreaterThan(prev!.y + prev!.height - 1);
  expect(Math.round(prev!.width)).toBe(Math.round(pager!.width));
  expect(Math.round(next!.width)).toBe(Math.round(pager!.width));
  await expectNoSideScroll(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toBeHidden();
});

const noor: LoadedScenario = parseScenarioFile(readFileSync('scenarios/noor-groep-6.yaml', 'utf8'), 'scenarios/noor-groep-6.yaml', RULES);

/** Always the first choice offered: for Noor this closes the case, where the expert reports. */
function firstChoiceRun(s: LoadedScenario): PlayState {
  let st = initialState(s);
  for (let guard = 0; !st.finished && guard < 200; guard++) st = step(s, st, availableChoices(s, st)[0]!.id).state;
  return st;
}

test('a case: done steps are marked, the debrief fits the screen, and a wrong outcome is not shown as a success', async ({ page }) => {
  const run = firstChoiceRun(noor);
  await open(page, `/casussen/${noor.id}/`);
  await page.getByRole('link', { name: 'Start de casus' }).click();
  const steps = page.locator('.step-progress');
  await expect(steps.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(steps.locator('.step-progress__item--done')).toHaveCount(0);
  let checkedMarks = false;
  for (const entry of run.path) {
    const node = noor.nodes.find((n) => n.id === entry.nodeId)!;
    if (node.type === 'situation') {
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
    } else if (node.type !== 'ending') {
      const text = node.options.find((o) => o.id === entry.choiceId)!.text.replace(/\s+/g, ' ').trim();
      await page.getByRole('button', { name: text, exact: true }).click();
      await page.getByRole('button', { name: 'Verder', exact: true }).click();
    }
    if (!checkedMarks && !(await page.locator('.case-ending').count())) {
      const done = steps.locator('.step-progress__item--done');
      if ((await done.count()) > 0) {
        await expect(done.first()).toContainText('(gedaan)');
        await expect(done.first().locator('svg')).toBeVisible();
        await expectNoSideScroll(page);
        checkedMarks = true;
      }
    }
  }
  expect(checkedMarks).toBe(true);
  const outcome = page.locator('.case-ending__outcome');
  await expect(outcome).toContainText('Uitkomst: Afsluiten');
  await expect(outcome).toContainText('Niet gehaald'); // the verdict comes first, with the critical errors
  await expect(outcome).toContainText('De expert komt uit bij: Melden bij Veilig Thuis.');
  await expect(outcome).toHaveClass(/outcome--mismatch/);
  await expect(outcome).not.toHaveClass(/outcome--match\b/);
  const table = page.locator('.afweging-table').first();
  await expect(table).toBeVisible();
  await expectInside(table, page.locator('main'));
  expect(await table.evaluate((t) => t.scrollWidth <= t.clientWidth)).toBe(true); // no hidden sideways scroll either
  await expectNoSideScroll(page);
  await expectNoAxeViolations(page);
});

test('the "Lees meer" bullet sits on the first line of a link that wraps', async ({ page }) => {
  await open(page, `/casussen/${noor.id}/`);
  await page.getByRole('link', { name: 'Start de casus' }).click();
  for (let i = 0; i < 20 && (await page.locator('.case-feedback__refs li').count()) === 0; i++) {
    const choice = page.locator('.case-scene__choice');
    if ((await choice.count()) > 0) await choice.first().click();
    else await page.getByRole('button', { name: 'Verder', exact: true }).click();
  }
  const items = page.locator('.case-feedback__refs li');
  await expect(items.first()).toBeVisible();
  // A block link: its first line starts at the top of the list item, where the bullet is drawn.
  for (const li of await items.all()) {
    const [liTop, linkTop] = await li.evaluate((el) => [el.getBoundingClientRect().top, el.querySelector('a')!.getBoundingClientRect().top]);
    expect(Math.abs(liTop! - linkTop!)).toBeLessThan(1);
    expect(await li.locator('a').evaluate((a) => getComputedStyle(a).display)).toBe('block');
  }
});

test('the certificate table fits the frame on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 393, height: 852 });
  const route = 'verloskunde-kraamzorg';
  const cases = pathFile(route).modules.flatMap((m) => (m.type === 'case' && m.slug ? [m.slug] : []));
  await seed(page, [...pathDone(route), ['vh:name', 'Anne-Marie van der Berg-Oosterhuis']]);
  await open(page, '/certificaat/?route=verloskunde-kraamzorg');
  const sheet = page.locator('.certificate');
  await expect(sheet.getByRole('row')).toHaveCount(cases.length + 1); // a header row and one row per case
  await expectInside(sheet.getByRole('table'), sheet);
  for (const row of await sheet.getByRole('row').all()) await expectInside(row, sheet);
  expect(await sheet.getByRole('table').evaluate((t) => t.scrollWidth <= t.clientWidth)).toBe(true);
  await expectNoSideScroll(page);
  await page.setViewportSize(PHONE);
  await expectInside(sheet.getByRole('table'), sheet);
  await expectNoSideScroll(page);
  await expectNoAxeViolations(page);
});

test('the progress page shows the status of each case in full', async ({ page }) => {
  await seed(page, [passedCase('noor-groep-6', 80)]);
  await open(page, '/voortgang/');
  const table = page.getByRole('region', { name: 'Casussen' }).getByRole('table');
  await expectInside(table, page.locator('main'));
  const row = table.getByRole('row').filter({ hasText: 'Noor vertelt het in de pauze' });
  const status = row.getByRole('cell').filter({ hasText: 'Gehaald' });
  await expect(status).toBeVisible();
  await expectInside(status, page.locator('main'));
  expect(await table.evaluate((t) => t.scrollWidth <= t.clientWidth)).toBe(true);
  await expectNoSideScroll(page);
  await expectNoAxeViolations(page);
});

test.describe('the vastleggen exercise', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: radios keep one size next to long answers; after checking the own pick is named`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await open(page, '/oefenen/vastleggen-school/');
      const sizes = await page.locator('fieldset.statement input[type="radio"]').evaluateAll((inputs) =>
        inputs.map((i) => `${Math.round(i.getBoundingClientRect().width)}x${Math.round(i.getBoundingClientRect().height)}`),
      );
      expect(new Set(sizes).size).toBe(1);
      const first = page.locator('fieldset.statement').first();
      await first.getByLabel('Hypothese', { exact: false }).check();
      await page.getByRole('button', { name: 'Controleer' }).click();
      await expect(first.locator('.statement__choice--wrong')).toContainText('(jouw keuze, niet goed)');
      await expect(first.locator('.statement__choice--right')).toContainText('(goed antwoord)');
      await expectNoSideScroll(page);
      await expectNoAxeViolations(page);
    });
  }
});
