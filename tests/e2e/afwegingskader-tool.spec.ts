import { expect, test, type Page } from '@playwright/test';
import { HYDRATING, expectNoAxeViolations, holdIsland, tabTo, waitForIslands } from './support';

/** Answers the current question with the keyboard alone: Tab to the button, press Enter. */
async function answerWithKeyboard(page: Page, answer: 'Ja' | 'Nee') {
  await tabTo(page, answer);
  await page.keyboard.press('Enter');
}

const FIRST = 'Eerste afweging';
const REPORTED = 'Opnieuw wegen terwijl er al een melding bij Veilig Thuis ligt (of Veilig Thuis droeg het gezin over)';

/** Opens the tool and chooses the moment of the walk with the keyboard (the first walk unless told). */
async function open(page: Page, moment: string = FIRST) {
  await page.goto('/afwegingskader/');
  await waitForIslands(page);
  await page.locator('#afweging-tool-title').scrollIntoViewIfNeeded();
  // Start tabbing from just before the tool.
  await page.locator('#afweging-tool-title').evaluate((el) => {
    el.setAttribute('tabindex', '-1');
    (el as HTMLElement).focus();
  });
  await tabTo(page, moment);
  await page.keyboard.press('Enter');
  await expect(page.locator('#afweging-question')).toBeFocused();
}

const outcome = (page: Page) => page.locator('.afweging-tool [role="status"]');

test('afsluiten: no suspicion closes the case', async ({ page }) => {
  await open(page);
  await answerWithKeyboard(page, 'Nee');
  await expect(outcome(page)).toContainText('Uitkomst: Afsluiten');
  await expect(page).toHaveURL(/afweging=n/);
  await expectNoAxeViolations(page);
});

test('melden via question 2: reported, then 3-5 together with Veilig Thuis', async ({ page }) => {
  await open(page);
  await answerWithKeyboard(page, 'Ja');
  await expect(page.locator('#afweging-question')).toBeFocused();
  await answerWithKeyboard(page, 'Ja');
  await expect(outcome(page)).toContainText('Uitkomst: Melden bij Veilig Thuis');
  await expect(page.locator('#afweging-question')).toContainText('samen met Veilig Thuis');
  await expectNoAxeViolations(page);
  await answerWithKeyboard(page, 'Ja');
  await answerWithKeyboard(page, 'Ja');
  await answerWithKeyboard(page, 'Ja');
  await expect(outcome(page)).toContainText('Uitkomst: Melden bij Veilig Thuis');
  await expect(outcome(page)).toContainText('melden en hulp bieden gaan dan samen');
});

test('melden via question 4: help is refused', async ({ page }) => {
  await open(page);
  await answerWithKeyboard(page, 'Ja');
  await answerWithKeyboard(page, 'Nee');
  await answerWithKeyboard(page, 'Ja');
  await answerWithKeyboard(page, 'Nee');
  await expect(outcome(page)).toContainText('Uitkomst: Melden bij Veilig Thuis');
  await expect(outcome(page)).toContainText('werken niet mee');
});

test('hulp: help is possible and accepted, question 5 comes later', async ({ page }) => {
  await open(page);
  await answerWithKeyboard(page, 'Ja');
  await answerWithKeyboard(page, 'Nee');
  await answerWithKeyboard(page, 'Ja');
  await answerWithKeyboard(page, 'Ja');
  await expect(outcome(page)).toContainText('Uitkomst: Hulp bieden of organiseren');
  await expect(page.locator('#afweging-question')).toContainText('Vraag 5');
  await expectNoAxeViolations(page);
});

test('a reload keeps the answers, and back and restart work', async ({ page }) => {
  await page.goto('/afwegingskader/?afweging=jnj');
  await waitForIslands(page);
  await expect(page.locator('#afweging-question')).toContainText('Vraag 4');
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('#afweging-question')).toContainText('Vraag 4');
  await page.getByRole('button', { name: 'Vorige vraag' }).click();
  await expect(page.locator('#afweging-question')).toContainText('Vraag 3');
  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await expect(page.locator('#afweging-moment')).toBeFocused();
  await expect(page.getByRole('button', { name: FIRST })).toBeVisible();
  await expect(page).not.toHaveURL(/afweging=/);
});

test('the first choice explains the re-evaluation, and a walk while a report stands does not report again', async ({ page }) => {
  await page.goto('/afwegingskader/');
  await waitForIslands(page);
  await expect(page.locator('.afweging-tool')).toContainText('Dan meld je niet opnieuw');
  await expectNoAxeViolations(page);
  await open(page, REPORTED);
  await expect(page).toHaveURL(/afweging=m/);
  await answerWithKeyboard(page, 'Ja');
  await answerWithKeyboard(page, 'Ja');
  await expect(outcome(page)).toContainText('Je meldt niet opnieuw');
  await expect(page).toHaveURL(/afweging=mjj/);
  await answerWithKeyboard(page, 'Ja');
  await answerWithKeyboard(page, 'Ja');
  await answerWithKeyboard(page, 'Ja');
  await expect(outcome(page)).toContainText('Uitkomst: Hulp bieden of organiseren');
  await expect(outcome(page)).toContainText('Een nieuwe melding is niet nodig');
  await page.reload();
  await waitForIslands(page);
  await expect(outcome(page)).toContainText('Uitkomst: Hulp bieden of organiseren');
  await page.getByRole('button', { name: 'Vorige vraag' }).click();
  await page.getByRole('button', { name: 'Nee' }).click();
  await expect(outcome(page)).toContainText('Uitkomst: Melden bij Veilig Thuis');
  await expect(outcome(page)).toContainText('meld je opnieuw');
  await expect(outcome(page)).toContainText('De hulp stopt niet');
});

test('the first question works before hydration: the choice made then is kept', async ({ page }) => {
  const release = await holdIsland(page, 'AfwegingskaderTool');
  await page.goto('/afwegingskader/');
  await expect(page.locator(HYDRATING)).not.toHaveCount(0);
  await page.getByRole('button', { name: FIRST }).click();
  release();
  await waitForIslands(page);
  await expect(page).toHaveURL(/afweging=e/);
  await expect(page.locator('#afweging-question')).toBeFocused();
  await expect(page.locator('#afweging-question')).toContainText('Vraag 1 van 5');
});
