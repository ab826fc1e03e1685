import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, tabTo, waitForIslands } from './support';

async function open(page: Page) {
  await page.goto('/privacy/kan-ik-delen/');
  await waitForIslands(page);
  // Start tabbing from the tool's title.
  await page.locator('#share-title').evaluate((el) => {
    el.setAttribute('tabindex', '-1');
    (el as HTMLElement).focus();
  });
}

/** Chooses an option with the keyboard alone: Tab to the button, press Enter, and check focus moved on. */
async function choose(page: Page, label: string | RegExp) {
  await tabTo(page, label);
  await page.keyboard.press('Enter');
  await expect(page.locator('#share-question, #share-result')).toBeFocused();
}

/** Types the age into the age field, reached with Tab, and submits with Enter. */
async function typeAge(page: Page, age: string) {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator('#share-age').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.locator('#share-age')).toBeFocused();
  await page.keyboard.type(age);
  await page.keyboard.press('Enter');
  await expect(page.locator('#share-question')).toBeFocused();
}

/** Walks the start: share with a professional, child of `age`, and the given consent answer. */
async function start(page: Page, age: string, consent: string | RegExp) {
  await open(page);
  await choose(page, /^Delen met een andere professional/);
  await typeAge(page, age);
  await expect(page.locator('.share-question__text')).toContainText('Heb je toestemming van');
  await choose(page, consent);
}

/** Answers steps 2-4 with "yes" and step 5 with `subsidiarity`. */
async function middle(page: Page, subsidiarity: RegExp) {
  await choose(page, 'Ja, mijn doel is duidelijk en hoort bij mijn taak');
  await choose(page, 'Ja, ik deel alleen wat echt nodig is');
  await choose(page, 'Ja, het staat in verhouding');
  await choose(page, subsidiarity);
}

const result = (page: Page) => page.locator('.share-result');
const note = (page: Page) => page.locator('pre.share-note__text');

