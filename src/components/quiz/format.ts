/** Dutch number and date formatting for the quiz screens. */
import { dutchDate } from '~/engine/shared';

const points = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Points with at most one decimal and a decimal comma: 12,5. */
export function formatPoints(value: number): string {
  return points.format(value);
}

/** A stored ISO date as "23 november 2026". */
export function formatDate(iso: string): string {
  return dutchDate(new Date(iso));
}
