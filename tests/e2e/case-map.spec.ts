/**
 * The case map: drawn at build time as SVG, shown in the debrief with the learner's route
 * marked over the expert path, and on the session start page for trainers. The test plays
 * a case with one wrong turn and checks the marked nodes against the engine's route.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { caseGraph, routeOf } from '../../src/engine/scenario/case-graph';
import { parseScenarioFile } from '../../src/engine/scenario/load';
import type { LoadedScenario, PlayState } from '../../src/engine/scenario/model';
import { availableChoices, currentNode, expertChoice, initialState, step } from '../../src/engine/scenario/play';
import { expectNoAxeViolations, waitForIslands } from './support';
import { RULES } from '../unit/support/rules';

const s: LoadedScenario = parseScenarioFile(readFileSync('scenarios/noor-groep-6.yaml', 'utf8'), 'scenarios/noor-groep-6.yaml', RULES);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A run that takes one non-expert, non-critical option at the first choice that has one, then follows the expert. */
function detourRun(): { run: PlayState; buttons: string[] } {
  let st = initialState(s);
  const buttons: string[] = [];
  let detoured = false;
  for (let guard = 0; !st.finished && guard < 200; guard++) {
    const node = currentNode(s, st);
    const ids = availableChoices(s, st).map((c) => c.id);
    let choice = expertChoice(s, st) ?? ids[0]!;
    if (!detoured && node.type === 'choice') {
      const other = node.options.find((o) => !o.expert && !o.critical && ids.includes(o.id));
      if (other) {
        choice = other.id;
        detoured = true;
      }
    }
    buttons.push(node.type === 'situation' ? 'Verder' : squash(node.type === 'ending' ? '' : node.options.find((o) => o.id === choice)!.text));
    st = step(s, st, choice).state;
  }
  return { run: st, buttons };
}

async function marked(page: Page, selector: string, attr: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els, a) => els.map((el) => el.getAttribute(a) ?? ''), attr);
}

test('the debrief shows the learner path over the expert path on the case map', async ({ page }) => {
  const { run, buttons } = detourRun();
  const route = routeOf(run);
  const graph = caseGraph(s);
  await page.goto(`/casussen/${s.id}/`);
  await waitForIslands(page);
  await page.getByRole('link', { name: 'Start de casus' }).click();
  const choiceNodes = run.path.map((p) => currentNodeType(p.nodeId));
  for (const [i, name] of buttons.entries()) {
    await page.getByRole('button', { name, exact: true }).click();
    if (choiceNodes[i] !== 'situation') await page.getByRole('button', { name: 'Verder', exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: 'Jouw pad op de kaart' })).toBeVisible();
  const map = page.getByRole('img', { name: new RegExp(`^Casuskaart: ${s.title}`) });
  await expect(map).toBeVisible();
  await expect(page.getByRole('list', { name: 'Legenda van de casuskaart' })).toContainText('Gestreepte lijn en het label "jij": jouw pad');
  expect((await marked(page, '.debrief-map .case-map__node.is-visited', 'data-node')).sort()).toEqual([...route.nodes].sort());
  expect((await marked(page, '.debrief-map .case-map__edge.is-visited', 'data-edge')).sort()).toEqual([...route.edges].sort());
  const expertNodes = await marked(page, '.debrief-map .case-map__node--expert', 'data-node');
  expect(expertNodes.sort()).toEqual([...graph.expertPath].sort());
  // The detour: at least one node the learner passed is off the expert path.
  expect(route.nodes.some((id) => !graph.expertPath.includes(id))).toBe(true);
  // The text equivalent stays below the map.
  await expect(page.getByRole('heading', { name: 'Jouw keuzes en die van de expert' })).toBeVisible();
  await expectNoAxeViolations(page);
});

function currentNodeType(id: string): string {
  return s.nodes.find((n) => n.id === id)!.type;
}

test('a trainer preparing a session can open the case map, which leaves once the session starts', async ({ page }) => {
  await page.goto(`/sessie/${s.id}/`);
  await waitForIslands(page);
  await page.getByText('Casuskaart voor de trainer (laat het expertpad zien)').click();
  const map = page.getByRole('img', { name: new RegExp(`^Casuskaart: ${s.title}`) });
  await expect(map).toBeVisible();
  await expect(page.locator('.session-map .case-map__node')).toHaveCount(s.nodes.length);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await expect(map).toBeHidden();
});

test('the case page ships no layout library to the browser', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.text());
  });
  await page.goto(`/casussen/${s.id}/`);
  await waitForIslands(page);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((t) => /dagre|graphlib/i.test(t))).toEqual([]);
});
