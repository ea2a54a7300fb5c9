/**
 * Keys JavaScript gives a meaning of its own: `__proto__`, `constructor` and `prototype`. JSON.parse
 * keeps `"__proto__"` as an ordinary own key, but the validation library skips it inside maps such
 * as `levers` and `routes` (writing it would change an object's prototype), so a file with a lever
 * named `__proto__` would load with that entry silently gone. This check runs on the parsed JSON
 * before validation and reports such a key as unknown, with its path, like any other unknown key.
 */

export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Where a reserved key sits: the path of the object holding it, and the key. */
export interface ReservedKey {
  readonly path: readonly (string | number)[];
  readonly key: string;
}

interface Visit {
  readonly value: object;
  readonly parent: Visit | null;
  readonly key: string | number;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | null = visit; v && v.parent; v = v.parent) path.push(v.key);
  return path.reverse();
}

/**
 * The first reserved key in `data` (depth first, in key order), or null. Walks with its own stack
 * and builds a path only for the key it reports, so deep nesting costs neither the call stack nor
 * time that grows with the square of the depth. Each object is asked for the three keys directly
 * (no scan of its keys for them), and only values that are themselves objects or lists are kept
 * for the walk: an object of 10,000 numbers costs one pass over its values.
 */
export function findReservedKey(data: unknown): ReservedKey | null {
  if (data === null || typeof data !== 'object') return null;
  const stack: Visit[] = [{ value: data, parent: null, key: '' }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const value = visit.value;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, parent: visit, key: i });
      }
      continue;
    }
    let reserved: string | undefined;
    for (const key of RESERVED_KEYS) if (Object.hasOwn(value, key) && (reserved === undefined || keyComesFirst(value, key, reserved))) reserved = key;
    if (reserved !== undefined) return { path: pathOf(visit), key: reserved };
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const item: unknown = (value as Record<string, unknown>)[keys[i]];
      if (item !== null && typeof item === 'object') stack.push({ value: item, parent: visit, key: keys[i] });
    }
  }
  return null;
}

/** Whether `a` comes before `b` among the object's own keys (only asked when an object holds two reserved keys). */
function keyComesFirst(value: object, a: string, b: string): boolean {
  const keys = Object.keys(value);
  return keys.indexOf(a) < keys.indexOf(b);
}
