/**
 * Scale-out (issue 11): two relay processes share rooms through a real Redis (Debian's
 * redis-server, started here on a free loopback port and stopped afterwards). The trainer is
 * on one process, phones on both; a raw client takes the room over on the other process with
 * the trainer's token; then the trainer's process restarts and the votes come back.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForIslands } from './support';
import { freePort, joinPhone, phones, rawClient, shortestCase, startProcess, startRelay, stopProcess, voteOn } from './live-support';

const REDIS = '/usr/bin/redis-server';
const PORT_A = 4343;
const PORT_B = 4344;
const { slug, plan } = shortestCase();
const first = plan.find((p) => p.kind === 'decision')!;

let redis: ChildProcess | undefined;
let relayA: ChildProcess | undefined;
let relayB: ChildProcess | undefined;
let redisUrl = '';

test.describe.configure({ mode: 'serial' });
test.skip(!existsSync(REDIS), 'redis-server is not installed (.ci/run installs it)');

test.beforeAll(async () => {
  const port = await freePort();
  redisUrl = `redis://127.0.0.1:${port}`;
  redis = await startProcess(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, /Ready to accept connections/);
  [relayA, relayB] = await Promise.all([startRelay(PORT_A, redisUrl), startRelay(PORT_B, redisUrl)]);
});

test.afterAll(async () => {
  await Promise.all([stopProcess(relayA), stopProcess(relayB)]);
  await stopProcess(redis);
});

const next = (trainer: Page, name: string | RegExp) => trainer.locator('.session-nav').getByRole('button', { name }).click();

test('two relays over Redis serve one room: trainer on one, phones on both, a relay restart keeps the votes', async ({ browser }) => {
  test.setTimeout(300_000); // a whole case with seven browsers on a shared 2-core machine
  const a = `http://127.0.0.1:${PORT_A}`;
  const b = `http://127.0.0.1:${PORT_B}`;
  const trainerContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const trainer = await trainerContext.newPage();
  await trainer.goto(`${a}/sessie/${slug}/`);
  await waitForIslands(trainer);
  await trainer.getByRole('button', { name: 'Start de sessie' }).click();
  await trainer.getByRole('button', { name: 'Live stemmen op telefoons' }).click();
  const code = (await trainer.getByTestId('live-code').textContent())!.replace(/\s/g, '');

  const contexts = await phones(browser, 3);
  const devices = [await joinPhone(contexts[0]!, b, code, true), await joinPhone(contexts[1]!, b, code), await joinPhone(contexts[2]!, a, code)];
  await expect(trainer.getByTestId('live-joined')).toHaveText('3');

  for (const planned of plan) {
    if (planned === first) break;
    await next(trainer, 'Verder');
  }
  await expect(devices[0]!.getByText('Bespreek de keuzes eerst')).toBeVisible();
  await next(trainer, 'Naar het stemmen');
  await voteOn(devices[0]!, first.kind === 'decision' ? first.letter : 'A');
  await voteOn(devices[1]!, first.kind === 'decision' ? first.otherLetter : 'B');
  await voteOn(devices[2]!, first.kind === 'decision' ? first.letter : 'A');
  await expect(trainer.getByTestId('live-voted')).toHaveText('3');

  // Someone with the code but not the token cannot take the room, on either process.
  const intruder = rawClient(b);
  const view = { phase: 'wachten', key: 'x', title: 'Overgenomen' };
  expect(await intruder.timeout(5000).emitWithAck('host', { code, token: 'B'.repeat(43), view })).toEqual({ ok: false, error: 'bezet' });
  intruder.disconnect();

  // The trainer's relay restarts: the page opens the room again, the phones on the other relay rejoin and resend their votes.
  await stopProcess(relayA);
  await expect(trainer.getByText('Verbinding met de server weg')).toBeVisible();
  relayA = await startRelay(PORT_A, redisUrl);
  await expect(trainer.getByTestId('live-voted')).toHaveText('3', { timeout: 20_000 });
  await expect(trainer.getByTestId('live-joined')).toHaveText('3');

  await next(trainer, 'Toon de uitkomst');
  if (first.kind === 'decision') {
    await expect(devices[1]!.getByText(`Jouw stem: keuze ${first.otherLetter}`)).toBeVisible();
    await expect(devices[1]!.getByText(`De expert kiest keuze ${first.letter}`)).toBeVisible();
    await expect(trainer.locator('.session-reveal__count').filter({ hasText: `Keuze ${first.letter}:` })).toContainText('2 stemmen');
    await next(trainer, `Volg keuze ${first.letter}`);
  }
  // The follow reaches the phones on both processes.
  await expect(devices[0]!.getByTestId('vote-received')).toHaveCount(0);
  await expect(devices[2]!.getByTestId('vote-received')).toHaveCount(0);
  await Promise.all([trainerContext.close(), ...contexts.map((c) => c.close())]);
});
