import { expect, test, type Page } from '@playwright/test';
import { HYDRATING, expectNoAxeViolations, holdIsland, tabTo, waitForIslands } from './support';

/** Opens the page and puts focus on the tool's title, so tabbing starts there. */
async function open(page: Page) {
  await page.goto('/wie-bel-ik/');
  await waitForIslands(page);
  await page.locator('#wie-bel-ik-title').evaluate((el) => {
    el.setAttribute('tabindex', '-1');
    (el as HTMLElement).focus();
  });
}

/** Chooses an answer with the keyboard alone: Tab to the button, press Enter, and check focus moved on. */
async function choose(page: Page, label: string | RegExp) {
  await tabTo(page, label);
  await page.keyboard.press('Enter');
  await expect(page.locator('#wie-bel-ik-question, #wie-bel-ik-end')).toBeFocused();
}

const NOT_TOLD = 'Nee, het kind heeft mij niets verteld';
const NO_DANGER = 'Nee, er hoeft niet nu meteen iemand in te grijpen';
const NOT_KNOWN = 'Nee, of ik weet het niet';

/** Each end, with the answers that lead to it and a phrase its advice must show. */
const ROUTES: { end: string; answers: (string | RegExp)[]; title: RegExp; contact: string }[] = [
  { end: 'kind-vertelde', answers: ['Ja, het kind vertelde het mij zelf'], title: /vandaag Veilig Thuis/, contact: '0800-2000' },
  { end: 'bel-112', answers: [NOT_TOLD, /^Ja: er is levensgevaar/], title: /^Bel 112$/, contact: '112' },
  { end: 'veilig-thuis-nu', answers: [NOT_TOLD, /^Ja: het is op een andere manier niet veilig/], title: /Bel nu Veilig Thuis/, contact: '0800-2000' },
  { end: 'jeugdbeschermer', answers: [NOT_TOLD, NO_DANGER, 'Ja, er is een jeugdbeschermer'], title: /jeugdbeschermer/, contact: 'De jeugdbeschermer van het gezin' },
  { end: 'casemanager-jeugd', answers: [NOT_TOLD, NO_DANGER, NOT_KNOWN, 'Ja, het Sociaal Team kent het gezin al'], title: /casemanager jeugd/, contact: 'Sociaal Team of wijkteam' },
  { end: 'ggd-jgz', answers: [NOT_TOLD, NO_DANGER, NOT_KNOWN, NOT_KNOWN, /^Ja, het kind is nog niet geboren/], title: /GGD-JGZ/, contact: 'GGD-JGZ' },
  { end: 'sociaal-team', answers: [NOT_TOLD, NO_DANGER, NOT_KNOWN, NOT_KNOWN, 'Nee', 'Ja, de ouders willen hulp'], title: /Sociaal Team/, contact: 'Sociaal Team of wijkteam' },
  {
    end: 'lichte-ondersteuning',
    answers: [NOT_TOLD, NO_DANGER, NOT_KNOWN, NOT_KNOWN, 'Nee', 'Nee, of dat weet ik nog niet', /^Ja, de zorgen zijn licht/],
    title: /lichte ondersteuning/,
    contact: 'Iemand die de ouders en het kind al kennen',
  },
  {
    end: 'overleg-veilig-thuis',
    answers: [NOT_TOLD, NO_DANGER, NOT_KNOWN, NOT_KNOWN, 'Nee', 'Nee, of dat weet ik nog niet', 'Nee, de zorgen zijn niet licht', /^Ja, het is ingewikkeld/],
    title: /Overleg met Veilig Thuis/,
    contact: '0800-2000',
  },
  {
    end: 'advies-vragen',
    answers: [NOT_TOLD, NO_DANGER, NOT_KNOWN, NOT_KNOWN, 'Nee', 'Nee, of dat weet ik nog niet', 'Nee, de zorgen zijn niet licht', 'Nee, of ik twijfel'],
    title: /Vraag advies/,
    contact: 'aandachtsfunctionaris',
  },
];

test('the page has one h1, the first question, and passes axe', async ({ page }) => {
  await open(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('#wie-bel-ik-question')).toContainText('Heeft het kind jou zelf iets verteld');
  await expectNoAxeViolations(page);
});

