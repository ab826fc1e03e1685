/**
 * Vote counts of a group session (hands raised per option): cleaning a typed count,
 * the spread in whole percentages, and the majority rule. No names, only numbers.
 *
 * Majority rule: the one option with strictly the most votes. On a tie for the most
 * votes, or when nobody voted, there is no majority and the trainer decides.
 */

/** The highest count one option can get: far above any room, low enough to catch a typo like 1000. */
export const MAX_VOTES = 999;

/** One option in the tally, in the order the options are shown. */
export interface TallyRow {
  optionId: string;
  count: number;
  /** Share of all votes as a whole percentage; the rows add up to exactly 100 when anyone voted. */
  percent: number;
}

/** The spread of the votes at one decision. */
export interface VoteTally {
  total: number;
  rows: TallyRow[];
  /** Options with the highest count (empty when nobody voted). */
  leaders: string[];
  /** The single option with the most votes, or null on a tie or without votes. */
  majority: string | null;
  /** True when two or more options share the highest count (and someone voted). */
  tie: boolean;
}

/** A typed or stored count made safe: a whole number from 0 to MAX_VOTES (anything unreadable is 0). */
export function cleanCount(value: unknown): number {
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return 0;
  return Math.min(MAX_VOTES, Math.max(0, Math.floor(n)));
}

/**
 * Whole percentages that add up to 100 (largest remainder), so a projected spread never
 * shows 101% or 99% in total.
 */
export function percentages(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c / total) * 100);
  const result = exact.map(Math.floor);
  let left = 100 - result.reduce((sum, p) => sum + p, 0);
  const byRemainder = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    left--;
  }
  return result;
}

/** Tallies the votes over the options shown (in their order); votes for other ids are ignored. */
export function tally(optionIds: readonly string[], votes: Readonly<Record<string, number>>): VoteTally {
  const counts = optionIds.map((id) => cleanCount(votes[id]));
  const total = counts.reduce((sum, c) => sum + c, 0);
  const shares = percentages(counts);
  const rows = optionIds.map((optionId, i) => ({ optionId, count: counts[i] ?? 0, percent: shares[i] ?? 0 }));
  const top = Math.max(0, ...counts);
  const leaders = total === 0 ? [] : rows.filter((r) => r.count === top).map((r) => r.optionId);
  return { total, rows, leaders, majority: leaders.length === 1 ? (leaders[0] ?? null) : null, tie: leaders.length > 1 };
}

/** The letter an option is called by in the room: A, B, C, … (then A2, B2 … past Z, which no case needs). */
export function optionLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${letter}${Math.floor(index / 26) + 1}`;
}
