/** Dates in Dutch, in one tiny module because the read tracker on every reference page uses it. */

/** A date in Dutch, e.g. "23 november 2026", in the device's time zone or the one given (e.g. 'UTC'). */
export function dutchDate(date: Date, timeZone?: string): string {
  return date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) });
}

/** A date as YYYY-MM-DD in the device's time zone, for file names. */
export function isoDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}
