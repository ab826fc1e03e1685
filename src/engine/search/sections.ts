/**
 * Splits an MDX body into sections at its `##` and `###` headings, so a search
 * result can link straight to the section. Heading ids come from github-slugger,
 * one slugger per page over every heading, as Astro's markdown processor does.
 */
import GithubSlugger from 'github-slugger';
import { inlineToText, lineToText, squash } from './plain-text.ts';

export interface Section {
  /** The heading text; null for the text before the first heading. */
  heading: string | null;
  /** The enclosing `##` heading of a `###` section, for context in results. */
  parent: string | null;
  /** The heading's id on the built page (null for the intro). */
  id: string | null;
  /** The section's body as plain text. */
  text: string;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
/** Deepest heading that starts a section of its own; deeper ones stay in their section's text. */
const SPLIT_DEPTH = 3;

/** The sections of an MDX body, in order; the intro is left out when it has no text. */
export function splitSections(body: string): Section[] {
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  let current: Section & { lines: string[] } = { heading: null, parent: null, id: null, text: '', lines: [] };
  let parent: string | null = null;
  let inFence = false;

  const flush = () => {
    const text = squash(current.lines.join(' '));
    if (current.heading !== null || text !== '') sections.push({ heading: current.heading, parent: current.parent, id: current.id, text });
  };

  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (!match) {
      current.lines.push(lineToText(line));
      continue;
    }
    const depth = match[1]?.length ?? 0;
    const heading = squash(inlineToText(match[2] ?? ''));
    const id = slugger.slug(heading);
    if (depth > SPLIT_DEPTH) {
      current.lines.push(heading);
      continue;
    }
    flush();
    if (depth <= 2) parent = null;
    current = { heading, parent: depth === SPLIT_DEPTH ? parent : null, id, text: '', lines: [] };
    if (depth <= 2) parent = heading;
  }
  flush();
  return sections;
}
