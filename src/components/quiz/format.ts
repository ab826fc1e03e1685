/** Dutch number and date formatting for the quiz screens. */

const points = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** Points with at most one decimal and a decimal comma: 12,5. */
export function formatPoints(value: number): string {
  return points.format(value);
}

/** A stored ISO date as "23 november 2026". */
export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}
