/**
 * Routes and navigation of the site, computed from reference entries.
 * Pure TypeScript: pages pass in what they got from the content collection.
 */
import type { Section } from '../schemas/reference';

/** The part of a reference entry that navigation needs. */
export interface NavEntry {
  id: string;
  data: { title: string; section: Section; order: number };
}

/** A link in the header, breadcrumbs or pager. */
export interface NavLink {
  href: string;
  label: string;
}

/** Header navigation, in the order a newcomer would read. */
export const MAIN_NAV: readonly NavLink[] = [
  { href: '/handelingswijzer/', label: 'Handelingswijzer' },
  { href: '/afwegingskader/', label: 'Afwegingskader' },
  { href: '/vastleggen/', label: 'Vastleggen' },
  { href: '/privacy/', label: 'Privacy' },
  { href: '/veilig-thuis/', label: 'Veilig Thuis' },
  { href: '/casussen/', label: 'Casussen' },
  { href: '/oefenen/', label: 'Oefenen' },
  { href: '/leerroutes/', label: 'Leerroutes' },
  { href: '/wie-bel-ik/', label: 'Wie bel ik?' },
  { href: '/sessie/', label: 'Groepssessie' },
];

/** Footer links: the learner's own progress and search. */
export const FOOTER_NAV: readonly NavLink[] = [
  { href: '/voortgang/', label: 'Mijn voortgang' },
  { href: '/zoeken/', label: 'Zoeken' },
  { href: '/regels/', label: 'Regels in de casussen' },
  { href: '/zakkaart/', label: 'Zakkaart Meldcode (printen)' },
  { href: '/offline/', label: 'Zonder internet gebruiken' },
  { href: '/wat-is-er-veranderd/', label: 'Wat is er veranderd' },
];

/** Dutch label of each section, for breadcrumbs. */
export const SECTION_LABELS: Record<Section, string> = {
  handelingswijzer: 'Handelingswijzer',
  afwegingskader: 'Afwegingskader',
  vastleggen: 'Vastleggen',
  privacy: 'Privacy',
  'veilig-thuis': 'Veilig Thuis',
};

/** The URL slug of an entry id: `handelingswijzer/index` → `handelingswijzer`. */
export function entrySlug(id: string): string {
  return id.replace(/(^|\/)index$/, '').replace(/\/$/, '');
}

/** The URL path of an entry, with the trailing slash the site uses. */
export function entryHref(id: string): string {
  const slug = entrySlug(id);
  return slug === '' ? '/' : `/${slug}/`;
}

/** Sorts entries of one section by order, then title. */
export function sortEntries<T extends NavEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'nl'));
}

/** Breadcrumbs from the home page to the entry's parent (the current page itself is not a link). */
export function breadcrumbs(entry: NavEntry): NavLink[] {
  const crumbs: NavLink[] = [{ href: '/', label: 'Home' }];
  const href = entryHref(entry.id);
  const sectionHref = `/${entry.data.section}/`;
  if (href !== sectionHref) crumbs.push({ href: sectionHref, label: SECTION_LABELS[entry.data.section] });
  return crumbs;
}

/** Previous and next page within the same section, by order. */
export function prevNext(entry: NavEntry, all: readonly NavEntry[]): { prev?: NavLink; next?: NavLink } {
  const siblings = sortEntries(all.filter((e) => e.data.section === entry.data.section));
  const i = siblings.findIndex((e) => e.id === entry.id);
  const link = (e: NavEntry | undefined): NavLink | undefined =>
    e ? { href: entryHref(e.id), label: e.data.title } : undefined;
  const result: { prev?: NavLink; next?: NavLink } = {};
  const prev = i > 0 ? link(siblings[i - 1]) : undefined;
  const next = i >= 0 ? link(siblings[i + 1]) : undefined;
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}

/** True when `current` is the link's page or lies below it, for aria-current in the header. */
export function isActive(linkHref: string, current: string): boolean {
  return linkHref === '/' ? current === '/' : current.startsWith(linkHref);
}
