/**
 * A deep copy of a run's state, for a run that goes on from here under another policy
 * (run.ts, runBranches). The copy has the same shape as the original, down to which parts
 * share what: objects and class instances (their prototype kept), arrays, typed arrays (views on
 * one buffer stay views on one copied buffer) and the numbers, strings and booleans in them. An
 * object reached twice is copied once. Frozen objects and those in `shared` (the run's fixed
 * inputs: calibration, routes, methods, schedule) are not copied: the copy refers to the same ones.
 *
 * Anything else (a function, a Map, a Set, a Date …) throws: a run's state holds none, and a
 * copy that silently shared one would let two runs change each other.
 */
export function copyState<T>(root: T, shared: ReadonlySet<object>): T {
  const copies = new Map<unknown, unknown>();

  function copyBuffer(buffer: ArrayBufferLike): ArrayBuffer {
    let copy = copies.get(buffer) as ArrayBuffer | undefined;
    if (!copy) {
      if (!(buffer instanceof ArrayBuffer)) throw new TypeError('copyState: a typed array on a shared buffer cannot be copied');
      copy = buffer.slice(0);
      copies.set(buffer, copy);
    }
    return copy;
  }

  function copy(value: unknown): unknown {
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError(`copyState: cannot copy a ${typeof value}`);
      return value;
    }
    if (shared.has(value) || Object.isFrozen(value)) return value;
    const known = copies.get(value);
    if (known !== undefined) return known;
    if (ArrayBuffer.isView(value)) {
      if (value instanceof DataView) throw new TypeError('copyState: cannot copy a DataView');
      const view = value as unknown as { constructor: new (b: ArrayBuffer, offset: number, length: number) => unknown; byteOffset: number; length: number; buffer: ArrayBufferLike };
      const made = new view.constructor(copyBuffer(view.buffer), view.byteOffset, view.length);
      copies.set(value, made);
      return made;
    }
    if (Array.isArray(value)) {
      const made: unknown[] = new Array(value.length);
      copies.set(value, made);
      for (let k = 0; k < value.length; k++) made[k] = copy(value[k]);
      return made;
    }
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto !== Object.prototype && proto !== null && !isClassInstance(proto)) throw new TypeError(`copyState: cannot copy a ${proto.constructor?.name ?? 'special object'}`);
    const made = Object.create(proto) as Record<string, unknown>;
    copies.set(value, made);
    for (const key of Object.keys(value)) made[key] = copy((value as Record<string, unknown>)[key]);
    return made;
  }

  return copy(root) as T;
}

/** A prototype of the model's own classes (not a built-in such as Map, Set or Date). */
function isClassInstance(proto: object): boolean {
  const built: readonly object[] = [Map.prototype, Set.prototype, WeakMap.prototype, WeakSet.prototype, Date.prototype, RegExp.prototype, Promise.prototype, Error.prototype];
  for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) if (built.includes(p)) return false;
  return true;
}
