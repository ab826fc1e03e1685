/**
 * SCORM packages against a real SCORM runtime: scorm-again (Scorm12API / Scorm2004API) on
 * an LMS test page that loads the unzipped package in an iframe. Everything is served by
 * Playwright routes on http://lms.test/ from dist-scorm/*.zip (run `npm run package:scorm`
 * first), and any request outside the package and the test page fails the test.
 * Per version: a case played to its end (status, score, interactions), a reload mid-case
 * that resumes from suspend data, and a critical error that fails; the privacy test once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readRuleCatalogue, readScenario } from '../../src/content/case-loader';
import type { LoadedScenario, PlayState } from '../../src/engine/scenario/model';
import { availableChoices, currentNode, expertChoice, expertRun, initialState, step } from '../../src/engine/scenario/play';
import { scoreRun } from '../../src/engine/scenario/scoring';

const LMS = 'http://lms.test';
const CASE = readScenario('scenarios/noor-groep-6.yaml', readRuleCatalogue());
const AGAIN = readFileSync('node_modules/scorm-again/dist/scorm-again.min.js', 'utf8');

/** The LMS side: the API from scorm-again, its CMI kept in localStorage on every commit so a reload resumes. */
const LMS_JS = `
const params = new URLSearchParams(location.search);
const v = params.get('v');
const key = 'lms:' + params.get('pkg') + ':' + v;
const api = v === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
const saved = localStorage.getItem(key);
if (saved) {
  const cmi = JSON.parse(saved).cmi;
  if (v === '1.2') cmi.core.entry = 'resume'; else cmi.entry = 'resume';
  api.loadFromJSON(cmi);
}
const save = () => localStorage.setItem(key, JSON.stringify(api.renderCMIToJSONObject()));
api.on(v === '1.2' ? 'LMSCommit' : 'Commit', save);
window.lmsCalls = [];
api.on(v === '1.2' ? 'LMSInitialize' : 'Initialize', () => window.lmsCalls.push('initialize'));
api.on(v === '1.2' ? 'LMSFinish' : 'Terminate', () => { window.lmsCalls.push('finish'); save(); });
window[v === '1.2' ? 'API' : 'API_1484_11'] = api;
window.lmsApi = api;
`;

const LMS_HTML = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>LMS-testpagina</title>
<script src="/scorm-again.js"></script><script src="/lms.js"></script></head>
<body><iframe id="sco" title="Module" src="/pkg/index.html" style="width:100%;height:95vh;border:0"></iframe></body></html>`;

type Version = '1.2' | '2004';

function packageFiles(name: string): Map<string, Uint8Array> {
  const file = `dist-scorm/${name}.zip`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run package:scorm first`);
  return new Map(Object.entries(unzipSync(readFileSync(file))));
}

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', xml: 'application/xml' };

/** Serves the LMS page and the package; records every request that is not one of them, and every CSP report. */
async function openLms(page: Page, pkg: string, version: Version): Promise<{ outside: string[] }> {
  const files = packageFiles(`${pkg}-scorm${version === '1.2' ? '12' : '2004'}`);
  const outside: string[] = [];
  // A CSP violation inside the package counts as a problem too (the package's index.html carries a strict policy).
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) outside.push(`CSP: ${m.text()}`);
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== LMS) {
      outside.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/lms.html') return route.fulfill({ contentType: 'text/html', body: LMS_HTML });
    if (url.pathname === '/lms.js') return route.fulfill({ contentType: 'text/javascript', body: LMS_JS });
    if (url.pathname === '/scorm-again.js') return route.fulfill({ contentType: 'text/javascript', body: AGAIN });
    const body = url.pathname.startsWith('/pkg/') ? files.get(url.pathname.slice(5)) : undefined;
    if (!body) {
      outside.push(url.href);
      return route.fulfill({ status: 404, body: 'not in the package' });
    }
    return route.fulfill({ contentType: TYPES[url.pathname.split('.').pop() ?? ''] ?? 'application/octet-stream', body: Buffer.from(body) });
  });
  await page.goto(`${LMS}/lms.html?v=${version}&pkg=${pkg}`);
  return { outside };
}

const frame = (page: Page) => page.frameLocator('#sco');

/** The CMI as the LMS holds it (scorm-again's JSON rendering). */
async function cmi(page: Page): Promise<Record<string, any>> {
  return page.evaluate(() => (window as unknown as { lmsApi: { renderCMIToJSONObject(): Record<string, any> } }).lmsApi.renderCMIToJSONObject()['cmi'] as Record<string, any>);
}

