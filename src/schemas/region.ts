import { z } from 'astro/zod';
import { PARTY_IDS } from './region-parties';
import { SOURCE_IDS } from './sources';

/**
 * A region's contacts for "Wie bel ik?": one YAML file per region in
 * content/regions/ (see docs/regions.md). Contacts are organisations, never
 * individual people: no personal names, e-mail addresses or mobile numbers.
 */

export { PARTY_IDS, type PartyId } from './region-parties';

/** A general (organisation) phone number: digits, spaces and hyphens, e.g. 0800-2000 or 0598 72 98 01. */
const phoneSchema = z
  .string()
  .regex(/^[0-9][0-9 -]{1,18}[0-9]$/, 'schrijf een nummer met cijfers, spaties of streepjes, bijvoorbeeld 0800-2000');

/** One contact of a region: an organisation, team or service. */
export const regionContactSchema = z.object({
  /** Which party of "Wie bel ik?" this contact belongs to. */
  party: z.enum(PARTY_IDS),
  /** Name of the organisation or team, e.g. "Sociaal Team Oost". */
  name: z.string().min(2),
  /** General phone number of the organisation; never a personal number. */
  phone: phoneSchema.optional(),
  /** When the number can be called, e.g. "dag en nacht" or "werkdagen 8.30 tot 12.30 uur". */
  hours: z.string().min(2).optional(),
  /** Who or which area this contact is for, or how to find the right team. */
  note: z.string().min(5).optional(),
  /** Website of the organisation (https). */
  url: z.string().regex(/^https:\/\/\S+$/, 'een website begint met https://').optional(),
});

/** A region file: content/regions/<id>.yaml. */
export const regionSchema = z.object({
  /** Name shown in the region select, e.g. "Midden-Groningen". */
  name: z.string().min(2),
  /** True for exactly one region: the one shown before the learner chooses (national contacts). */
  default: z.boolean().default(false),
  /** One or two sentences shown above the contacts, e.g. that the details are an example from one handelingswijzer. */
  intro: z.string().min(10),
  /** The source documents these contacts come from. */
  sources: z.array(z.enum(SOURCE_IDS)).default([]),
  /** When someone last checked the numbers against the organisations themselves (YYYY-MM-DD); leave out when nobody has. */
  lastChecked: z.coerce.date().optional(),
  /** The contacts, in the order they are shown per party. */
  contacts: z.array(regionContactSchema).min(1, 'een regio heeft minstens één contact'),
});

/** One contact. */
export type RegionContact = z.infer<typeof regionContactSchema>;
/** A region file as parsed. */
export type RegionData = z.infer<typeof regionSchema>;
/** A region with its id (the file name). */
export interface Region extends RegionData {
  id: string;
}
