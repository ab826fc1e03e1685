/**
 * The site search index, built once at build time: every reference section, every
 * case (title and summary) and every quiz explanation. The browser fetches it only
 * when a search starts (src/components/search/load-search.ts).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchData } from '../engine/search/server';
import { type SearchDoc, quizDocs, quizSources, referenceDocs, scenarioDocs } from '../engine/search/server';

export const prerender = true;

/** Reads a collection, or nothing when it is missing or fails, so one broken collection does not hide the rest. */
async function optional<T>(read: () => Promise<T[]>): Promise<T[]> {
  try {
    return await read();
  } catch {
    return [];
  }
}

export const GET: APIRoute = async () => {
  const reference = await getCollection('reference');
  const scenarios = await optional(() => getCollection('scenarios'));
  const quiz = await optional(() => getCollection('quiz'));
  const docs: SearchDoc[] = [
    ...referenceDocs(reference.map((e) => ({ id: e.id, body: e.body ?? '', title: e.data.title, section: e.data.section }))),
    ...scenarioDocs(scenarios.map((e) => ({ id: e.id, title: e.data.title, summary: e.data.summary }))),
    ...quizDocs(quiz.flatMap((e) => quizSources(e.data))),
  ];
  return new Response(JSON.stringify(buildSearchData(docs)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
