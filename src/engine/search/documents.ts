/**
 * The documents of the site search: one per reference section (so a result links
 * to the heading), one per case, one per quiz explanation. Pure: the index
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

/** The part of a quiz question the index needs. */
export interface QuizSource {
  /** Unique within the site, e.g. "privacy-3". */
  id: string;
  /** The question as asked. */
  question: string;
  /** Why the right answer is right. */
  explanation: string;
  /** Where the result links to: the quiz page or the reference page the explanation points at. */
  url: string;
}

/** The questions of one quiz topic file that have what the index needs; the quiz page validates the rest. */
export function quizSources(topic: unknown): QuizSource[] {
  const questions = (topic as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions)) return [];
  return questions.flatMap((q: unknown) => {
    const { id, question, explanation, link } = (q ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof question !== 'string' || typeof explanation !== 'string') return [];
    return [{ id, question, explanation, url: typeof link === 'string' ? link : '/privacytest/' }];
  });
}

/** One document per quiz explanation. */
export function quizDocs(entries: readonly QuizSource[]): SearchDoc[] {
  return entries.map((e) => ({
    id: `quiz:${e.id}`,
    url: e.url,
    page: 'Privacytoets',
    section: squash(e.question),
    heading: squash(e.question),
    kind: 'quiz',
    text: squash(e.explanation),
  }));
}
