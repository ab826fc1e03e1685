/**
 * The shapes of stored `vh:` values, declared once per key and used three ways: to read
 * a value leniently (the store drops what it cannot use), to check an imported value
 * strictly (src/components/progress/key-rules.ts), and as the type of the value.
 *
 * Why hand-written and not zod: these run in the browser on every page that keeps
 * progress, and zod (even `zod/mini` with `z.config({ jitless: true })`, measured at
 * 6.8 kB gzip for one object schema) does not fit the page-weight budgets
 * (tests/e2e/budgets.spec.ts: the case player had 3.2 kB left, a reference page 4.4 kB);
 * full zod also probes `new Function`, which the CSP forbids. This is a few hundred bytes.
 *
 * A shape's `parse(value, strict)` returns the cleaned value (only the declared fields,
 * so a stored `__proto__` or extra field never comes through) or undefined. With
 * `strict` false a lenient `record` drops bad entries and an `array` or `record` with
 * `max` is cut to it; with `strict` true any bad entry or excess refuses the whole value.
 */
import { isRecord } from '~/engine/shared';

/** A declared stored shape. */
export interface Shape<T> {
  parse(value: unknown, strict: boolean): T | undefined;
}

/** The type a shape stands for. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

/** A plain object (not null, not an array): the engine's check, re-exported for the stores. */
export { isRecord };

const shape = <T>(parse: (value: unknown, strict: boolean) => T | undefined): Shape<T> => ({ parse });
const when = <T>(test: (value: unknown) => boolean): Shape<T> => shape((v) => (test(v) ? (v as T) : undefined));

/** Any string; with a pattern, only strings that match it. */
export const string = (pattern?: RegExp): Shape<string> => when((v) => typeof v === 'string' && (!pattern || pattern.test(v)));
/** A string that is a date (ISO 8601 as written by `toISOString`). */
export const isoDate: Shape<string> = when((v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)));
/** A finite number ≥ 0 (a score, a count), at most `max`. */
export const count = (max = Infinity): Shape<number> => when((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max);
/** Any integer. */
export const integer: Shape<number> = when((v) => Number.isInteger(v));
export const boolean: Shape<boolean> = when((v) => typeof v === 'boolean');
/** Exactly this value. */
export const literal = <const T extends string | number | boolean>(expected: T): Shape<T> => when((v) => v === expected);
/** Any plain object, kept as is (checked deeper elsewhere). */
export const anyRecord: Shape<Record<string, unknown>> = when(isRecord);

/** The shape or null. */
export function nullable<T>(inner: Shape<T>): Shape<T | null> {
  return shape((v, strict) => (v === null ? null : inner.parse(v, strict)));
}

/** A list of one shape; with `max`, longer lists are cut (lenient) or refused (strict). Any bad item refuses the list. */
export function array<T>(item: Shape<T>, max = Infinity): Shape<T[]> {
  return shape((v, strict) => {
    if (!Array.isArray(v) || (strict && v.length > max)) return undefined;
    const out: T[] = [];
    for (const entry of v.slice(0, max)) {
      const parsed = item.parse(entry, strict);
      if (parsed === undefined) return undefined;
      out.push(parsed);
    }
    return out;
  });
}

/** An object with exactly these fields (others are left out); any bad field refuses the object. */
export function object<F extends Record<string, Shape<unknown>>>(fields: F): Shape<{ [K in keyof F]: Infer<F[K]> }> {
  return shape((v, strict) => {
    if (!isRecord(v)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(fields)) {
      const parsed = field.parse(v[name], strict);
      if (parsed === undefined) return undefined;
      out[name] = parsed;
    }
    return out as { [K in keyof F]: Infer<F[K]> };
  });
}

/**
 * Entries by key: only keys that match `key` (so never let `__proto__` match), at most `max`.
 * A bad entry refuses the whole value, except in a `lenient` record read leniently: then it
 * is dropped and the others are kept (strict checking, for import, always refuses).
 */
export function record<T>(key: RegExp, entry: Shape<T>, { max = Infinity, lenient = false } = {}): Shape<Record<string, T>> {
  return shape((v, strict) => {
    if (!isRecord(v)) return undefined;
    const entries = Object.entries(v);
    if (strict && entries.length > max) return undefined;
    const out: Record<string, T> = {};
    let kept = 0;
    for (const [k, value] of entries) {
      const parsed = key.test(k) ? entry.parse(value, strict) : undefined;
      if (parsed === undefined) {
        if (strict || !lenient) return undefined;
        continue;
      }
      if (kept++ >= max) break;
      out[k] = parsed;
    }
    return out;
  });
}
