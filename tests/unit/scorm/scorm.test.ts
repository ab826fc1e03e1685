/**
 * The pure SCORM layer (src/scorm/): CMI values per version, interactions from a played
 * path, score and status against the case's pass mark, suspend data that resumes and fits
 * SCORM 1.2's 4,096 characters, API discovery over parents and opener, and the session.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRuleCatalogue, readScenario } from '../../../src/content/case-loader';
import type { LoadedScenario, PlayState } from '../../../src/engine/scenario/model';
import { availableChoices, currentNode, expertChoice, expertRun, initialState, step } from '../../../src/engine/scenario/play';
import { scoreRun } from '../../../src/engine/scenario/scoring';
import { drawTest, answerCurrent, advance, correctIds, currentQuestion, type QuizBank } from '../../../src/engine/quiz';
import { validateQuizFiles } from '../../../src/engine/quiz/server';
import { LmsSession, findApi, type Api12, type WindowLike } from '../../../src/scorm/api';
import { SUSPEND_LIMIT_12, interactionValues, scoreValues, sessionTimeValue, statusValues } from '../../../src/scorm/cmi';
import type { PackageData, Snapshot } from '../../../src/scorm/package-model';
import { caseInteractions, newInteractions, packageResult } from '../../../src/scorm/report';
import { decodeRun, decodeSuspend, emptySnapshot, encodeRun, encodeSuspend } from '../../../src/scorm/suspend';

const catalogue = readRuleCatalogue();
const CASES: LoadedScenario[] = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readScenario(`scenarios/${f}`, catalogue));
const NOOR = CASES.find((c) => c.id === 'noor-groep-6')!;

function bank(): QuizBank {
  const files = readdirSync('content/quiz').filter((f) => f.endsWith('.yaml')).map((f) => ({ file: f, data: parse(readFileSync(`content/quiz/${f}`, 'utf8')) as unknown }));
  const anyRoute = { get: () => ({ has: () => true }) } as unknown as Parameters<typeof validateQuizFiles>[1];
  return validateQuizFiles(files, anyRoute).bank;
}

function caseData(cases: LoadedScenario[], kind: PackageData['kind'] = 'case', withQuiz = false): PackageData {
  return {
    id: 'test', title: 'Test', version: '1.2', kind, summary: '', outside: [], siteUrl: null,
    modules: [...cases.map((scenario) => ({ kind: 'case' as const, scenario, refTitles: {} })), ...(withQuiz ? [{ kind: 'quiz' as const, bank: bank(), count: 15 }] : [])],
  };
}

/** The run that takes the first critical option it meets, then the expert's choices. */
function criticalRun(s: LoadedScenario): PlayState | null {
  let st = initialState(s);
  let took = false;
  for (let guard = 0; !st.finished && guard < 500; guard++) {
    const node = currentNode(s, st);
    const ids = availableChoices(s, st).map((c) => c.id);
    const critical = !took && node.type !== 'situation' && node.type !== 'ending' ? node.options.find((o) => o.critical && ids.includes(o.id)) : undefined;
    if (critical) took = true;
    st = step(s, st, critical?.id ?? expertChoice(s, st) ?? ids[0]!).state;
  }
  return took && st.finished ? st : null;
}

/**
 * The longest run through a case that enters no node twice (loops such as "ik wacht een
 * week af" can be repeated without end; one pass through each is what a run holds).
 * Depth-first over every visible choice, stopping before the ending.
 */
function longestRun(s: LoadedScenario): PlayState {
  let best = initialState(s);
  let explored = 0;
  const walk = (st: PlayState, seen: Set<string>) => {
    if (++explored > 200_000) return;
    if (st.path.length > best.path.length) best = st;
    if (st.finished) return;
    for (const c of availableChoices(s, st)) {
      const next = step(s, st, c.id).state;
      if (seen.has(next.nodeId)) continue;
      seen.add(next.nodeId);
      walk(next, seen);
      seen.delete(next.nodeId);
    }
  };
  walk(initialState(s), new Set([s.start]));
  return best;
}

/** The same run cut before its ending: a run in progress, as suspend data holds it. */
function unfinished(s: LoadedScenario, run: PlayState): PlayState {
  let st = initialState(s);
  for (const e of run.path) {
    const next = step(s, st, e.choiceId).state;
    if (next.finished) break;
    st = next;
  }
  return st;
}

