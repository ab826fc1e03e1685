/** Which reference links a case can show, so the case page passes only their titles to the player. */
import { QUESTIONS } from '~/engine/afwegingskader';
import type { Rule } from '~/schemas/rule';
import type { Scenario } from '~/schemas/scenario';
import { pageAndSection } from './case-text';

/** The page path of a reference link, without its anchor. */
export function refPath(href: string): string {
  return href.split('#')[0] ?? href;
}

/** Every reference link (with anchor) the player or debrief of this case can show. */
export function referenceLinks(s: Scenario & { rules?: readonly Rule[] }): Set<string> {
  const links = new Set<string>([
    ...(s.rules ?? []).map((r) => r.ref),
    ...Object.values(QUESTIONS).map((q) => q.href),
  ]);
  for (const node of s.nodes) {
    if (node.type !== 'choice' && node.type !== 'afweging') continue;
    for (const option of node.options) for (const ref of option.refs) links.add(ref);
  }
  return links;
}

/** Readable names of links: "Page title" for a page, "Page title: Heading" for a section. */
export function linkTitles(
  links: Iterable<string>,
  pages: ReadonlyMap<string, { title: string; headings: readonly { slug: string; text: string }[] }>,
): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const href of links) {
    const [path = href, anchor] = href.split('#');
    const page = pages.get(path);
    if (!page) continue;
    const heading = anchor ? page.headings.find((h) => h.slug === anchor) : undefined;
    titles[href] = heading ? pageAndSection(page.title, heading.text) : page.title;
  }
  return titles;
}
