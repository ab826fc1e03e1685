/**
 * Live voting (issue 11): a trainer's projector and six phones play a whole case through the
 * relay that serves the site (server/main.ts): join by QR URL and by typed code, vote and change
 * a vote, live counts on the projector, reveal on the phones, follow, the end and the summary
 * with the live counts; a phone that closes its tab and comes back, a trainer reload mid-vote,
 * a wrong code, a raw client sending trainer commands and malformed or oversized messages, and
 * axe on the participant's page in every state.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from './support';
import { joinPhone, phones, rawClient, shortestCase, voteOn } from './live-support';

const { slug, plan } = shortestCase();

async function startLive(trainer: Page, base: string): Promise<string> {
  await trainer.goto(`${base}/sessie/${slug}/`);
  await waitForIslands(trainer);
  await trainer.getByRole('button', { name: 'Start de sessie' }).click();
  await trainer.getByRole('button', { name: 'Live stemmen op telefoons' }).click();
  const code = (await trainer.getByTestId('live-code').textContent())?.replace(/\s/g, '') ?? '';
  expect(code).toMatch(/^[A-Z0-9]{8}$/);
  return code;
}

const next = (trainer: Page, name: string | RegExp) => trainer.locator('.session-nav').getByRole('button', { name }).click();

test.describe.configure({ mode: 'serial' });

test('a trainer and six phones play a whole case live', async ({ browser, baseURL }) => {
  test.setTimeout(300_000); // a whole case with seven browsers on a shared 2-core machine
  const base = baseURL!;
  const trainerContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const trainer = await trainerContext.newPage();
  const code = await startLive(trainer, base);

  const contexts = await phones(browser, 6);
  const devices: Page[] = [];
  devices.push(await joinPhone(contexts[0]!, base, code, true)); // typed, in lower case with a space
  for (const c of contexts.slice(1)) devices.push(await joinPhone(c, base, code));
  await expect(trainer.getByTestId('live-joined')).toHaveText('6');
  await expectNoAxeViolations(devices[0]!);

  let decisionsDone = 0;
  for (const planned of plan) {
    if (planned.kind === 'situation') {
      await next(trainer, 'Verder');
      continue;
    }
    // Discussion: the phones show the options, voting is not open yet.
    await expect(devices[1]!.getByText('Bespreek de keuzes eerst')).toBeVisible();
    await next(trainer, 'Naar het stemmen');
    await expect(trainer.locator('#session-phase-title')).toHaveText('Stemmen op je telefoon');
    // Four for the expert's option, two for another; phone 5 first votes the expert's, then changes.
    for (const [i, phone] of devices.entries()) await voteOn(phone, i < 4 || i === 5 ? planned.letter : planned.otherLetter);
    await voteOn(devices[5]!, planned.otherLetter);
    await expect(trainer.getByTestId('live-voted')).toHaveText('6');
    if (decisionsDone === 0) {
      await expectNoAxeViolations(devices[2]!);
      // A phone that closes its tab and comes back keeps its vote.
      await devices[4]!.close();
      devices[4] = await joinPhone(contexts[4]!, base, code);
      await expect(devices[4]!.getByTestId('vote-received')).toContainText(`keuze ${planned.otherLetter}`);
      // A trainer reload mid-vote: the room comes back with the same code and the votes.
      await trainer.reload();
      await waitForIslands(trainer);
      await expect(trainer.getByTestId('live-code')).toHaveText(`${code.slice(0, 4)} ${code.slice(4)}`);
      await expect(trainer.getByTestId('live-voted')).toHaveText('6');
      await expect(trainer.getByTestId('live-joined')).toHaveText('6');
    }
    // One hand raised in the room by someone without a phone.
    await trainer.getByRole('button', { name: `Eén stem meer voor keuze ${planned.letter}` }).click();
    await next(trainer, 'Toon de uitkomst');
    const cards = trainer.locator('.session-reveal__count');
    await expect(cards.filter({ hasText: `Keuze ${planned.letter}:` })).toContainText('5 stemmen');
    await expect(cards.filter({ hasText: `Keuze ${planned.otherLetter}:` })).toContainText('2 stemmen');
    // The reveal on the phones: their own option's verdict, the expert's choice.
    await expect(devices[0]!.getByText(`Jouw stem: keuze ${planned.letter}`)).toBeVisible();
    await expect(devices[0]!.getByText('dit is de keuze van de expert')).toBeVisible();
    await expect(devices[5]!.getByText(`Jouw stem: keuze ${planned.otherLetter}`)).toBeVisible();
    await expect(devices[5]!.getByText(`De expert kiest keuze ${planned.letter}`)).toBeVisible();
    if (decisionsDone === 0) await expectNoAxeViolations(devices[5]!);
    await next(trainer, `Volg keuze ${planned.letter}`);
    decisionsDone++;
  }
  // The end on the phones and the summary on the projector.
  await expect(devices[3]!.getByText('Einde van de casus')).toBeVisible();
  await expect(devices[3]!.getByText(/Uitkomst van de groep/)).toBeVisible();
  await expectNoAxeViolations(devices[3]!);
  const summary = trainer.locator('.session-summary');
  await expect(summary.getByText(/live gestemd/i).first()).toBeVisible();
  await expect(summary.getByText('6 via de telefoon, 1 met de hand').first()).toBeVisible();
  await Promise.all([trainerContext.close(), ...contexts.map((c) => c.close())]);
});

test('a wrong code says "code onbekend of verlopen" and the phone can try again', async ({ browser, baseURL }) => {
  const context = await browser.newContext(PHONE_CONTEXT);
  const page = await context.newPage();
  await page.goto(`${baseURL}/meedoen/`);
  await waitForIslands(page);
  await page.getByLabel('Code').fill('ABCD EFGK');
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expect(page.locator('.meedoen__status')).toContainText('Code onbekend of verlopen');
  await expect(page.getByLabel('Code')).toBeFocused();
  await page.getByLabel('Code').fill('abc');
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expect(page.locator('.meedoen__status')).toContainText('Een code heeft 8 tekens');
  await expectNoAxeViolations(page);
  await context.close();
});

test('a raw client cannot steer a room, malformed and oversized messages are refused, and the session goes on', async ({ browser, baseURL }) => {
  const base = baseURL!;
  const trainerContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const trainer = await trainerContext.newPage();
  const code = await startLive(trainer, base);
  const [phoneContext] = await phones(browser, 1);
  const phone = await joinPhone(phoneContext!, base, code);

  const raw = rawClient(base);
  await new Promise<void>((resolve) => raw.once('connect', () => resolve()));
  const participant = 'rawclient-0123456789ab';
  const fakeView = { phase: 'einde', key: 'x', title: 'Overgenomen', text: [], outcome: 'x' };
  expect(await raw.emitWithAck('host', { code, token: 'A'.repeat(43), view: fakeView })).toEqual({ ok: false, error: 'bezet' });
  expect(await raw.emitWithAck('vote', { code, participant, key: 'x', optionId: 'a' })).toEqual({ ok: false, error: 'niet-aangemeld' });
  expect(await raw.emitWithAck('join', { code, participant })).toMatchObject({ ok: true });
  expect(await raw.emitWithAck('vote', { code, participant, key: 'x', optionId: 'a' })).toEqual({ ok: false, error: 'andere-beslissing' });
  expect(await raw.emitWithAck('join', { code: code.toLowerCase(), participant, extra: 1 })).toEqual({ ok: false, error: 'ongeldig' });
  expect(await raw.emitWithAck('join', 'not an object')).toEqual({ ok: false, error: 'ongeldig' });
  expect(await raw.emitWithAck('reveal', { code })).toEqual({ ok: false, error: 'ongeldig' });
  // A message above the size limit closes that connection only.
  const closed = new Promise<string>((resolve) => raw.once('disconnect', (reason) => resolve(reason)));
  raw.emit('join', { code, participant: 'x'.repeat(100_000) });
  expect(await closed).toMatch(/transport/);

  // The phone and the projector go on.
  await expect(phone.getByText(/Je doet mee|Beslissing/).first()).toBeVisible();
  await expect(trainer.getByTestId('live-joined')).toHaveText('2');
  for (const planned of plan) {
    if (planned.kind === 'decision') {
      await expect(phone.getByText('Bespreek de keuzes eerst')).toBeVisible();
      await next(trainer, 'Naar het stemmen');
      await voteOn(phone, planned.letter);
      await expect(trainer.getByTestId('live-voted')).toHaveText('1');
      break;
    }
    await next(trainer, 'Verder');
  }
  await Promise.all([trainerContext.close(), phoneContext!.close()]);
});

const PHONE_CONTEXT = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
