/**
 * Build glue for the pages made per case (/casussen/<slug>/ and /sessie/<slug>/): one page per
 * entry of the `scenarios` collection, and the entry as the loaded case the components take.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

/** getStaticPaths for a per-case page: the slug is the case's file name, the entry its prop. */
export async function casePagePaths() {
  const entries = await getCollection('scenarios');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** The collection entry as a loaded case (the id and file the validator and the stores use). */
export function loadedCase(entry: CollectionEntry<'scenarios'>) {
  return { ...entry.data, id: entry.id, file: `scenarios/${entry.id}.yaml` };
}
