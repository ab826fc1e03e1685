/**
 * The real question bank in content/quiz/: valid, big enough, balanced, and
 * consistent with the consent rule in src/engine/privacy/consent.ts. Links are checked
 * against the reference pages on disk (the build checks them again against
 * the rendered headings).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { QUESTION_KINDS } from '../../../src/schemas/quiz';
import { optionsOf } from '../../../src/engine/quiz/attempt';
import { type RouteIndex, validateQuizFiles } from '../../../src/engine/quiz/validate';
import { explainConsent } from '../../../src/engine/privacy/consent';

/** Every reference page as a route, with the ids of its headings (Astro slugs them with github-slugger). */
function referenceRoutes(dir = 'content/reference'): RouteIndex {
  const routes = new Map<string, Set<string>>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.mdx')) {
        const slug = relative(dir, path).replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
        const slugger = new GithubSlugger();
        const headings = readFileSync(path, 'utf8')
          .split('\n')
          .filter((line) => /^#{1,6} /.test(line))
          .map((line) => slugger.slug(line.replace(/^#+ /, '').trim()));
        routes.set(slug === '' ? '/' : `/${slug}/`, new Set(headings));
      }
    }
  };
  walk(dir);
  return routes;
}

const files = readdirSync('content/quiz')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ file: `content/quiz/${name}`, data: parseYaml(readFileSync(`content/quiz/${name}`, 'utf8')) as unknown }));
const { bank, errors } = validateQuizFiles(files, referenceRoutes());

describe('the real question bank', () => {
  test('has no validation errors', () => {
    expect(errors).toEqual([]);
  });

  test('has at least 30 questions', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(30);
  });

  test('has at least 3 questions per topic', () => {
    for (const topic of bank.topics) {
      expect(bank.questions.filter((q) => q.topic === topic.id).length, topic.id).toBeGreaterThanOrEqual(3);
    }
  });

  test('covers the topics the issue asks for', () => {
    expect(bank.topics.map((t) => t.id).sort()).toEqual(
      ['anoniem-advies', 'beroepsgeheim', 'informeren-en-vastleggen', 'inzage', 'melden-veilig-thuis', 'ots', 'stappenplan', 'toestemming', 'verwijsindex'].sort(),
    );
  });

  test('lists the topics in their reading order (the order field), not by file name', () => {
    expect(bank.topics[0]?.id).toBe('stappenplan');
    expect(bank.topics.at(-1)?.id).toBe('beroepsgeheim');
  });

  test('uses every kind of question several times', () => {
    for (const kind of QUESTION_KINDS) {
      expect(bank.questions.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    }
  });

  test('has options with distinct texts within each question', () => {
    for (const q of bank.questions) {
      const texts = optionsOf(q).map((o) => o.text);
      expect(new Set(texts).size, q.id).toBe(texts.length);
    }
  });

  // "Goed!" followed by "Dat klopt niet." confused learners; the explanation states the right answer first.
  test('true/false explanations start with the right answer', () => {
    for (const q of bank.questions) {
      if (q.kind !== 'true-false') continue;
      expect(q.explanation, q.id).toMatch(new RegExp(`^Het goede antwoord is: ${q.correct ? 'waar' : 'niet waar'}\\. `));
    }
  });

  // The consent questions must say exactly what the consent helper says (12 and 16 are the boundaries).
  test.each([
    ['toestemming-11-jaar', 11],
    ['toestemming-15-jaar', 15],
    ['toestemming-16-jaar', 16],
  ] as const)('%s agrees with explainConsent(%i)', (id, age) => {
    const q = bank.questions.find((question) => question.id === id);
    if (!q || q.kind !== 'single') throw new Error(`${id} is missing or not a single-choice question`);
    expect(q.options.find((o) => o.id === q.correct)?.text).toBe(explainConsent(age).who);
    // The other age answers are offered as wrong options, with the helper's exact wording.
    for (const other of [11, 13, 16].filter((a) => explainConsent(a).who !== explainConsent(age).who)) {
      expect(q.options.map((o) => o.text)).toContain(explainConsent(other).who);
    }
  });

  test('the case at age 12 asks for the child as well as the parent', () => {
    const q = bank.questions.find((question) => question.id === 'toestemming-12-jaar');
    if (!q || q.kind !== 'case') throw new Error('toestemming-12-jaar is missing or not a case');
    expect(explainConsent(12).who).toMatch(/én het kind/);
    expect(q.options.find((o) => o.id === q.correct)?.text).toMatch(/Vanaf 12 jaar moet ook Daan zelf ja zeggen/);
  });
});
