/** Dates in Dutch, in one tiny module because the read tracker on every reference page uses it. */

/** A date in Dutch, e.g. "23 november 2026". */
export function dutchDate(date: Date): string {
  return date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}