test('the page has one h1, says everything stays in the browser, and passes axe', async ({ page }) => {
  await open(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toContainText('Alles blijft in je browser');
  await expectNoAxeViolations(page);
});

test('meldcode: a report to Veilig Thuis is sent to the Meldcode', async ({ page }) => {
  await open(page);
  await choose(page, 'Een melding doen bij Veilig Thuis');
  await expect(page.locator('#share-result')).toBeFocused();
  await expect(result(page)).toContainText('Advies: Volg de Meldcode');
  await expect(result(page)).toContainText('geen toestemming nodig');
  await expectNoAxeViolations(page);
});

test('niet delen: no consent and no other ground', async ({ page }) => {
  await start(page, '8', /^Nee: ik kreeg geen toestemming/);
  await expectNoAxeViolations(page);
  await choose(page, 'Nee, of ik weet het niet');
  await expect(result(page)).toContainText('Advies: Deel (nog) niet');
  await expect(note(page)).toContainText('toestemming van de ouders met gezag (of de voogd)');
  await expectNoAxeViolations(page);
});

test('delen na toestemming: duty of confidentiality and consent not yet asked', async ({ page }) => {
  await start(page, '14', 'Nee, ik heb het nog niet gevraagd');
  await choose(page, 'Nee, of ik weet het niet');
  await middle(page, /^Nee: alleen door deze informatie/);
  await expectNoAxeViolations(page);
  await choose(page, 'Ja');
  await expect(result(page)).toContainText('Advies: Delen na toestemming');
  await expect(result(page)).toContainText('uitdrukkelijk toestemming');
  await expect(note(page)).toContainText('de ouders met gezag (of de voogd) én het kind');
  await expectNoAxeViolations(page);
});

test('eerst anoniem advies: the purpose can be reached anonymously', async ({ page }) => {
  await start(page, '16', 'Ja, ik heb duidelijke toestemming');
  await middle(page, /^Ja: anoniem advies of overleg/);
  await expect(result(page)).toContainText('Advies: Vraag eerst anoniem advies');
  await expect(result(page)).toContainText('Namen weglaten is niet genoeg');
  await expect(note(page)).toContainText('de jongere zelf');
  await expectNoAxeViolations(page);
});

test('delen: under an OTS with the gezinsvoogd, then inform the client; the note is completed and printable', async ({ page }) => {
  await start(page, '10', /^Nee: ik kreeg geen toestemming/);
  await choose(page, /^Ja: het kind staat onder toezicht/);
  await middle(page, /^Nee: alleen door deze informatie/);
  await choose(page, 'Nee');
  await expect(page.locator('.share-question__text')).toContainText('Wanneer vertel je de cliënt');
  await expectNoAxeViolations(page);
  await choose(page, 'Vooraf, voordat ik deel');
  await expect(result(page)).toContainText('Advies: Je mag delen');
  await expect(result(page)).toContainText('De cliënt informeren');
  await expect(page.getByRole('status').filter({ hasText: 'Advies:' })).toHaveText(/Advies: Je mag delen/);

  await page.getByLabel('Met wie wil je delen?').fill('de gezinsvoogd');
  await expect(note(page)).toContainText('Met wie: de gezinsvoogd');
  await expect(note(page)).toContainText('Cliënt informeren: Vooraf, voordat ik deel');
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(note(page)).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
});

test('veilig thuis vraagt: with a beroepsgeheim you may give what the investigation needs, not obliged', async ({ page }) => {
  await open(page);
  await choose(page, /^Veilig Thuis doet onderzoek na een melding/);
  await expect(page.locator('.share-question__text')).toContainText('beroepsgeheim');
  await expectNoAxeViolations(page);
  await choose(page, 'Ja');
  await expect(page.locator('#share-result')).toBeFocused();
  await expect(result(page)).toContainText('Advies: Je mag Veilig Thuis informatie geven');
  await expect(result(page)).toContainText('niet verplicht');
  await expect(result(page)).toContainText('vertrouwensarts');
  await expect(note(page)).toContainText('- Beroepsgeheim: Ja');
  await expectNoAxeViolations(page);
});

test('goed hulpverlenerschap after refused consent is named as the exception, not as a gerechtvaardigd belang', async ({ page }) => {
  await start(page, '9', /^Nee: ik kreeg geen toestemming/);
  await choose(page, /goed hulpverlenerschap\)$/);
  await middle(page, /^Nee: alleen door deze informatie/);
  await choose(page, 'Nee');
  await choose(page, 'Vooraf, voordat ik deel');
  await expect(result(page)).toContainText('Advies: Overleggen mag, als uitzondering');
  await expect(result(page)).toContainText('iets anders dan een gerechtvaardigd belang');
  await expect(result(page)).toContainText('De cliënt informeren');
  await expectNoAxeViolations(page);
});

test('a gerechtvaardigd belang or legal duty goes to the privacy expert', async ({ page }) => {
  await start(page, '13', /^Nee: ik kreeg geen toestemming/);
  await choose(page, /^Misschien: een andere grondslag/);
  await expect(result(page)).toContainText('Advies: Vraag eerst je privacydeskundige');
  await expect(result(page)).toContainText('functionaris gegevensbescherming');
  await expectNoAxeViolations(page);
});

test('conflict van plichten sends the learner to the Meldcode', async ({ page }) => {
  await start(page, '6', 'Nee, ik heb het nog niet gevraagd');
  await choose(page, /\(conflict van plichten\)$/);
  await expect(result(page)).toContainText('Advies: Volg de Meldcode');
  await expect(result(page)).toContainText('conflict van plichten');
});

test('back and restart return to earlier questions', async ({ page }) => {
  await open(page);
  await choose(page, /^Delen met een andere professional/);
  await tabTo(page, 'Vorige vraag');
  await page.keyboard.press('Enter');
  await expect(page.locator('.share-question__text')).toContainText('Wat wil je doen');
  await choose(page, 'Een melding doen bij Veilig Thuis');
  await tabTo(page, 'Opnieuw beginnen');
  await page.keyboard.press('Enter');
  await expect(page.locator('#share-question')).toBeFocused();
  await expect(page.locator('.share-question__text')).toContainText('Wat wil je doen');
});

test('an invalid age is explained, not accepted', async ({ page }) => {
  await open(page);
  await choose(page, /^Delen met een andere professional/);
  await page.locator('#share-age').focus();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect(page.locator('#share-age-error')).toContainText('Vul een leeftijd in');
  await expect(page.locator('#share-age')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});
