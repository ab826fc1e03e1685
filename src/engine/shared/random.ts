/**
 * Injectable randomness. Engines take a `RandomSource` instead of calling
 * `Math.random` themselves, so tests can pass a seeded source and get the
 * same draw every run.
 */

/** A source of random numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/**
 * A small seeded PRNG (mulberry32): same seed, same sequence. Good enough for
 * shuffling quiz questions; not for anything secret.
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, max), drawn from `random`. */
export function randomInt(max: number, random: RandomSource): number {
  // Clamp guards against a source that (wrongly) returns exactly 1.
  return Math.min(max - 1, Math.floor(random() * max));
}

/** A shuffled copy of `items` (Fisher–Yates); the input is left untouched. */
export function shuffle<T>(items: readonly T[], random: RandomSource): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1, random);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
