/** Helpers for the live-voting end-to-end tests: the case to play, phones, raw relay clients, relay processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { parseScenarioFile } from '../../src/engine/scenario/load';
import type { LoadedScenario } from '../../src/engine/scenario/model';
import { availableChoices, currentNode, expertRun, initialState, step } from '../../src/engine/scenario/play';
import { optionLetter } from '../../src/engine/session';
import { RULES } from '../unit/support/rules';
import { waitForIslands } from './support';

export type PlanStep = { kind: 'situation' } | { kind: 'decision'; letter: string; otherLetter: string };

/** The expert path as the trainer's steps: pass a situation, or a decision with the expert's letter and another. */
export function expertPlan(s: LoadedScenario): PlanStep[] {
  let st = initialState(s);
  return expertRun(s).path.map((entry) => {
    const shown = availableChoices(s, st).map((c) => c.id);
    const isSituation = currentNode(s, st).type === 'situation';
    st = step(s, st, entry.choiceId).state;
    if (isSituation) return { kind: 'situation' as const };
    const index = shown.indexOf(entry.choiceId);
    return { kind: 'decision' as const, letter: optionLetter(index), otherLetter: optionLetter(index === 0 ? 1 : 0) };
  });
}

/** The case with the fewest decisions on its expert path: the whole case stays short. */
export function shortestCase(): { slug: string; scenario: LoadedScenario; plan: PlanStep[] } {
  const all = readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const scenario = parseScenarioFile(readFileSync(`scenarios/${f}`, 'utf8'), `scenarios/${f}`, RULES);
      return { slug: f.replace(/\.yaml$/, ''), scenario, plan: expertPlan(scenario) };
    });
  all.sort((a, b) => a.plan.filter((p) => p.kind === 'decision').length - b.plan.filter((p) => p.kind === 'decision').length || a.plan.length - b.plan.length);
  return all[0]!;
}

export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** A phone that joins by the URL of the QR code (or by typing the code when `typeCode`). */
export async function joinPhone(context: BrowserContext, base: string, code: string, typeCode = false): Promise<Page> {
  const page = await context.newPage();
  await page.goto(typeCode ? `${base}/meedoen/` : `${base}/meedoen/?code=${code}`);
  await waitForIslands(page);
  if (typeCode) {
    await page.getByLabel('Code').fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
    await page.getByRole('button', { name: 'Meedoen' }).click();
  }
  await expect(page.getByText(/Je doet mee|Beslissing/).first()).toBeVisible();
  return page;
}

export async function phones(browser: Browser, n: number): Promise<BrowserContext[]> {
  return Promise.all(Array.from({ length: n }, () => browser.newContext(PHONE)));
}

/** Votes on a phone and waits for "je stem is ontvangen". */
export async function voteOn(page: Page, letter: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Keuze ${letter}:`) }).click();
  await expect(page.getByTestId('vote-received')).toContainText(`keuze ${letter}`);
}

/** A raw socket.io client, as an attacker would write one. */
export function rawClient(base: string): Socket {
  return io(base, { path: '/live/socket.io/', transports: ['websocket'], reconnection: false });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a process and waits until its output matches `ready`. */
export async function startProcess(command: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start: ${output}`)), 30_000);
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}): ${output}`)));
  });
  return child;
}

/** A relay process (server/main.ts) on `port`, sharing rooms through Redis when `redisUrl` is given. */
export function startRelay(port: number, redisUrl?: string): Promise<ChildProcess> {
  return startProcess(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], { PORT: String(port), HOST: '127.0.0.1', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) }, /Veilig Handelen: http/);
}

export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await gone;
}
