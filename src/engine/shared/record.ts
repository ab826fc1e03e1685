/** True for a plain object (not null, not an array): the first check on any value read from storage or a file. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