/** The button text of each move of a run. */
function buttons(s: LoadedScenario, run: PlayState): { button: string; situation: boolean }[] {
  return run.path.map((e) => {
    const node = s.nodes.find((n) => n.id === e.nodeId);
    if (!node || node.type === 'ending') throw new Error(`bad path entry ${e.nodeId}`);
    if (node.type === 'situation') return { button: 'Verder', situation: true };
    return { button: (node.options.find((o) => o.id === e.choiceId)?.text ?? '').replace(/\s+/g, ' ').trim(), situation: false };
  });
}

async function play(page: Page, moves: { button: string; situation: boolean }[]): Promise<void> {
  const f = frame(page);
  for (const move of moves) {
    await f.getByRole('button', { name: move.button, exact: true }).click();
    if (!move.situation) await f.getByRole('button', { name: /^(Verder|Kies opnieuw)$/ }).click();
  }
}

function criticalRun(s: LoadedScenario): PlayState {
  let st = initialState(s);
  let took = false;
  while (!st.finished) {
    const node = currentNode(s, st);
    const ids = availableChoices(s, st).map((c) => c.id);
    const critical = !took && node.type !== 'situation' && node.type !== 'ending' ? node.options.find((o) => o.critical && ids.includes(o.id)) : undefined;
    if (critical) took = true;
    st = step(s, st, critical?.id ?? expertChoice(s, st) ?? ids[0]!).state;
  }
  if (!took) throw new Error(`${s.id} has no reachable critical option`);
  return st;
}

/** Interactions of the CMI as plain objects, for both versions. */
function interactions(data: Record<string, any>): Record<string, any>[] {
  const list = data['interactions'];
  return Array.isArray(list) ? list : Object.values(list ?? {}).filter((x): x is Record<string, any> => typeof x === 'object' && x !== null);
}

