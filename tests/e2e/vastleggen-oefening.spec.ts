import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, tabTo, waitForIslands } from './support';

const URL = '/oefenen/vastleggen-school/';

/** The right answers of the school exercise, in the order of the statements (see content/exercises/vastleggen/school.yaml). */
const RIGHT = ['feit', 'feit', 'feit', 'feit', 'hypothese', 'derden', 'hoort-niet', 'hoort-niet', 'hoort-niet'];
const ORDER = ['feit', 'hypothese', 'derden', 'hoort-niet'];

async function open(page: Page, url = URL) {
  await page.goto(url);
  await waitForIslands(page);
  await page.locator('#recording-title').focus();
}

/**
 * Answers every statement with the keyboard alone: Tab into each radio group
 * (focus lands on its first radio), then arrow down to the wanted choice,
 * which also selects it.
 */
async function answerAll(page: Page, choices: string[]) {
  for (const [i, choice] of choices.entries()) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('type', 'radio');
    await expect(focused).toHaveAttribute('value', 'feit');
    const steps = ORDER.indexOf(choice);
    if (steps === 0) await page.keyboard.press('Space');
    for (let s = 0; s < steps; s++) await page.keyboard.press('ArrowDown');
    await expect(page.locator('fieldset.statement').nth(i).locator('input:checked')).toHaveValue(choice);
  }
}

test('the list shows the three exercises and passes axe', async ({ page }) => {
  await page.goto('/oefenen/');
  await waitForIslands(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.exercise-list > li')).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('keyboard only: sort all statements, check, see feedback and score, start again', async ({ page }) => {
  await open(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expectNoAxeViolations(page);

  // Two mistakes: the hypothesis called a fact, the diagnosis called a hypothesis.
  const choices = [...RIGHT];
  choices[4] = 'feit';
  choices[7] = 'hypothese';
  await answerAll(page, choices);
  await expectNoAxeViolations(page);

  await tabTo(page, 'Controleer');
  await page.keyboard.press('Enter');
  const score = page.locator('#recording-score');
  await expect(score).toBeFocused();
  await expect(score).toHaveText('Je score: 7 van de 9 goed');
  await expect(page.locator('.recording [role="status"]')).toContainText('77%');

  const statements = page.locator('fieldset.statement');
  await expect(statements.nth(0)).toContainText('Goed: feit.');
  await expect(statements.nth(4)).toContainText('Niet goed. Jij koos: feit. Het juiste antwoord is: hypothese.');
  await expect(statements.nth(7)).toContainText('Een leerkracht stelt geen diagnose.');
  await expect(statements.nth(4).locator('a', { hasText: 'Lees meer over deze regel' })).toHaveAttribute('href', '/vastleggen/#feiten-en-hypothesen');
  await expectNoAxeViolations(page);

  await tabTo(page, 'Opnieuw');
  await page.keyboard.press('Enter');
  await expect(page.locator('#recording-title')).toBeFocused();
  await expect(page.locator('fieldset.statement input:checked')).toHaveCount(0);
  await expect(page.locator('.statement__feedback')).toHaveCount(0);
  await expect(page.locator('.recording__best')).toContainText('77%');
  await expectNoAxeViolations(page);
});

test('the best score is kept on the device and shown in the list', async ({ page }) => {
  await open(page);
  await answerAll(page, RIGHT);
  await page.getByRole('button', { name: 'Controleer' }).click();
  await expect(page.locator('#recording-score')).toHaveText('Je score: 9 van de 9 goed');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('vh:exercises:v1') ?? 'null'));
  expect(stored).toMatchObject({ v: 1, results: { 'vastleggen-school': { bestPercent: 100 } } });

  // A worse try later does not lower the best score.
  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await page.getByRole('button', { name: 'Controleer' }).click();
  await expect(page.locator('#recording-score')).toHaveText('Je score: 0 van de 9 goed');
  await page.goto('/oefenen/');
  await waitForIslands(page);
  await expect(page.locator('.exercise-list > li').first()).toContainText('Beste score: 100%');
});

test('a corrupt stored value is ignored', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('vh:exercises:v1', 'geen json'));
  await open(page);
  await expect(page.locator('.recording__best')).toHaveCount(0);
  await page.getByRole('button', { name: 'Controleer' }).click();
  await expect(page.locator('#recording-score')).toBeVisible();
});
