import { expect, test, type Page } from '@playwright/test';
import { HYDRATING, expectNoAxeViolations, holdIsland, tabTo, waitForIslands } from './support';

const RESULTS_KEY = 'vh:quiz:v1';
const ATTEMPT_KEY = 'vh:quiz:attempt:v1';

/** Opens the test with the given localStorage values already in place; fails the test on any page error. */
async function open(page: Page, storage: Record<string, string> = {}) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript((values) => {
    // Only on the first load: later loads (back, reload) must see what the page itself stored.
    if (sessionStorage.getItem('vh-test-seeded')) return;
    sessionStorage.setItem('vh-test-seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, storage);
  await page.goto('/privacytest/');
  await waitForIslands(page);
  return errors;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Answers the question on screen with the keyboard: Tab to the first option, Space, Tab to the check button, Enter. */
async function answerWithKeyboard(page: Page) {
  await expect.poll(() => focusedId(page)).toBe('quiz-question-heading');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await tabTo(page, 'Controleer je antwoord');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toBe('quiz-feedback-heading');
}

test('the whole test can be taken with the keyboard alone, with no axe violations on the way', async ({ page }) => {
  const errors = await open(page);
  await expectNoAxeViolations(page); // start

  await tabTo(page, 'Start de toets');
  await page.keyboard.press('Enter');
  await expect(page.locator('#quiz-question-heading')).toContainText('Vraag 1 van 15');
  await expectNoAxeViolations(page); // question

  for (let i = 1; i <= 15; i++) {
    await expect(page.locator('#quiz-question-heading')).toContainText(`Vraag ${i} van 15`);
    await answerWithKeyboard(page);
    await expect(page.locator('.quiz-feedback')).toContainText('Lees meer');
    if (i === 1) await expectNoAxeViolations(page); // explanation
    await tabTo(page, i === 15 ? 'Bekijk je uitslag' : 'Volgende vraag');
    await page.keyboard.press('Enter');
  }

  await expect.poll(() => focusedId(page)).toBe('quiz-result-heading');
  await expect(page.locator('#quiz-result-heading')).toContainText(/Je uitslag: \d+ %/);
  await expect(page.getByRole('table', { name: 'Je score per onderwerp' })).toBeVisible();
  await expect(page.getByText(/Gehaald!|Nog niet gehaald\./)).toBeVisible();
  // Every question not fully right is listed with the right answer and its explanation.
  const verdict = (await page.locator('.quiz-result__verdict').textContent()) ?? '';
  const right = Number(/Je had (\d+) van de 15 vragen helemaal goed/.exec(verdict)?.[1]);
  expect(right).toBeGreaterThanOrEqual(0);
  await expect(page.getByRole('heading', { level: 3, name: right === 15 ? 'Alle vragen goed' : /vragen? niet \(helemaal\) goed/ })).toBeVisible();
  const wrong = page.locator('.quiz-result__wrong > li');
  await expect(wrong).toHaveCount(15 - right);
  if (right < 15) {
    await expect(wrong.first()).toContainText('Jouw antwoord:');
    await expect(wrong.first()).toContainText('Goed is:');
  }
  await expect(page.locator('.quiz-result__verdict')).not.toContainText(/\d,\d/); // no "12,5 van de 15"
  // The next step: back to the path or the certificate.
  await expect(page.getByRole('link', { name: 'Terug naar je leerroute' })).toHaveAttribute('href', '/leerroutes/');
  await expect(page.getByRole('link', { name: /certificaat/ })).toHaveAttribute('href', '/certificaat/');
  await expectNoAxeViolations(page); // result

  // The result is kept on this device, in the documented shape.
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), RESULTS_KEY);
  expect(stored).toMatchObject({ v: 1, results: [{ max: 15 }] });

  await tabTo(page, 'Opnieuw (nieuwe vragen)');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toBe('quiz-question-heading');
  await expect(page.locator('#quiz-question-heading')).toContainText('Vraag 1 van 15');
  expect(errors).toEqual([]);
});

test('a finished test is not "Bezig" on the progress page, also after a reload', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Start de toets' }).click();
  for (let i = 1; i <= 15; i++) {
    await page.locator('.quiz fieldset input').first().check();
    await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
    await page.getByRole('button', { name: i === 15 ? 'Bekijk je uitslag' : 'Volgende vraag' }).click();
  }
  await expect(page.locator('#quiz-result-heading')).toBeFocused();
  await page.reload();
  await expect(page.locator('#quiz-result-heading')).toBeVisible(); // the result stays
  await page.getByRole('link', { name: 'Bekijk je voortgang' }).click();
  await waitForIslands(page);
  const region = page.getByRole('region', { name: 'Privacytoets' });
  await expect(region).toContainText(/^Privacytoets\s*(Gehaald|Gemaakt, nog niet gehaald)\./);
  await expect(region).not.toContainText('Bezig');
});