describe('CMI values', () => {
  const interaction = { id: 'noor-groep-6.vraag-vermoeden', response: ['ja'], correct: ['ja'], result: 'correct' as const, objectives: ['afwegingskader-vraag-1'], description: 'Meldcode stap 2, afwegingskader vraag 1' };

  it('SCORM 1.2: student_response, correct/wrong, no description', () => {
    expect(Object.fromEntries(interactionValues('1.2', 3, interaction))).toEqual({
      'cmi.interactions.3.id': 'noor-groep-6.vraag-vermoeden',
      'cmi.interactions.3.type': 'choice',
      'cmi.interactions.3.objectives.0.id': 'afwegingskader-vraag-1',
      'cmi.interactions.3.correct_responses.0.pattern': 'ja',
      'cmi.interactions.3.student_response': 'ja',
      'cmi.interactions.3.result': 'correct',
    });
    expect(interactionValues('1.2', 0, { ...interaction, result: 'wrong' }).find(([k]) => k.endsWith('.result'))?.[1]).toBe('wrong');
  });

  it('SCORM 2004: learner_response, description, incorrect; multiple responses with [,]', () => {
    const v = Object.fromEntries(interactionValues('2004', 0, { ...interaction, response: ['a', 'b'], result: 'wrong' }));
    expect(v['cmi.interactions.0.learner_response']).toBe('a[,]b');
    expect(v['cmi.interactions.0.description']).toBe('Meldcode stap 2, afwegingskader vraag 1');
    expect(v['cmi.interactions.0.result']).toBe('incorrect');
  });

  it('score: 1.2 gets the percentage in 0-100, 2004 the points and scaled = raw / max', () => {
    expect(scoreValues('1.2', { raw: 14, max: 18, percent: 78 })).toEqual([['cmi.core.score.raw', '78'], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']]);
    expect(Object.fromEntries(scoreValues('2004', { raw: 14, max: 18, percent: 78 }))).toEqual({ 'cmi.score.raw': '14', 'cmi.score.min': '0', 'cmi.score.max': '18', 'cmi.score.scaled': '0.7778' });
  });

  it('status: incomplete until finished, then passed or failed', () => {
    expect(statusValues('1.2', { completed: false, passed: false })).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(statusValues('1.2', { completed: true, passed: false })).toEqual([['cmi.core.lesson_status', 'failed']]);
    expect(statusValues('2004', { completed: true, passed: true })).toEqual([['cmi.completion_status', 'completed'], ['cmi.success_status', 'passed']]);
    expect(statusValues('2004', { completed: false, passed: false })).toEqual([['cmi.completion_status', 'incomplete'], ['cmi.success_status', 'unknown']]);
  });

  it('session time in each version’s format', () => {
    expect(sessionTimeValue('1.2', 3_723_450)).toEqual(['cmi.core.session_time', '0001:02:03.45']);
    expect(sessionTimeValue('2004', 3_723_450)).toEqual(['cmi.session_time', 'PT1H2M3.45S']);
    expect(sessionTimeValue('2004', 0)).toEqual(['cmi.session_time', 'PT0H0M0S']);
  });
});

describe('interactions, score and status of a played case', () => {
  it('the expert path: one correct interaction per choice, afweging questions as objectives, passed', () => {
    const run = expertRun(NOOR);
    const list = caseInteractions(NOOR, run.path);
    expect(list.length).toBe(run.path.filter((e) => NOOR.nodes.find((n) => n.id === e.nodeId)?.type !== 'situation').length);
    expect(list.every((i) => i.result === 'correct')).toBe(true);
    expect(list.filter((i) => i.objectives.some((o) => /^afwegingskader-vraag-[1-5]$/.test(o))).length).toBe(NOOR.nodes.filter((n) => n.type === 'afweging' && run.path.some((e) => e.nodeId === n.id)).length);
    const data = caseData([NOOR]);
    const r = scoreRun(NOOR, run);
    const snap: Snapshot = { cases: { [NOOR.id]: { current: null, lastPath: run.path, finished: true, best: { score: r.score, max: r.max, percent: r.percent, passed: r.passed } } }, quiz: null };
    expect(packageResult(data, snap)).toEqual({ score: { raw: r.score, max: r.max, percent: r.percent }, status: { completed: true, passed: true } });
  });

  it.each(CASES.filter((c) => criticalRun(c) !== null).map((c) => [c.id, c] as const))('%s: a critical error fails, whatever the score', (_id, s) => {
    const run = criticalRun(s)!;
    const r = scoreRun(s, run);
    expect(r.passed).toBe(false);
    const list = caseInteractions(s, run.path);
    expect(list.some((i) => i.description.includes('kritieke fout') && i.result === 'wrong')).toBe(true);
    const snap: Snapshot = { cases: { [s.id]: { current: null, lastPath: run.path, finished: true, best: { score: r.score, max: r.max, percent: r.percent, passed: r.passed } } }, quiz: null };
    expect(packageResult(caseData([s]), snap).status).toEqual({ completed: true, passed: false });
  });


  it('new interactions: only what a run added, the whole run after a restart, the last choice from lastPath', () => {
    const data = caseData([NOOR]);
    const run = expertRun(NOOR);
    const part = unfinished(NOOR, { ...run, path: run.path.slice(0, 4) });
    const none = emptySnapshot(data);
    const mid: Snapshot = { cases: { [NOOR.id]: { current: part, lastPath: [], finished: false, best: null } }, quiz: null };
    const done: Snapshot = { cases: { [NOOR.id]: { current: null, lastPath: run.path, finished: true, best: null } }, quiz: null };
    const restarted: Snapshot = { cases: { [NOOR.id]: { current: initialState(NOOR), lastPath: run.path, finished: true, best: null } }, quiz: null };
    const total = caseInteractions(NOOR, run.path).length;
    const first = newInteractions(data, none, mid).length;
    expect(first).toBe(caseInteractions(NOOR, part.path).length);
    expect(newInteractions(data, mid, done).length).toBe(total - first);
    expect(newInteractions(data, done, done)).toEqual([]);
    expect(newInteractions(data, done, restarted)).toEqual([]);
    const again: Snapshot = { cases: { [NOOR.id]: { current: part, lastPath: run.path, finished: true, best: null } }, quiz: null };
    expect(newInteractions(data, restarted, again).length).toBe(first);
  });
});

describe('suspend data', () => {
  it('a run in progress and the best result survive a round trip', () => {
    const data = caseData([NOOR]);
    const run = expertRun(NOOR);
    const part = unfinished(NOOR, { ...run, path: run.path.slice(0, 5) });
    const snap: Snapshot = { cases: { [NOOR.id]: { current: part, lastPath: [], finished: true, best: { score: 20, max: 33, percent: 61, passed: false } } }, quiz: null };
    const back = decodeSuspend(data, encodeSuspend(data, snap));
    expect(back.cases[NOOR.id]?.current).toEqual(part);
    expect(back.cases[NOOR.id]?.best).toEqual({ score: 20, max: 33, percent: 61, passed: false });
  });

  it('damaged data, another case version or a run that no longer replays is dropped for that case only', () => {
    const data = caseData([NOOR]);
    expect(decodeSuspend(data, 'not json')).toEqual(emptySnapshot(data));
    expect(decodeSuspend(data, '{"v":1,"c":{"noor-groep-6":{"sv":99,"r":"00"}}}').cases[NOOR.id]).toBeUndefined();
    expect(decodeSuspend(data, '{"v":1,"c":{"noor-groep-6":{"sv":1,"r":"zzzz"}}}').cases[NOOR.id]?.current).toBeNull();
    expect(decodeRun(NOOR, '0', 'not-this-node')).toBeNull();
  });

  it('a quiz attempt in progress survives a round trip', () => {
    const data = caseData([], 'quiz', true);
    const quiz = data.modules[0]!;
    if (quiz.kind !== 'quiz') throw new Error('no quiz');
    let attempt = drawTest(quiz.bank, () => 0.42, 15);
    for (let k = 0; k < 6; k++) {
      const q = currentQuestion(quiz.bank, attempt)!;
      attempt = advance(answerCurrent(attempt, correctIds(q)));
    }
    const snap: Snapshot = { cases: {}, quiz: { attempt, best: { score: 12.5, max: 15, percent: 83, passed: true } } };
    const text = encodeSuspend(data, snap);
    expect(decodeSuspend(data, text).quiz).toEqual(snap.quiz);
    expect(text.length).toBeLessThan(1000);
  });

  const largest = [...CASES].sort((a, b) => b.nodes.length - a.nodes.length)[0]!;
  it(`the longest run of the largest case (${largest.id}, ${largest.nodes.length} nodes) fits SCORM 1.2's 4,096 characters`, () => {
    const run = unfinished(largest, longestRun(largest));
    const data = caseData([largest]);
    const text = encodeSuspend(data, { cases: { [largest.id]: { current: run, lastPath: [], finished: true, best: { score: 99, max: 99, percent: 100, passed: true } } }, quiz: null });
    expect(run.path.length).toBeGreaterThan(5);
    expect(encodeRun(largest, run).length).toBe(run.path.length); // one character per step
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT_12);
    expect(decodeSuspend(data, text).cases[largest.id]?.current?.nodeId).toBe(run.nodeId);
  });

  it('every learning path package with every case mid-run on its longest path and the test half done fits too', () => {
    const all = caseData(CASES, 'path', true);
    const quiz = all.modules.find((m) => m.kind === 'quiz')!;
    if (quiz.kind !== 'quiz') throw new Error('no quiz');
    let attempt = drawTest(quiz.bank, () => 0.7, 15);
    for (let k = 0; k < 8; k++) attempt = advance(answerCurrent(attempt, correctIds(currentQuestion(quiz.bank, attempt)!)));
    const snap: Snapshot = {
      cases: Object.fromEntries(CASES.map((c) => [c.id, { current: unfinished(c, longestRun(c)), lastPath: [], finished: true, best: { score: 30, max: 33, percent: 91, passed: true } }])),
      quiz: { attempt, best: { score: 11, max: 15, percent: 73, passed: false } },
    };
    // All thirteen cases in one package is more than any path holds.
    expect(encodeSuspend(all, snap).length).toBeLessThanOrEqual(SUSPEND_LIMIT_12);
  });
});

describe('API discovery and the session', () => {
  function fakeApi(): Api12 & { values: Record<string, string>; calls: string[] } {
    const values: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '2', 'cmi.suspend_data': '' };
    const calls: string[] = [];
    return {
      values, calls,
      LMSInitialize: () => (calls.push('init'), 'true'),
      LMSFinish: () => (calls.push('finish'), 'true'),
      LMSGetValue: (k) => values[k] ?? '',
      LMSSetValue: (k, v) => ((values[k] = v), 'true'),
      LMSCommit: () => (calls.push('commit'), 'true'),
      LMSGetLastError: () => '0',
    };
  }

  it('finds the API on a parent up to seven levels, then on the opener; null without an LMS', () => {
    const api = fakeApi();
    const top: WindowLike = { API: api };
    top.parent = top;
    let win: WindowLike = top;
    for (let i = 0; i < 7; i++) win = { parent: win };
    expect(findApi(win, '1.2')).toBe(api);
    expect(findApi(win, '2004')).toBeNull();
    let deep: WindowLike = win;
    deep = { parent: { parent: deep } };
    expect(findApi(deep, '1.2')).toBeNull();
    const popup: WindowLike = { opener: { API_1484_11: api } };
    popup.parent = popup;
    expect(findApi(popup, '2004')).toBe(api);
    const lonely: WindowLike = {};
    lonely.parent = lonely;
    expect(findApi(lonely, '1.2')).toBeNull();
  });

  it('a parent on another origin stops the search without an error', () => {
    const blocked = { get API(): unknown { throw new DOMException('cross-origin'); } } as WindowLike;
    expect(findApi({ parent: blocked }, '1.2')).toBeNull();
  });

  it('initialise, start, append after the recorded interactions, finish once with the session time', () => {
    const api = fakeApi();
    let now = 1000;
    const session = new LmsSession('1.2', api, () => now);
    expect(session.initialize()).toBe(true);
    session.start();
    expect(api.values['cmi.core.lesson_status']).toBe('incomplete');
    session.addInteractions(caseInteractions(NOOR, expertRun(NOOR).path).slice(0, 1));
    expect(api.values['cmi.interactions.2.id']).toMatch(/^noor-groep-6\./);
    session.report({ raw: 33, max: 33, percent: 100 }, { completed: true, passed: true }, '{"v":1}');
    expect(api.values['cmi.core.lesson_status']).toBe('passed');
    expect(api.values['cmi.core.exit']).toBe('');
    now += 65_000;
    session.finish();
    session.finish();
    expect(api.values['cmi.core.session_time']).toBe('0000:01:05.00');
    expect(api.calls.filter((c) => c === 'finish')).toEqual(['finish']);
    expect(session.isOpen).toBe(false);
  });

  it('nothing it sends holds a name or free text: only ids, fixed words and numbers', () => {
    const api = fakeApi();
    const session = new LmsSession('1.2', api);
    session.initialize();
    session.addInteractions(caseInteractions(NOOR, expertRun(NOOR).path));
    for (const [k, v] of Object.entries(api.values)) {
      if (k.startsWith('cmi.interactions.')) expect(v).toMatch(/^[a-z0-9.,_-]*$/);
    }
  });
});

describe('links inside a package', async () => {
  const { packageLink, isSiteNavigation } = await import('../../../src/scorm-player/links');
  it('site paths go to the website when its address is known, else become plain text; other links stay', () => {
    expect(packageLink('/privacy/toestemming/#ots', 'https://training.example.nl/')).toBe('https://training.example.nl/privacy/toestemming/#ots');
    expect(packageLink('/privacy/toestemming/', null)).toBeNull();
    expect(packageLink('tel:0800-2000', null)).toBe('tel:0800-2000');
    expect(packageLink('//elders.example/', null)).toBe('//elders.example/');
  });
  it('links to the website’s own progress pages are hidden', () => {
    expect(isSiteNavigation('/certificaat/')).toBe(true);
    expect(isSiteNavigation('/casussen/')).toBe(true);
    expect(isSiteNavigation('/casussen/noor-groep-6/')).toBe(false);
    expect(isSiteNavigation('/privacy/')).toBe(false);
  });
});
