import { z } from 'astro/zod';
import { SOURCE_IDS } from './sources';

/** The sections of the reference; each has its own landing route. */
export const SECTIONS = ['handelingswijzer', 'afwegingskader', 'vastleggen', 'privacy', 'veilig-thuis'] as const;

/** Front matter of a reference page (content/reference/**.mdx). */
export const referenceSchema = z.object({
  /** The page title, rendered as its only h1. */
  title: z.string().min(3),
  /** One sentence that says what the page is for; shown under the title and in search results. */
  description: z.string().min(10),
  /** The section the page belongs to; drives navigation and breadcrumbs. */
  section: z.enum(SECTIONS),
  /** Position within the section; the section's overview page is 0. */
  order: z.number().int().min(0),
  /** The source documents the page is written from: at least one, by id. */
  sources: z.array(z.enum(SOURCE_IDS)).min(1, 'Elke pagina noemt minstens één bron (sources).'),
  /** When a domain expert last checked the page against its sources. */
  lastReviewed: z.coerce.date(),
});

/** Validated front matter of a reference page. */
export type ReferenceData = z.infer<typeof referenceSchema>;
/** Name of a reference section. */
export type Section = (typeof SECTIONS)[number];
