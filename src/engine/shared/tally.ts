/** Counting what is done out of a list, as the exercises and the learning paths show it: "3 van de 4 (75%)". */

/** How many of `items` pass `counts`, out of how many. */
export interface Tally {
  count: number;
  total: number;
  /** `count` out of `total` as a whole percentage, rounded down (so 99.9% never shows as 100%). */
  percent: number;
}

/** Counts the items that pass; `whenEmpty` is the percentage of an empty list (nothing to do: 100, nothing done: 0). */
export function tally<T>(items: readonly T[], counts: (item: T) => boolean, whenEmpty: number): Tally {
  const count = items.filter(counts).length;
  const total = items.length;
  return { count, total, percent: total === 0 ? whenEmpty : Math.floor((count / total) * 100) };
}
