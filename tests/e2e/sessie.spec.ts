/**
 * Facilitator mode (/sessie/): a whole session with the keyboard only, reload and reset,
 * ties and overrides, notes that try to inject HTML, damaged storage, and axe in every
 * state at projector sizes. Sessions for the later states are built with the real
 * session core in Node and put in localStorage before the page loads.
 * Set SHOTS_DIR to also save screenshots of the projector view.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseScenarioFile } from '../../src/engine/scenario/load';
import type { LoadedScenario } from '../../src/engine/scenario/model';
import { availableChoices, currentNode, expertRun, initialState, step } from '../../src/engine/scenario/play';
import { advance, chooseOption, setNote, setVotes, startSession, type SessionState } from '../../src/engine/session';
import { expectNoAxeViolations, tabTo, waitForIslands } from './support';
import { RULES } from '../unit/support/rules';

const SLUG = 'noor-groep-6';
const KEY = 'vh:session:v1';
const XSS = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert("script")</script>';
const scenario: LoadedScenario = parseScenarioFile(readFileSync(`scenarios/${SLUG}.yaml`, 'utf8'), `scenarios/${SLUG}.yaml`, RULES);

type PlanStep = { kind: 'situation' } | { kind: 'decision'; expertId: string; letter: string; otherId: string; otherLetter: string };

/** The expert path as the steps a trainer takes: pass a situation, or vote for the expert's option. */
function expertPlan(s: LoadedScenario): PlanStep[] {
  let st = initialState(s);
  return expertRun(s).path.map((entry) => {
    const shown = availableChoices(s, st).map((c) => c.id);
    const isSituation = currentNode(s, st).type === 'situation';
    st = step(s, st, entry.choiceId).state;
    if (isSituation) return { kind: 'situation' as const };
    const index = shown.indexOf(entry.choiceId);
    const otherIndex = index === 0 ? 1 : 0;
    const letter = (i: number) => String.fromCharCode(65 + i);
    return { kind: 'decision' as const, expertId: entry.choiceId, letter: letter(index), otherId: shown[otherIndex] ?? '', otherLetter: letter(otherIndex) };
  });
}

/** A session built in Node: the first `decisions` decisions along the expert path, each 7 to 2. */
function sessionAfter(decisions: number, now = new Date(2025, 0, 31, 10)): SessionState {
  let st = startSession(scenario, now);
  let done = 0;
  while (st.phase !== 'einde' && done < decisions) {
    const node = currentNode(scenario, st.play);
    if (node.type === 'situation') {
      st = advance(scenario, st, now);
      continue;
    }
    const plan = expertPlanAt(st);
    st = advance(scenario, st, now);
    st = setVotes(scenario, setVotes(scenario, st, plan.expertId, 7), plan.otherId, 2);
    st = advance(scenario, advance(scenario, st, now), now);
    done++;
  }
  return st;
}

function expertPlanAt(st: SessionState): { expertId: string; otherId: string } {
  const shown = availableChoices(scenario, st.play).map((c) => c.id);
  const node = currentNode(scenario, st.play);
  const expertId = node.type === 'choice' || node.type === 'afweging' ? (node.options.find((o) => o.expert && shown.includes(o.id))?.id ?? '') : '';
  return { expertId, otherId: shown.find((id) => id !== expertId) ?? '' };
}

/** Puts a session in localStorage before every page load of this test. */
async function inject(page: Page, value: SessionState | string): Promise<void> {
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  await page.addInitScript(([key, v]) => window.localStorage.setItem(key, v), [KEY, raw] as const);
}

/** Fails the test on any dialog (alert from injected HTML) or page error. */
function watchForScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  return seen;
}

async function open(page: Page, path = `/sessie/${SLUG}/`): Promise<void> {
  await page.goto(path);
  await waitForIslands(page);
}

/** Presses Tab until the focused element matches `selector`. */
async function tabToSelector(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`tabToSelector: ${selector} not reached in ${max} presses`);
}

/** Starts a session and presses ArrowRight past the opening situation(s) into the first vote. */
async function startToFirstVote(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  for (const planned of expertPlan(scenario)) {
    if (planned.kind === 'decision') break;
    await page.keyboard.press('ArrowRight'); // past a situation
  }
  await page.keyboard.press('ArrowRight'); // situatie → stemmen
  await expect(page.locator('#session-phase-title')).toHaveText('Stemmen: handen omhoog');
}

/** A session in Node at the first decision, still in the situatie phase. */
function sessionAtFirstDecision(): SessionState {
  let st = startSession(scenario, new Date(2025, 0, 31, 10));
  while (currentNode(scenario, st.play).type === 'situation') st = advance(scenario, st, new Date());
  return st;
}

