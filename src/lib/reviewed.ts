/**
 * The review line of a reference page: when it was last checked, and against which sources.
 * Pure, so the wording is unit-tested; ReferencePage.astro renders it.
 */
import { SOURCES, type SourceId } from '../schemas/sources';
import { dutchDate } from '../engine/shared';

/** A calendar day in Dutch ("3 december 2026"). The day is read in UTC, as front matter dates are. */
export function dutchDay(date: Date | string): string {
  const day = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return dutchDate(day, 'UTC');
}

/** "A", "A en B", "A, B en C". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** "Laatst nagekeken op 3 december 2026, tegen: Handelingswijzer Midden-Groningen en Augeo Magazine 18." */
export function reviewLine(lastReviewed: Date, sources: readonly SourceId[]): string {
  const titles = [...new Set(sources)].map((id) => SOURCES[id].short);
  return `Laatst nagekeken op ${dutchDay(lastReviewed)}, tegen: ${dutchList(titles)}.`;
}
