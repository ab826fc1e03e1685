/** Builds the on-page table of contents from the headings Astro extracts from MDX. */

/** A heading as Astro's `render()` returns it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A `##` heading with its `###` children. */
export interface TocItem extends Heading {
  children: Heading[];
}

/** Minimum number of `##` sections before a page gets a table of contents. */
export const TOC_MIN_SECTIONS = 3;

/** Nests `###` headings under the `##` before them; deeper headings and orphans are left out. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) items.push({ ...h, children: [] });
    else if (h.depth === 3) items.at(-1)?.children.push(h);
  }
  return items;
}