const expert = expertRun(CASE);
const expertScore = scoreRun(CASE, expert);
const expertChoices = expert.path.filter((e) => CASE.nodes.find((n) => n.id === e.nodeId)?.type !== 'situation');

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version}`, () => {
    test('a case played to its end: passed, score, interactions, session time, finish', async ({ page }) => {
      const { outside } = await openLms(page, `casus-${CASE.id}`, version);
      const f = frame(page);
      await expect(f.getByText('Je leeromgeving houdt bij wat je hier doet')).toBeVisible();
      await f.getByRole('button', { name: 'Start de casus' }).click();
      await play(page, buttons(CASE, expert));
      await expect(f.locator('.case-ending__outcome')).toContainText('Gehaald');
      const data = await cmi(page);
      const list = interactions(data);
      expect(list.length).toBe(expertChoices.length);
      list.forEach((i, k) => {
        expect(i['id']).toBe(`${CASE.id}.${expertChoices[k]!.nodeId}`);
        expect(i['type']).toBe('choice');
        expect(i['result']).toBe('correct');
      });
      // afwegingskader questions are linked as objectives
      const afweging = CASE.nodes.filter((n) => n.type === 'afweging').map((n) => `${CASE.id}.${n.id}`);
      const linked = list.filter((i) => afweging.includes(i['id']));
      expect(linked.length).toBeGreaterThan(0);
      for (const i of linked) expect(JSON.stringify(i['objectives'])).toMatch(/afwegingskader-vraag-[1-5]/);
      if (version === '1.2') {
        expect(data['core']['lesson_status']).toBe('passed');
        expect(data['core']['score']).toMatchObject({ raw: String(expertScore.percent), min: '0', max: '100' });
        expect(list[0]!['student_response']).toBe(expertChoices[0]!.choiceId);
      } else {
        expect(data['completion_status']).toBe('completed');
        expect(data['success_status']).toBe('passed');
        expect(data['score']).toMatchObject({ raw: String(expertScore.score), min: '0', max: String(expertScore.max), scaled: String(Math.round((expertScore.score / expertScore.max) * 10000) / 10000) });
        expect(list[0]!['learner_response']).toBe(expertChoices[0]!.choiceId);
      }
      await page.evaluate(() => (document.getElementById('sco') as HTMLIFrameElement).remove());
      expect(await page.evaluate(() => (window as unknown as { lmsCalls: string[] }).lmsCalls)).toEqual(['initialize', 'finish']);
      const after = await cmi(page);
      const time = version === '1.2' ? after['core']['session_time'] : after['session_time'];
      expect(time).toMatch(version === '1.2' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT\d+H\d+M[\d.]+S$/);
      expect(outside).toEqual([]);
    });

    test('a reload mid-case resumes from suspend data', async ({ page }) => {
      await openLms(page, `casus-${CASE.id}`, version);
      const f = frame(page);
      await f.getByRole('button', { name: 'Start de casus' }).click();
      const moves = buttons(CASE, expert);
      const half = Math.ceil(moves.length / 2);
      await play(page, moves.slice(0, half));
      const before = await cmi(page);
      expect(before['suspend_data']).toMatch(/^\{"v":1/);
      expect(version === '1.2' ? before['core']['lesson_status'] : before['completion_status']).toBe('incomplete');
      await page.reload();
      await f.getByRole('button', { name: 'Ga verder waar je was' }).click();
      await play(page, moves.slice(half));
      await expect(f.locator('.case-ending__outcome')).toContainText('Gehaald');
      const data = await cmi(page);
      expect(version === '1.2' ? data['core']['lesson_status'] : data['success_status']).toBe('passed');
      // every choice recorded once, across both sessions
      expect(interactions(data).length).toBe(expertChoices.length);
    });

    test('a critical error fails the case', async ({ page }) => {
      await openLms(page, `casus-${CASE.id}`, version);
      const f = frame(page);
      await f.getByRole('button', { name: 'Start de casus' }).click();
      await play(page, buttons(CASE, criticalRun(CASE)));
      await expect(f.locator('.case-ending__outcome')).toContainText('Niet gehaald');
      const data = await cmi(page);
      if (version === '1.2') expect(data['core']['lesson_status']).toBe('failed');
      else {
        expect(data['completion_status']).toBe('completed');
        expect(data['success_status']).toBe('failed');
      }
      expect(interactions(data).some((i) => i['result'] === (version === '1.2' ? 'wrong' : 'incorrect'))).toBe(true);
    });
  });
}

test('the privacy test package records every answer and the result (SCORM 2004)', async ({ page }) => {
  const { outside } = await openLms(page, 'privacytoets', '2004');
  const f = frame(page);
  await f.getByRole('button', { name: 'Start de toets' }).click();
  for (let i = 1; i <= 15; i++) {
    await f.locator('.quiz fieldset input').first().check();
    await f.getByRole('button', { name: 'Controleer je antwoord' }).click();
    await f.getByRole('button', { name: i === 15 ? 'Bekijk je uitslag' : 'Volgende vraag' }).click();
  }
  await expect(f.locator('#quiz-result-heading')).toBeVisible();
  const data = await cmi(page);
  expect(interactions(data).length).toBe(15);
  expect(data['completion_status']).toBe('completed');
  expect(['passed', 'failed']).toContain(data['success_status']);
  expect(data['score']['max']).toBe('15');
  expect(outside).toEqual([]);
});

test('without an LMS the package plays and says it cannot record', async ({ page }) => {
  const files = packageFiles(`casus-${CASE.id}-scorm12`);
  await page.route('**/*', (route) => {
    const body = files.get(new URL(route.request().url()).pathname.slice(1));
    return body ? route.fulfill({ contentType: TYPES[route.request().url().split('.').pop() ?? ''] ?? 'text/plain', body: Buffer.from(body) }) : route.abort();
  });
  await page.goto(`${LMS}/index.html`);
  await expect(page.getByText('We vinden geen leeromgeving')).toBeVisible();
  await page.getByRole('button', { name: 'Start de casus' }).click();
  await expect(page.getByRole('button', { name: 'Stop even' })).toBeVisible();
});

test('a learning path package: a passed case counts as one of its modules, the path stays incomplete (SCORM 1.2)', async ({ page }) => {
  const { outside } = await openLms(page, 'leerroute-basisonderwijs', '1.2');
  const f = frame(page);
  const modules = f.locator('.scorm__modules > li');
  const total = await modules.count();
  expect(total).toBe(4); // noor-groep-6, sara-ondertoezichtstelling, the privacy test, lieke-bso-geheimpje
  await f.getByRole('button', { name: `Open ${CASE.title}` }).click();
  await f.getByRole('button', { name: 'Start de casus' }).click();
  await play(page, buttons(CASE, expert));
  await expect(f.locator('.case-ending__outcome')).toContainText('Gehaald');
  await f.getByRole('button', { name: 'Terug naar de leerroute' }).click();
  await expect(f.locator('#path-heading')).toBeFocused();
  await expect(modules.filter({ hasText: CASE.title })).toContainText('Gehaald');
  await expect(f.getByText(`Je hebt 1 van de ${total} onderdelen gehaald.`)).toBeVisible();
  const data = await cmi(page);
  expect(data['core']['lesson_status']).toBe('incomplete');
  expect(data['core']['score']['raw']).toBe(String(Math.floor(100 / total)));
  expect(interactions(data).length).toBe(expertChoices.length);
  expect(outside).toEqual([]);
});