test('choosing nothing asks for an answer instead of moving on', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Start de toets' }).click();
  await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies eerst een antwoord.');
  await expect(page.locator('.quiz-feedback')).toHaveCount(0);
});

test('"Lees meer" and back returns to the same question and explanation', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Start de toets' }).click();
  await page.locator('.quiz fieldset input').first().check();
  await page.getByRole('button', { name: 'Controleer je antwoord' }).click();
  const explanation = (await page.locator('.quiz-feedback').textContent()) ?? '';
  await page.locator('.quiz-feedback a').click();
  await expect(page).not.toHaveURL(/privacytest/);
  await page.goBack();
  await waitForIslands(page);
  await expect(page.locator('#quiz-question-heading')).toContainText('Vraag 1 van 15');
  await expect(page.locator('.quiz-feedback')).toHaveText(explanation);
});

const corrupt: [string, Record<string, string>][] = [
  ['invalid JSON', { [RESULTS_KEY]: '{kapot', [ATTEMPT_KEY]: 'nog kapotter' }],
  ['the wrong shape', { [RESULTS_KEY]: JSON.stringify({ v: 1, results: 'veel' }), [ATTEMPT_KEY]: JSON.stringify({ v: 1, attempt: [1, 2] }) }],
  ['an old version', { [RESULTS_KEY]: JSON.stringify({ v: 0, results: [] }), [ATTEMPT_KEY]: JSON.stringify({ v: 0, attempt: {} }) }],
  [
    'an attempt with questions that no longer exist',
    { [ATTEMPT_KEY]: JSON.stringify({ v: 1, attempt: { questionIds: ['bestaat-niet'], optionOrder: { 'bestaat-niet': ['a'] }, answers: {}, position: 0 } }) },
  ],
];

for (const [what, storage] of corrupt) {
  test(`stored values with ${what} do not crash the page`, async ({ page }) => {
    const errors = await open(page, storage);
    await expect(page.getByRole('button', { name: 'Start de toets' })).toBeVisible();
    await expect(page.getByText('Je vorige uitslagen')).toHaveCount(0);
    await page.getByRole('button', { name: 'Start de toets' }).click();
    await expect(page.locator('#quiz-question-heading')).toContainText('Vraag 1 van 15');
    expect(errors).toEqual([]);
  });
}

test('a valid stored result is shown on the start screen and can be wiped', async ({ page }) => {
  const result = { at: '2026-11-20T10:00:00.000Z', points: 12.5, max: 15, percent: 83, passed: true, byTopic: [] };
  await open(page, { [RESULTS_KEY]: JSON.stringify({ v: 1, results: [result] }) });
  await expect(page.locator('.quiz-start__history')).toContainText('20 november 2026: 83 % goed, gehaald');
  await page.getByRole('button', { name: 'Wis mijn uitslagen' }).click();
  await expect(page.getByText('Je vorige uitslagen')).toHaveCount(0);
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), RESULTS_KEY)).toEqual({ v: 1, results: [] });
});

test('"Start de toets" works before hydration: the test starts', async ({ page }) => {
  const release = await holdIsland(page, 'QuizRunner');
  await page.goto('/privacytest/');
  await expect(page.locator(HYDRATING)).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Start de toets' }).click();
  release();
  await waitForIslands(page);
  await expect(page.locator('#quiz-question-heading')).toContainText('Vraag 1 van 15');
  await expect(page.locator('#quiz-question-heading')).toBeFocused();
  await expect(page).not.toHaveURL(/toets=/);
});