const nodeTitle = (page: Page) => page.locator('#session-node-title');
const phaseTitle = (page: Page) => page.locator('#session-phase-title');
const stored = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), KEY);

test('a whole session with the keyboard only: votes, a note, the clicker keys, the printable summary and the download', async ({ page }) => {
  const problems = watchForScripts(page);
  await open(page);
  await tabTo(page, 'Start de sessie');
  await page.keyboard.press('Enter');
  await expect(nodeTitle(page)).toBeFocused();

  let first = true;
  for (const planned of expertPlan(scenario)) {
    if (planned.kind === 'situation') {
      const before = await nodeTitle(page).textContent();
      await page.keyboard.press('ArrowRight');
      await expect(nodeTitle(page)).not.toHaveText(before ?? '');
      continue;
    }
    await expect(phaseTitle(page)).toHaveText('Wat doen we?');
    if (first) {
      // A note with HTML in it, typed in the textarea; arrow keys there stay in the text.
      await tabTo(page, 'Notitie bij deze beslissing');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.type(`${XSS} ${SCRIPT}`);
      await page.keyboard.press('ArrowRight');
      await expect(phaseTitle(page)).toHaveText('Wat doen we?');
      await page.keyboard.press('Shift+Tab'); // back to the note's summary, out of the text
      first = false;
    }
    await page.keyboard.press('PageDown');
    await expect(phaseTitle(page)).toHaveText('Stemmen: handen omhoog');
    await expect(phaseTitle(page)).toBeFocused();
    await tabToSelector(page, `#session-vote-${planned.expertId}`);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('7');
    await page.keyboard.press('ArrowRight'); // in a number field: stays there
    await expect(phaseTitle(page)).toHaveText('Stemmen: handen omhoog');
    await tabTo(page, `Eén stem meer voor keuze ${planned.otherLetter}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.locator(`#session-vote-${planned.otherId}`)).toHaveValue('2');
    await page.keyboard.press('ArrowRight'); // on a button: moves on
    await expect(phaseTitle(page)).toHaveText('De uitkomst');
    await expect(phaseTitle(page)).toBeFocused();
    await expect(page.locator('.session-reveal__summary')).toContainText(`9 stemmen in totaal. De meeste stemmen gaan naar keuze ${planned.letter}.`);
    // After the reveal the discussion tools are gone; the note stays.
    await expect(page.getByRole('button', { name: 'Toon de gespreksvragen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Start de timer' })).toHaveCount(0);
    await expect(page.getByRole('radio', { name: `De groep volgt keuze ${planned.letter}` })).toBeChecked();
    await page.keyboard.press('ArrowRight');
  }

  await expect(page.locator('#session-end-title')).toBeFocused();
  await expect(page.locator('#session-end-title')).toContainText('Einde van de casus');
  const summary = page.locator('.session-summary');
  await expect(summary).toContainText('Uitkomst van de groep: Melden bij Veilig Thuis');
  // The verdict comes first, before the decisions.
  await expect(summary.locator('.session-summary__result')).toHaveText(/^Oordeel: gehaald\. Zonder kritieke fout/);
  expect(await summary.evaluate((el) => {
    const verdict = el.querySelector('.session-summary__verdict');
    const decisions = el.querySelector('.session-summary__decisions');
    return !!verdict && !!decisions && !!(verdict.compareDocumentPosition(decisions) & Node.DOCUMENT_POSITION_FOLLOWING);
  })).toBe(true);
  // Along the expert path: the outcome is framed as the expert's, and the talk afterwards has no timer.
  await expect(page.locator('.session-end__outcome')).toContainText('Dezelfde uitkomst als de expert');
  await expect(page.locator('.session-end__prompts')).toContainText('Waar twijfelden we het meest');
  await expect(page.getByRole('button', { name: 'Start de timer' })).toHaveCount(0);
  await expect(summary).toContainText('Aantal beslissingen: 9');
  await expect(summary.locator('.session-summary__decision')).toHaveCount(9);
  await expect(summary).toContainText('De groep volgde');
  await expect(summary).toContainText('Op de antwoorden van de groep besluit het afwegingskader: Melden bij Veilig Thuis.');
  await expect(summary.locator('.session-summary__note-text')).toHaveText(`${XSS} ${SCRIPT}`);
  await expect(summary.locator('img, script')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(summary).toBeVisible();
  await expect(page.locator('.session-end__actions')).toBeHidden();
  await expect(page.locator('.session-end__prompts')).toBeHidden();
  await expect(page.locator('.session-top__leave')).toBeHidden();
  // A typical case (nine decisions, one note) prints on at most two A4 pages.
  const pdfBuffer = await page.pdf({ format: 'A4' });
  if (process.env['SESSION_PDF']) writeFileSync(process.env['SESSION_PDF'], pdfBuffer);
  const pdf = pdfBuffer.toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });

  await tabTo(page, 'Download het verslag (tekstbestand)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^casusbespreking-noor-groep-6-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain('# Groepssessie: Noor vertelt het in de pauze');
  expect(markdown).toContain('> \\<img src=x onerror=alert(1)\\> \\<script\\>alert("script")\\</script\\>');
  expect(markdown).not.toMatch(/(^|[^\\])</m);
  expect(problems).toEqual([]);
});

test('a reload in the middle of voting continues where the session was', async ({ page }) => {
  await open(page);
  await startToFirstVote(page);
  const [plan] = expertPlan(scenario).filter((p) => p.kind === 'decision');
  if (plan?.kind !== 'decision') throw new Error('the case starts without a decision');
  await page.locator(`#session-vote-${plan.expertId}`).fill('5');
  await expect(page.locator(`#session-vote-${plan.expertId}`)).toHaveValue('5');
  await page.reload();
  await waitForIslands(page);
  await expect(phaseTitle(page)).toHaveText('Stemmen: handen omhoog');
  await expect(page.locator(`#session-vote-${plan.expertId}`)).toHaveValue('5');
  await page.keyboard.press('ArrowRight');
  await expect(phaseTitle(page)).toHaveText('De uitkomst');
  await page.keyboard.press('ArrowLeft'); // back within the decision keeps the votes
  await expect(page.locator(`#session-vote-${plan.expertId}`)).toHaveValue('5');
});

test('reset wipes the session after one question, here and from the session list', async ({ page }) => {
  await open(page);
  await startToFirstVote(page);
  await tabTo(page, 'Sessie wissen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Ja, wis de sessie' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#session-start-title')).toBeFocused();
  await expect(page.locator('.session-start')).toContainText('De sessie is gewist.');
  expect(await stored(page)).toBeNull();

  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await open(page, '/sessie/');
  await expect(page.getByRole('heading', { name: 'Er loopt een sessie' })).toBeVisible();
  await page.getByRole('button', { name: 'Sessie wissen' }).click();
  await page.getByRole('button', { name: 'Ja, wis de sessie' }).click();
  await expect(page.getByRole('heading', { name: 'Er loopt een sessie' })).toHaveCount(0);
  expect(await stored(page)).toBeNull();
});

test('a tie waits for the trainer; the trainer can follow another option than the majority', async ({ page }) => {
  await open(page);
  await startToFirstVote(page);
  await page.locator('.session-votes__input').nth(0).fill('4');
  await page.locator('.session-votes__input').nth(1).fill('4');
  await page.locator('#session-phase-title').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.session-reveal__summary')).toContainText('Gelijke stand tussen A en B');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: 'Kies eerst welke keuze de groep volgt.' })).toBeVisible();
  await expect(page.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('ArrowRight'); // the clicker again: it never picks an option for the group
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Kies eerst welke keuze de groep volgt.' })).toBeVisible();
  await page.keyboard.press('ArrowDown'); // a radio group: up and down pick, they do not move the session
  await expect(page.getByRole('radio', { name: 'De groep volgt keuze B' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Volg keuze B' })).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'De groep volgt keuze A' })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /De groep volgt keuze C/ })).toBeChecked();
  const title = await nodeTitle(page).textContent();
  await page.keyboard.press('PageDown'); // the clicker still moves on from a radio group
  await expect(nodeTitle(page)).not.toHaveText(title ?? '');
  await expect(nodeTitle(page)).toBeFocused();
  const saved = JSON.parse((await stored(page)) ?? '{}') as SessionState;
  const shown = availableChoices(scenario, sessionAtFirstDecision().play).map((c) => c.id);
  expect(saved.decisions[0]).toMatchObject({ chosen: shown[2], overridden: false, votes: { [shown[0] ?? '']: 4, [shown[1] ?? '']: 4 } });
});

test('notes with HTML are shown as text and never run, in the view and the summary', async ({ page }) => {
  const problems = watchForScripts(page);
  let done = sessionAfter(99);
  done = setNote(setNote(done, 0, `${XSS}\n${SCRIPT}`), 1, '<a href="javascript:alert(2)">klik</a>');
  await inject(page, done);
  await open(page);
  const notes = page.locator('.session-summary__note-text');
  await expect(notes.nth(0)).toHaveText(`${XSS}\n${SCRIPT}`);
  await expect(notes.nth(1)).toHaveText('<a href="javascript:alert(2)">klik</a>');
  await expect(page.locator('.session-summary img, .session-summary script, .session-summary__note a')).toHaveCount(0);

  const midway = setNote(sessionAtFirstDecision(), 0, XSS);
  await page.addInitScript(([key, v]) => window.localStorage.setItem(key, v), [KEY, JSON.stringify(midway)] as const);
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('#session-note')).toHaveValue(XSS);
  await expect(page.locator('.session-tools img')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a damaged stored session gives the start screen with a notice, never a crash', async ({ page }) => {
  const problems = watchForScripts(page);
  await inject(page, '{"version":1,"kapot');
  await open(page);
  await expect(page.locator('.session-start')).toContainText('De bewaarde sessie kon niet meer worden gelezen');
  expect(await stored(page)).toBeNull();
  expect(problems).toEqual([]);
});

test('a session that no longer fits its case is dropped with the same notice', async ({ page }) => {
  await inject(page, { ...sessionAfter(2), scenarioVersion: 999 });
  await open(page);
  await expect(page.locator('.session-start')).toContainText('De bewaarde sessie kon niet meer worden gelezen');
});

test('a session of another case is named on the start screen and on the list', async ({ page }) => {
  await inject(page, { ...sessionAfter(0), scenarioId: 'bram-klas-3', play: { ...initialState(scenario), scenarioId: 'bram-klas-3' } });
  await open(page);
  await expect(page.locator('.session-start')).toContainText('Er loopt nog een sessie met de casus');
  await expect(page.locator('.session-start a[href="/sessie/bram-klas-3/"]')).toBeVisible();
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`axe finds nothing in any state at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    const shot = async (name: string) => {
      const dir = process.env['SHOTS_DIR'];
      if (dir) await page.screenshot({ path: join(dir, `sessie-${size.width}x${size.height}-${name}.png`) });
    };
    await open(page, '/sessie/');
    await expectNoAxeViolations(page);
    await open(page);
    await expectNoAxeViolations(page);
    await shot('1-start');
    // Body text in the projector view: at least 1.25rem of the normal 16px at 1280×720, about 1.75rem at 1920×1080.
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(size.width >= 1920 ? 26 : 20);

    /** The step forward is on screen without scrolling, and so is the title of the node. */
    const nextInView = async (name: string) => {
      await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
      await expect(nodeTitle(page)).toBeInViewport();
    };

    await page.getByRole('button', { name: 'Start de sessie' }).click();
    await expectNoAxeViolations(page);
    await shot('2-situatie');
    await page.getByRole('button', { name: 'Toon de gespreksvragen' }).click();
    await expect(page.locator('#session-prompts')).toContainText('Wat hadden jullie al gedaan');
    await expect(page.locator('#session-prompts')).toBeInViewport({ ratio: 1 });
    await page.getByRole('button', { name: 'Start de timer' }).click();
    await expectNoAxeViolations(page);
    await shot('3-vragen-en-timer');
    await expect(page.getByRole('button', { name: 'Verder' })).toBeInViewport({ ratio: 1 });
    await page.getByRole('button', { name: 'Verder' }).click();
    await expectNoAxeViolations(page);
    await shot('3b-beslissing');
    await nextInView('Naar het stemmen');
    await page.getByRole('button', { name: 'Naar het stemmen' }).click();
    await page.locator('.session-votes__input').nth(0).fill('3');
    await page.locator('.session-votes__input').nth(2).fill('11');
    await expectNoAxeViolations(page);
    await shot('4-stemmen');
    await nextInView('Toon de uitkomst');
    await page.getByRole('button', { name: 'Toon de uitkomst' }).click();
    await expectNoAxeViolations(page);
    await shot('5-uitkomst');
    await nextInView('Volg keuze C');
    // Every radio to pick the option to follow is on screen too.
    for (const radio of await page.getByRole('radio').all()) await expect(radio).toBeInViewport({ ratio: 1 });

    await inject(page, setNote(sessionAfter(99), 0, 'Groep twijfelde lang over geheimhouding.'));
    await open(page);
    await expect(page.locator('#session-end-title')).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('6-einde');
    await open(page, '/sessie/');
    await expect(page.getByRole('heading', { name: 'Er loopt een sessie' })).toBeVisible();
    await expectNoAxeViolations(page);

    // An override in the reveal, also checked by axe.
    let overridden = advance(scenario, sessionAtFirstDecision(), new Date());
    const ids = availableChoices(scenario, overridden.play).map((c) => c.id);
    overridden = advance(scenario, setVotes(scenario, overridden, ids[0] ?? '', 9), new Date());
    overridden = chooseOption(scenario, overridden, ids[1] ?? '');
    await inject(page, overridden);
    await open(page);
    await expect(page.getByRole('button', { name: 'Volg keuze B' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
