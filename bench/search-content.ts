/**
 * Reads the real content from disk, for the search tests and the search
 * benchmark: the same documents the index endpoint gets from Astro's content
 * collections (reference, scenarios, quiz), without Astro.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import {
  type ReferenceSource,
  type SearchDoc,
  quizDocs,
  quizSources,
  referenceDocs,
  scenarioDocs,
} from '../src/engine/search/documents.ts';

/** Every content/reference/**.mdx as the index needs it: id (path without .mdx), body, title, section. */
export function readReference(root = 'content/reference'): ReferenceSource[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  return files.sort().map((file) => {
    const raw = readFileSync(join(root, file), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
    if (!match) throw new Error(`${file}: no front matter`);
    const data = parse(match[1] ?? '') as { title: string; section: ReferenceSource['section'] };
    const id = relative('.', file).split(sep).join('/').replace(/\.mdx$/, '');
    return { id, body: raw.slice(match[0].length), title: data.title, section: data.section };
  });
}

/** The YAML files of a folder, parsed, with their name without .yaml; none when the folder does not exist. */
function readYamlFolder(dir: string): { id: string; data: unknown }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(dir, f), 'utf8')) as unknown }));
}

/** Every search document of the site: reference sections, cases (scenarios/*.yaml) and quiz questions (content/quiz/*.yaml). */
export function readAllDocs(): SearchDoc[] {
  const scenarios = readYamlFolder('scenarios').map(({ id, data }) => {
    const { title, summary } = data as { title: string; summary: string };
    return { id, title, summary };
  });
  return [
    ...referenceDocs(readReference()),
    ...scenarioDocs(scenarios),
    ...quizDocs(readYamlFolder('content/quiz').flatMap(({ data }) => quizSources(data))),
  ];
}