test('a child who told you something: Veilig Thuis today, what to do now, 112 only for danger to life', async ({ page }) => {
  await open(page);
  await choose(page, 'Ja, het kind vertelde het mij zelf');
  const end = page.locator('.wie-bel-ik-end');
  await expect(end).toContainText('acute onveiligheid');
  await expect(end).toContainText('Bel alleen 112 als er nu levensgevaar is of kans op ernstig letsel');
  await expect(end.getByRole('heading', { name: 'Wat doe je nu?' })).toBeVisible();
  await expect(end.locator('.wie-bel-ik-end__now li')).toHaveCount(4);
  await expect(end.locator('.wie-bel-ik-end__now')).toContainText('Beloof niet dat je het geheimhoudt');
  await expect(end.locator('.wie-bel-ik-end__now')).toContainText('letterlijk op');
  await expect(end.locator('.wie-bel-ik-end__now')).toContainText('aandachtsfunctionaris');
  await expect(end.locator('.wie-bel-ik-end__now .badge', { hasText: 'goede praktijk' })).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('a teacher is not asked whether the child is unborn; a midwife is', async ({ page }) => {
  await open(page);
  await page.locator('#wie-bel-ik-setting').selectOption('basisschool');
  await choose(page, NOT_TOLD);
  await choose(page, NO_DANGER);
  await choose(page, NOT_KNOWN);
  await choose(page, NOT_KNOWN);
  await expect(page.locator('#wie-bel-ik-question')).toContainText('Willen de ouders hulp?');
  await expectNoAxeViolations(page);
  // Choosing another setting keeps the answers and now asks the skipped question.
  await page.locator('#wie-bel-ik-setting').selectOption('verloskunde-kraamzorg');
  await expect(page.locator('#wie-bel-ik-question')).toContainText('Is het kind nog niet geboren');
  await expect(page.locator('.wie-bel-ik__answers li')).toHaveCount(4);
});

for (const r of ROUTES) {
  test(`keyboard only: reaches the end "${r.end}"`, async ({ page }) => {
    await open(page);
    for (const answer of r.answers.slice(0, -1)) {
      await choose(page, answer);
      await expectNoAxeViolations(page);
    }
    await choose(page, r.answers.at(-1) ?? '');
    const end = page.locator('#wie-bel-ik-end');
    await expect(end).toBeFocused();
    await expect(end).toHaveText(r.title);
    await expect(page.locator('.wie-bel-ik-end')).toContainText(r.contact);
    await expect(page.locator('.wie-bel-ik-end__reminder')).toContainText(/Veilig Thuis|melding/);
    await expect(page.getByRole('status').filter({ hasText: 'Uitkomst:' })).toHaveCount(1);
    await expect(page.locator('.wie-bel-ik__answers li')).toHaveCount(r.answers.length);
    await expectNoAxeViolations(page);
  });
}

test('ends with another party in charge remind that reporting to Veilig Thuis stays required', async ({ page }) => {
  await open(page);
  await choose(page, NOT_TOLD);
  await choose(page, NO_DANGER);
  await choose(page, 'Ja, er is een jeugdbeschermer');
  await expect(page.locator('.wie-bel-ik-end__reminder')).toContainText('meld je altijd bij Veilig Thuis, ook als er al een jeugdbeschermer is');
});

test('the Meldcode step chosen with the keyboard fills in what to say', async ({ page }) => {
  await open(page);
  await choose(page, NOT_TOLD);
  await choose(page, NO_DANGER);
  await choose(page, NOT_KNOWN);
  await choose(page, 'Ja, het Sociaal Team kent het gezin al');
  await tabTo(page, /Kies een stap/);
  await expect(page.locator('#wie-bel-ik-step')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.wie-bel-ik-end__step-line')).toContainText('stap 2 van de Meldcode');
  await expectNoAxeViolations(page);
});

test('a region shows its own contacts only when chosen, and the choice is remembered', async ({ page }) => {
  await open(page);
  await choose(page, NOT_TOLD);
  await choose(page, NO_DANGER);
  await choose(page, NOT_KNOWN);
  await choose(page, 'Ja, het Sociaal Team kent het gezin al');
  const contacts = page.locator('.region-contacts');
  await expect(contacts).not.toContainText('Sociaal Team Oost');
  await expect(contacts).toContainText('0800-2000');

  await page.locator('#wie-bel-ik-region').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#wie-bel-ik-region')).toHaveValue('midden-groningen');
  await expect(contacts).toContainText('Sociaal Team Oost');
  await expect(contacts).toContainText('0598 72 98 01');
  // Veilig Thuis is not in the region file: the national contact is shown, marked as such.
  await expect(contacts).toContainText('0800-2000');
  await expect(contacts.locator('.badge', { hasText: 'landelijk' })).toHaveCount(1);
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => localStorage.getItem('vh:region'))).toBe('midden-groningen');

  await page.reload();
  await waitForIslands(page);
  await page.getByRole('button', { name: NOT_TOLD }).click();
  await page.getByRole('button', { name: NO_DANGER }).click();
  await page.getByRole('button', { name: NOT_KNOWN }).click();
  await page.getByRole('button', { name: 'Ja, het Sociaal Team kent het gezin al' }).click();
  await expect(page.locator('#wie-bel-ik-region')).toHaveValue('midden-groningen');
});

test('a corrupt stored region falls back to the national contacts', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('vh:region', '{kapot'));
  await open(page);
  await choose(page, NOT_TOLD);
  await choose(page, /^Ja: het is op een andere manier niet veilig/);
  await expect(page.locator('#wie-bel-ik-region')).toHaveValue('landelijk');
});

test('"Vorige vraag" and "Opnieuw beginnen" work with the keyboard', async ({ page }) => {
  await open(page);
  await choose(page, NOT_TOLD);
  await choose(page, NO_DANGER);
  await choose(page, 'Ja, er is een jeugdbeschermer');
  await tabTo(page, 'Vorige vraag');
  await page.keyboard.press('Enter');
  await expect(page.locator('#wie-bel-ik-question')).toBeFocused();
  await expect(page.locator('#wie-bel-ik-question')).toContainText('jeugdbeschermer');
  await tabTo(page, 'Opnieuw beginnen');
  await page.keyboard.press('Enter');
  await expect(page.locator('#wie-bel-ik-question')).toContainText('Heeft het kind jou zelf iets verteld');
});

test('the first question works before hydration: the answer given then is kept', async ({ page }) => {
  const release = await holdIsland(page, 'WieBelIk');
  await page.goto('/wie-bel-ik/');
  await expect(page.locator(HYDRATING)).not.toHaveCount(0);
  await page.getByRole('button', { name: NOT_TOLD }).click();
  release();
  await waitForIslands(page);
  await expect(page.locator('.wie-bel-ik__answers')).toContainText(NOT_TOLD);
  await expect(page.locator('#wie-bel-ik-question')).toBeFocused();
  await expect(page.locator('#wie-bel-ik-question')).toContainText('Vraag 2');
  await expect(page).not.toHaveURL(/antwoord=/);
});
