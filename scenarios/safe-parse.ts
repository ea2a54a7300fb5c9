/**
 * zod's safeParse, made to keep its promise. zod 4 still runs a string's or a list's length
 * checks on a value that failed its type check, whenever the value has a `length` property; for
 * ordinary JSON such as `{"length":{"toString":1,"valueOf":1}}` that comparison throws a raw
 * TypeError ("Cannot convert object to primitive value") out of safeParse. Every decoder of data
 * from outside (files, links, the browser's storage, decision codes, room frames) validates
 * through this function instead, so that it only ever sees a success or a failure with a path.
 *
 * When zod throws, the value is validated again with every `length` that is not a number set to
 * null, which zod can compare: the failure then names the field as usual ("title: expected
 * string, received object"). Nothing is ever accepted that way — a value that made zod throw is
 * refused whatever the second pass says.
 */
import { z } from 'zod';

/** Deeper than any schema of the app: a throw cannot come from further down. */
const MAX_DEPTH = 64;

/** A copy of a JSON-like value with each non-number `length` replaced by null (to MAX_DEPTH). */
function defang(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((v) => defang(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    // defineProperty, so that a key named __proto__ stays an ordinary key of the copy.
    Object.defineProperty(out, key, { value: key === 'length' && typeof v !== 'number' ? null : defang(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function unreadable(data: unknown): z.ZodSafeParseError<never> {
  return { success: false, error: new z.ZodError([{ code: 'custom', path: [], message: 'cannot be read (its structure is not one this version understands)', input: data }]) } as z.ZodSafeParseError<never>;
}

export function safeParse<T extends z.ZodType>(schema: T, data: unknown): z.ZodSafeParseResult<z.output<T>> {
  try {
    return schema.safeParse(data);
  } catch {
    try {
      const again = schema.safeParse(defang(data));
      if (!again.success) return again;
    } catch {
      // Still unreadable (say, a stack exhausted): refused as a whole below.
    }
    return unreadable(data);
  }
}

/**
 * A list of `min` to `max` items whose length is checked before any item is: zod checks a list's
 * length only after validating every item, so 10,000 well-formed teams in a session file would
 * all be validated before being refused as too many.
 */
export function boundedList<T extends z.ZodType>(item: T, max: number, min = 0) {
  return z.array(z.unknown()).max(max).pipe(z.array(item).min(min));
}

/**
 * An object of at most `max` entries, counted before any entry is validated (as boundedList);
 * anything else passes through, for the schema piped after it to refuse.
 */
export function boundedEntries(max: number) {
  return z.unknown().refine((o) => o === null || typeof o !== 'object' || Array.isArray(o) || Object.keys(o).length <= max, { error: `Too big: expected at most ${max} entries`, abort: true });
}

/**
 * A schema per key, built once: building a zod schema costs far more than using it, and a
 * decoder that built one per lever or per link parameter was slow on long hostile input.
 */
export function schemaPerKey<K, S>(build: (key: K) => S): (key: K) => S {
  const built = new Map<K, S>();
  return (key) => {
    let schema = built.get(key);
    if (schema === undefined) built.set(key, (schema = build(key)));
    return schema;
  };
}
