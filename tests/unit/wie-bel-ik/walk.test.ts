import { existsSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import {
  END_IDS,
  MELDCODE_POSITION_GENERIC,
  QUESTION_IDS,
  WIE_BEL_IK_SETTINGS,
  type EndId,
  type WieBelIkAnswers,
  type SettingChoice,
  fitsSetting,
  keepOnPath,
  walkAnswers,
  whatToSayAt,
  withoutLast,
  ENDS,
  QUESTIONS,
  type WieBelIkEnd,
  type WieBelIkTarget,
} from '~/engine/wie-bel-ik';
import { SKIP_TALK } from '~/engine/privacy';
import { PARTY_IDS } from '~/schemas/region';

/** Every target the graph mentions. */
function allTargets(): WieBelIkTarget[] {
  return Object.values(QUESTIONS).flatMap((q) => q.options.map((o) => o.next));
}

/** All the ends, in the order of END_IDS. */
function allEnds(): WieBelIkEnd[] {
  return END_IDS.map((id) => ENDS[id]);
}

/** Every complete walk through the graph: the answers given and the end reached. */
function allPaths(setting: SettingChoice = null): { answers: WieBelIkAnswers; end: EndId; length: number }[] {
  const found: { answers: WieBelIkAnswers; end: EndId; length: number }[] = [];
  const walk = (answers: WieBelIkAnswers, depth: number) => {
    if (depth > QUESTION_IDS.length) throw new Error('the graph has a cycle');
    const result = walkAnswers(answers, setting);
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

/** Answers "the child told me nothing", the first question. */
const N = { 'kind-vertelde': 'nee' } as const;

describe('walkAnswers', () => {
  test('starts with "did the child itself tell you something?", then "must someone intervene now?"', () => {
    const result = walkAnswers({});
    expect(result.kind === 'question' && result.question.id).toBe('kind-vertelde');
    const next = walkAnswers({ ...N });
    expect(next.kind === 'question' && next.question.id).toBe('direct-ingrijpen');
  });

  test('a disclosure is acute unsafety: Veilig Thuis today, 112 only for danger to life or serious injury', () => {
    const result = walkAnswers({ 'kind-vertelde': 'ja' });
    if (result.kind !== 'end') throw new Error('expected an end');
    expect(result.end.id).toBe('kind-vertelde');
    expect(result.end.party).toBe('veilig-thuis');
    expect(result.end.title).toMatch(/vandaag Veilig Thuis/);
    const why = result.end.why.join(' ');
    expect(why).toMatch(/acute onveiligheid/);
    expect(why).toMatch(/0800-2000/);
    expect(why).toMatch(/alleen 112 als er nu levensgevaar is of kans op ernstig letsel/);
    expect(result.end.alsoShow).toContain('alarm-112');
  });

  test('the disclosure end says what to do now, and marks sound practice as such', () => {
    const end = allEnds().find((e) => e.id === 'kind-vertelde');
    const now = end?.doNow ?? [];
    const text = now.map((n) => n.text).join(' ');
    expect(text).toMatch(/rustig/);
    expect(text).toMatch(/Beloof niet dat je het geheimhoudt/);
    expect(text).toMatch(/letterlijk op/);
    expect(text).toMatch(/aandachtsfunctionaris/);
    expect(now.find((n) => /geheimhoudt/.test(n.text))?.practice).toBe(true);
    expect(end?.meldcodeReminder).toContain(SKIP_TALK);
  });

  test('danger to life ends at 112 after the first two questions', () => {
    const result = walkAnswers({ ...N, 'direct-ingrijpen': 'levensgevaar' });
    expect(result.kind === 'end' && result.end.id).toBe('bel-112');
    if (result.kind === 'end') expect(result.end.why.join(' ')).toMatch(/levensgevaar of kans op ernstig letsel/);
  });

  test('other unsafety that needs action now ends at Veilig Thuis', () => {
    const result = walkAnswers({ ...N, 'direct-ingrijpen': 'direct' });
    expect(result.kind === 'end' && result.end.party).toBe('veilig-thuis');
    if (result.kind === 'end') expect(result.end.why.join(' ')).toMatch(/niet 112/);
  });

  test('a jeugdbeschermer comes before the Sociaal Team, as in the handelingswijzer', () => {
    const result = walkAnswers({ ...N, 'direct-ingrijpen': 'nee', jeugdbeschermer: 'ja', 'sociaal-team': 'ja' });
    expect(result.kind === 'end' && result.end.id).toBe('jeugdbeschermer');
  });

  test('an unborn or newborn child ends at the GGD-JGZ', () => {
    const result = walkAnswers({ ...N, 'direct-ingrijpen': 'nee', jeugdbeschermer: 'nee', 'sociaal-team': 'nee', ongeboren: 'ja' });
    expect(result.kind === 'end' && result.end.party).toBe('ggd-jgz');
  });

  test('an unknown option id is treated as unanswered', () => {
    const result = walkAnswers({ ...N, 'direct-ingrijpen': 'misschien' });
    expect(result.kind === 'question' && result.question.id).toBe('direct-ingrijpen');
  });

  test('answers off the path are ignored and dropped by keepOnPath', () => {
    const answers: WieBelIkAnswers = { ...N, 'direct-ingrijpen': 'levensgevaar', jeugdbeschermer: 'ja' };
    expect(keepOnPath(answers)).toEqual({ ...N, 'direct-ingrijpen': 'levensgevaar' });
  });

  test('withoutLast takes back the last answer on the path', () => {
    const answers: WieBelIkAnswers = { ...N, 'direct-ingrijpen': 'nee', jeugdbeschermer: 'nee', licht: 'ja' };
    expect(withoutLast(answers)).toEqual({ ...N, 'direct-ingrijpen': 'nee' });
    expect(withoutLast({})).toEqual({});
  });
});

describe('the work setting', () => {
  test('the jeugdbeschermer question no longer sends you to the Verwijsindex to look it up', () => {
    const help = QUESTIONS.jeugdbeschermer.help.join(' ');
    expect(help).not.toMatch(/kijk in de Verwijsindex/i);
    expect(help).toMatch(/alleen iets over een kind als je het zelf registreert/);
  });

  test('every question that fits only some settings says which option to follow when skipped', () => {
    for (const q of Object.values(QUESTIONS)) {
      if (q.settings === undefined) continue;
      expect(q.options.map((o) => o.id), q.id).toContain(q.whenSkipped);
    }
  });

  test('a teacher is not asked whether the child is unborn', () => {
    const base = { ...N, 'direct-ingrijpen': 'nee', jeugdbeschermer: 'nee', 'sociaal-team': 'nee' };
    const teacher = walkAnswers(base, 'basisschool');
    expect(teacher.kind === 'question' && teacher.question.id).toBe('ouders-willen-hulp');
    expect(teacher.path.map((p) => p.question.id)).not.toContain('ongeboren');
    const midwife = walkAnswers(base, 'verloskunde-kraamzorg');
    expect(midwife.kind === 'question' && midwife.question.id).toBe('ongeboren');
    const unknown = walkAnswers(base, null);
    expect(unknown.kind === 'question' && unknown.question.id).toBe('ongeboren');
  });

  test.each(WIE_BEL_IK_SETTINGS.map((s) => [s]))('in setting %s every walk ends and asks only questions that fit', (setting) => {
    const paths = allPaths(setting);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      for (const id of Object.keys(p.answers)) expect(fitsSetting(QUESTIONS[id as keyof typeof QUESTIONS], setting), `${setting}: ${id}`).toBe(true);
    }
    const reached = new Set(paths.map((p) => p.end));
    // Every end but the unborn child's is open to every setting; the disclosure and 112 always are.
    for (const id of END_IDS.filter((e) => e !== 'ggd-jgz')) expect(reached.has(id), `${setting}: ${id}`).toBe(true);
  });

  test('changing the setting drops an answer to a question that no longer fits', () => {
    const answers: WieBelIkAnswers = { ...N, 'direct-ingrijpen': 'nee', jeugdbeschermer: 'nee', 'sociaal-team': 'nee', ongeboren: 'nee', 'ouders-willen-hulp': 'ja' };
    expect(keepOnPath(answers, 'kinderopvang')).not.toHaveProperty('ongeboren');
    expect(walkAnswers(answers, 'kinderopvang').kind).toBe('end');
    expect(withoutLast(answers, 'kinderopvang')).toEqual({ ...N, 'direct-ingrijpen': 'nee', jeugdbeschermer: 'nee', 'sociaal-team': 'nee' });
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
    const walk = (answers: WieBelIkAnswers) => {
      const result = walkAnswers(answers);
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
