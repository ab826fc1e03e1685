// @vitest-environment jsdom
/**
 * The shared UI parts of src/components/ui/, rendered with @testing-library/svelte: what
 * each shows for the learner and for the group, from real debrief data of the minimal case.
 */
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { MELDEN_IS_GEEN_EINDPUNT, QUESTIONS } from '~/engine/afwegingskader';
import { parseScenarioFile } from '~/engine/scenario/load';
import { buildDebrief } from '~/engine/scenario/debrief';
import { initialState, step } from '~/engine/scenario/play';
import AfwegingQuestion from '~/components/ui/AfwegingQuestion.svelte';
import AfwegingTable from '~/components/ui/AfwegingTable.svelte';
import LetterBadge from '~/components/ui/LetterBadge.svelte';
import OutcomeBox from '~/components/ui/OutcomeBox.svelte';
import { RULES } from '../support/rules';

afterEach(cleanup);

const CASE = parseScenarioFile(readFileSync('tests/fixtures/scenarios/minimaal.yaml', 'utf8'), 'scenarios/minimaal.yaml', RULES);

/** The debrief moments of a run through the minimal case, answering question 1 with `answer`. */
function momentsAfter(answer: 'ja' | 'nee') {
  let st = initialState(CASE);
  for (const choice of ['verder', 'collega', answer]) st = step(CASE, st, choice).state;
  return buildDebrief(CASE, st).moments;
}

describe('AfwegingTable', () => {
  test('for the learner: "Jij", a link to each question, the answers, "anders", and both decisions when they differ', () => {
    const { container } = render(AfwegingTable, { moments: momentsAfter('ja'), audience: 'learner' });
    const table = screen.getByRole('table');
    expect(table.classList.contains('table-stack')).toBe(true); // the phone layout
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Vraag', 'Jij', 'Expert']);
    const link = within(table).getByRole('link', { name: 'Vraag 1' });
    expect(link.getAttribute('href')).toBe(QUESTIONS.vermoeden.href);
    const [own, expert] = within(table).getAllByRole('cell');
    expect(own?.textContent?.trim()).toBe('Ja');
    expect(own?.dataset['label']).toBe('Jij');
    expect(expert?.textContent).toMatch(/^\s*Nee\s+anders\s*$/);
    expect(container.textContent).toContain('Op jouw antwoorden zou het afwegingskader besluiten:');
    expect(container.textContent).toContain('Op de antwoorden van de expert besluit het afwegingskader:');
    expect(container.textContent).not.toContain('groep');
  });

  test('for the group: "Groep", the same question links and phone layout, "zelfde" on a match, no expert line when the outcome is the same', () => {
    const { container } = render(AfwegingTable, { moments: momentsAfter('nee'), audience: 'group' });
    const table = screen.getByRole('table');
    expect(table.classList.contains('table-stack')).toBe(true);
    expect(within(table).getAllByRole('columnheader')[1]?.textContent).toBe('Groep');
    expect(within(table).getByRole('link', { name: 'Vraag 1' }).getAttribute('href')).toBe(QUESTIONS.vermoeden.href);
    expect(within(table).getAllByRole('cell')[0]?.dataset['label']).toBe('Groep');
    expect(within(table).getAllByRole('cell')[1]?.textContent).toMatch(/Nee\s+zelfde/);
    expect(container.textContent).toContain('Op de antwoorden van de groep besluit het afwegingskader:');
    expect(container.textContent).not.toContain('Op jouw antwoorden');
    expect(container.textContent).not.toContain('Op de antwoorden van de expert');
  });

  test('a moment the run never reached says so for its audience', () => {
    const unreached = momentsAfter('nee').map((m) => ({ ...m, learner: null, questions: m.questions.map((q) => ({ ...q, answer: undefined, matches: false })) }));
    const { container, unmount } = render(AfwegingTable, { moments: unreached, audience: 'group' });
    expect(container.textContent).toContain('De groep kwam niet bij dit moment van de afweging.');
    expect(container.querySelector('.badge')).toBeNull(); // no "anders" beside an answer never given
    unmount();
    render(AfwegingTable, { moments: unreached, audience: 'learner' });
    expect(screen.getByText('Je kwam niet bij dit moment van de afweging.')).toBeTruthy();
    expect(screen.getAllByRole('cell')[0]?.textContent?.trim()).toBe('Niet gevraagd');
  });

  test('no moments, no table', () => {
    const { container } = render(AfwegingTable, { moments: [], audience: 'learner' });
    expect(container.querySelector('table, h3')).toBeNull();
  });
});

describe('OutcomeBox', () => {
  const verdict = createRawSnippet(() => ({ render: () => '<p class="verdict">Niet gehaald.</p>' }));

  test('green (match) only when good, the caller\'s lines first, then the ending in paragraphs', () => {
    const { container } = render(OutcomeBox, { good: true, ending: { text: 'Eerste alinea.\n\nTweede\nalinea.', outcome: 'afsluiten' }, class: 'case-ending__outcome', children: verdict });
    const box = container.querySelector('.outcome')!;
    expect(box.classList.contains('outcome--match')).toBe(true);
    expect(box.classList.contains('outcome--mismatch')).toBe(false);
    expect(box.classList.contains('case-ending__outcome')).toBe(true);
    expect([...box.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Niet gehaald.', 'Eerste alinea.', 'Tweede alinea.']);
    expect(box.textContent).not.toContain(MELDEN_IS_GEEN_EINDPUNT);
  });

  test('not good is mismatch, and after a report it says reporting is no end point', () => {
    const { container } = render(OutcomeBox, { good: false, ending: { text: 'Je meldt.', outcome: 'melden' }, children: verdict });
    const box = container.querySelector('.outcome')!;
    expect(box.classList.contains('outcome--mismatch')).toBe(true);
    expect(box.classList.contains('outcome--match')).toBe(false);
    expect(box.lastElementChild?.textContent).toBe(MELDEN_IS_GEEN_EINDPUNT);
  });
});

describe('LetterBadge and AfwegingQuestion', () => {
  test('the letter badge shows the letter, hidden from screen readers', () => {
    const { container } = render(LetterBadge, { letter: 'C' });
    const badge = container.querySelector('.letter-badge')!;
    expect(badge.textContent).toBe('C');
    expect(badge.getAttribute('aria-hidden')).toBe('true');
  });

  test('the question block names the number and asks the question, with the caller\'s class', () => {
    const { container } = render(AfwegingQuestion, { question: 'acuutOfStructureel', class: 'session-stage__question' });
    const block = container.querySelector('.afweging-question')!;
    expect(block.classList.contains('session-stage__question')).toBe(true);
    expect(block.querySelector('.afweging-question__label')?.textContent).toBe('Afwegingskader, vraag 2:');
    expect(block.textContent).toContain(QUESTIONS.acuutOfStructureel.question);
  });
});
