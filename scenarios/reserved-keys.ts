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
  readonly value: unknown;
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
 * time that grows with the square of the depth.
 */
export function findReservedKey(data: unknown): ReservedKey | null {
  const stack: Visit[] = [{ value: data, parent: null, key: '' }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const value = visit.value;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: visit, key: i });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) if (RESERVED_KEYS.has(key)) return { path: pathOf(visit), key };
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (value as Record<string, unknown>)[keys[i]], parent: visit, key: keys[i] });
  }
  return null;
}
