/**
 * What the summary and the Markdown handout say about a decision voted live: how many votes
 * came from phones and how many hands were counted in the room. Counts only.
 */

/** The phones' votes and the hands counted by the trainer at one decision, per option id. */
export interface LiveDecisionCounts {
  phones: Record<string, number>;
  hands: Record<string, number>;
}

/** Live counts per decision index (as a string: the stored JSON's keys). */
export type LiveRecord = Readonly<Record<string, LiveDecisionCounts>>;

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** "Live gestemd: 6 via de telefoon, 1 met de hand." or null for a decision counted by hand only. */
export function liveLine(record: LiveRecord | undefined, index: number): string | null {
  const d = record?.[String(index)];
  if (!d) return null;
  return `Live gestemd: ${sum(d.phones)} via de telefoon, ${sum(d.hands)} met de hand.`;
}
