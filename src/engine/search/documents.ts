/**
 * The documents of the site search: one per reference section (so a result links
 * to the heading), one per case, one per privacy-test question (never its answer). Pure: the index
 * endpoint and the tests pass in what they read from the content.
 */
import { entryHref } from '../../lib/navigation.ts';
import { splitSections } from './sections.ts';
import { squash } from './plain-text.ts';
import type { SearchKind } from './kinds.ts';

export type { SearchKind } from './kinds.ts';

export interface SearchDoc {
  /** Unique reference: the URL, which already names page and section. */
  id: string;
  /** Where the result links to, with the section's #id when there is one. */
  url: string;
  /** Title of the page. */
  page: string;
  /** The section within the page ("Veelgestelde vragen › Hoor ik hoe het verder gaat?"), or null for the page itself. */
  section: string | null;
  /** The section heading alone, indexed with a boost. */
  heading: string;
  kind: SearchKind;
  /** Plain text, indexed and used for snippets. */
  text: string;
}

/** The part of a reference entry the index needs. */
export interface ReferenceSource {
  id: string;
  body: string;
  title: string;
  section: Exclude<SearchKind, 'casus' | 'quiz'>;
}

/** One document per section of each reference page. */
export function referenceDocs(entries: readonly ReferenceSource[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const entry of entries) {
    const href = entryHref(entry.id);
    for (const s of splitSections(entry.body)) {
      const url = s.id ? `${href}#${s.id}` : href;
      const section = s.heading === null ? null : s.parent ? `${s.parent} › ${s.heading}` : s.heading;
      docs.push({ id: url, url, page: entry.title, section, heading: s.heading ?? '', kind: entry.section, text: s.text });
    }
  }
  return docs;
}

/** The part of a case (scenario) the index needs: its route is /casussen/<id>/. */
export interface ScenarioSource {
  id: string;
  title: string;
  summary: string;
}

/** One document per case: its title and summary. */
export function scenarioDocs(entries: readonly ScenarioSource[]): SearchDoc[] {
  return entries.map((e) => {
    const url = `/casussen/${e.id}/`;
    return { id: url, url, page: e.title, section: null, heading: '', kind: 'casus', text: squash(e.summary) };
  });
}

/** The part of a quiz question the index needs: the question and its topic, never the answer. */
export interface QuizSource {
  /** Unique within the site, e.g. "privacy-3". */
  id: string;
  /** The question as asked (for a true-false question: the statement to judge). */
  question: string;
  /** True for a true-false question: its text is a statement that may be false. */
  statement: boolean;
  /** Title of the question's topic in the privacy test, e.g. "Anoniem advies vragen". */
  topic: string;
}

/** Where a quiz result links to: the privacy test, where the question is asked and answered. */
export const QUIZ_URL = '/privacytest/';

/**
 * The questions of one quiz topic file that have what the index needs; the quiz page validates the rest.
 * The correct answer, the options and the explanation are left out on purpose: a search result must not
 * give away the answer, and a snippet must never show a verdict next to a question.
 */
export function quizSources(topicFile: unknown): QuizSource[] {
  const { questions, title } = (topicFile ?? {}) as { questions?: unknown; title?: unknown };
  if (!Array.isArray(questions)) return [];
  const topic = typeof title === 'string' ? title : 'Privacytoets';
  return questions.flatMap((q: unknown) => {
    const { id, question, kind } = (q ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof question !== 'string') return [];
    return [{ id, question, statement: kind === 'true-false', topic }];
  });
}

/**
 * One document per quiz question: the topic as its heading and the question as its text, framed as a
 * test question so that a true-false statement (which may be false) never reads as a fact of the site.
 */
export function quizDocs(entries: readonly QuizSource[]): SearchDoc[] {
  return entries.map((e) => {
    const topic = squash(e.topic);
    const question = squash(e.question);
    return {
      id: `quiz:${e.id}`,
      url: QUIZ_URL,
      page: 'Privacytoets',
      section: topic,
      heading: topic,
      kind: 'quiz',
      text: e.statement ? `Toetsvraag, waar of niet waar: ${question}` : `Toetsvraag: ${question}`,
    };
  });
}
