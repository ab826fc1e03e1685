import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import {
  END_IDS,
  MELDCODE_POSITION_GENERIC,
  QUESTION_IDS,
  type EndId,
  type RouterAnswers,
  allEnds,
  allTargets,
  keepOnPath,
  route,
  whatToSayAt,
  withoutLast,
} from '~/engine/router';
import { PARTY_IDS } from '~/schemas/region';

/** Every complete walk through the graph: the answers given and the end reached. */
function allPaths(): { answers: RouterAnswers; end: EndId; length: number }[] {
  const found: { answers: RouterAnswers; end: EndId; length: number }[] = [];
  const walk = (answers: RouterAnswers, depth: number) => {
    if (depth > QUESTION_IDS.length) throw new Error('the graph has a cycle');
    const result = route(answers);
    if (result.kind === 'end') {
      found.push({ answers, end: result.end.id, length: result.path.length });
      return;
    }
    for (const option of result.question.options) walk({ ...answers, [result.question.id]: option.id }, depth + 1);
  };
  walk({}, 0);
  return found;
}

describe('the question graph', () => {
  const paths = allPaths();

  test('every path ends, and the graph has no cycles', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path.length).toBeLessThanOrEqual(QUESTION_IDS.length);
  });

  test('every end is reached by at least one path', () => {
    const reached = new Set(paths.map((p) => p.end));
    expect([...reached].sort()).toEqual([...END_IDS].sort());
  });

  test('every question is asked on some path', () => {
    const asked = new Set(paths.flatMap((p) => Object.keys(p.answers)));
    expect([...asked].sort()).toEqual([...QUESTION_IDS].sort());
  });

  test('every target names a question or an end that exists', () => {
    for (const target of allTargets()) {
      if ('end' in target) expect(END_IDS).toContain(target.end);
      else expect(QUESTION_IDS).toContain(target.question);
    }
  });

  test('each end is reached by exactly one path (the handelingswijzer is a cascade)', () => {
    const counts = new Map<EndId, number>();
    for (const p of paths) counts.set(p.end, (counts.get(p.end) ?? 0) + 1);
    for (const id of END_IDS) expect(counts.get(id), id).toBe(1);
  });
});

describe('route', () => {
  test('starts with "must someone intervene now?"', () => {
    const result = route({});
    expect(result.kind).toBe('question');
    if (result.kind === 'question') expect(result.question.id).toBe('direct-ingrijpen');
  });

  test('danger to life ends at 112 after one question', () => {
    const result = route({ 'direct-ingrijpen': 'levensgevaar' });
    expect(result.kind === 'end' && result.end.id).toBe('bel-112');
  });

  test('other unsafety that needs action now ends at Veilig Thuis', () => {
    const result = route({ 'direct-ingrijpen': 'direct' });
    expect(result.kind === 'end' && result.end.party).toBe('veilig-thuis');
  });

  test('a jeugdbeschermer comes before the Sociaal Team, as in the handelingswijzer', () => {
    const result = route({ 'direct-ingrijpen': 'nee', jeugdbeschermer: 'ja', 'sociaal-team': 'ja' });
    expect(result.kind === 'end' && result.end.id).toBe('jeugdbeschermer');
  });

  test('an unborn or newborn child ends at the GGD-JGZ', () => {
    const result = route({ 'direct-ingrijpen': 'nee', jeugdbeschermer: 'nee', 'sociaal-team': 'nee', ongeboren: 'ja' });
    expect(result.kind === 'end' && result.end.party).toBe('ggd-jgz');
  });

  test('an unknown option id is treated as unanswered', () => {
    const result = route({ 'direct-ingrijpen': 'misschien' });
    expect(result.kind === 'question' && result.question.id).toBe('direct-ingrijpen');
  });

  test('answers off the path are ignored and dropped by keepOnPath', () => {
    const answers: RouterAnswers = { 'direct-ingrijpen': 'levensgevaar', jeugdbeschermer: 'ja' };
    expect(keepOnPath(answers)).toEqual({ 'direct-ingrijpen': 'levensgevaar' });
  });

  test('withoutLast takes back the last answer on the path', () => {
    const answers: RouterAnswers = { 'direct-ingrijpen': 'nee', jeugdbeschermer: 'nee', licht: 'ja' };
    expect(withoutLast(answers)).toEqual({ 'direct-ingrijpen': 'nee' });
    expect(withoutLast({})).toEqual({});
  });
});

describe('the ends', () => {
  test('every end says why, what to say and reminds of Veilig Thuis', () => {
    for (const end of allEnds()) {
      expect(end.why.length, end.id).toBeGreaterThan(0);
      expect(end.whatToSay.length, end.id).toBeGreaterThan(0);
      expect(end.meldcodeReminder, end.id).toMatch(/Veilig Thuis|melding/);
      expect(PARTY_IDS).toContain(end.party);
    }
  });

  test('ends with another party in charge keep the reporting norm "whoever is involved"', () => {
    for (const id of ['jeugdbeschermer', 'casemanager-jeugd', 'ggd-jgz', 'sociaal-team'] as const) {
      const end = allEnds().find((e) => e.id === id);
      expect(end?.meldcodeReminder, id).toContain('meld je altijd bij Veilig Thuis');
      expect(end?.alsoShow, id).toContain('veilig-thuis');
    }
  });

  test('what to say names the chosen Meldcode step, or asks for it', () => {
    const end = allEnds().find((e) => e.id === 'sociaal-team');
    if (!end) throw new Error('missing end');
    expect(whatToSayAt(end, null).at(-1)).toBe(MELDCODE_POSITION_GENERIC);
    expect(whatToSayAt(end, 3).at(-1)).toContain('stap 3 van de Meldcode');
  });

  test('the emergency call does not ask for the Meldcode step', () => {
    const end = allEnds().find((e) => e.id === 'bel-112');
    if (!end) throw new Error('missing end');
    expect(whatToSayAt(end, 2)).toEqual([...end.whatToSay]);
  });
});

describe('links', () => {
  /** Heading anchors of a reference page, slugged as the site does. */
  function anchors(route: string): Set<string> {
    const file = `content/reference${route.replace(/\/$/, '')}.mdx`;
    const index = `content/reference${route}index.mdx`;
    const path = existsSync(file) ? file : index;
    const slugger = new GithubSlugger();
    const headings = readFileSync(path, 'utf8').match(/^#{2,4} .+$/gm) ?? [];
    return new Set(headings.map((h) => slugger.slug(h.replace(/^#+ /, ''))));
  }

  test('every link of a question or an end points to an existing page and heading', () => {
    const links = allEnds().flatMap((e) => e.links.map((l) => l.href));
    const questionLinks: string[] = [];
    const walk = (answers: RouterAnswers) => {
      const result = route(answers);
      if (result.kind === 'end') return;
      questionLinks.push(result.question.link);
      for (const o of result.question.options) walk({ ...answers, [result.question.id]: o.id });
    };
    walk({});
    for (const href of [...links, ...questionLinks]) {
      const [path = '', hash] = href.split('#');
      const file = `content/reference${path.replace(/\/$/, '')}`;
      expect(existsSync(`${file}.mdx`) || existsSync(`${file}/index.mdx`), href).toBe(true);
      if (hash) expect(anchors(path).has(hash), href).toBe(true);
    }
  });
});
