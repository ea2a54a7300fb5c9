/**
 * Copying a run's state, for a run that goes on from here under another policy (run.ts,
 * runBranches; Simulation.continueUnder).
 *
 * copyInto writes one state into another of the same make — a run built by the same
 * constructor for the same routes, methods and size — value by value: numbers into the same
 * fields, typed arrays into typed arrays of the same length, arrays and objects into their
 * counterparts, part by part, writing only what differs. The target keeps its own objects, so V8
 * sees them with the shapes its constructors gave them: a generic copy (made with Object.create
 * and new properties) had shapes of its own, and the model's hot code, seeing two shapes where it
 * had seen one, ran the copied run's months 20–35% slower (and the original's too, once it had
 * seen both). (Writing even an equal number into a small array of the target through this
 * generic code turned it from an array of small integers into a generic one, a shape of its own.)
 *
 * Where the two differ in make (an array of another length, such as the months recorded so far,
 * or a list that grew), the target gets a deep copy instead (copyState): plain objects are
 * cloned with spread syntax, which V8 gives the source's shape, class instances with their
 * prototype, typed arrays with views on one buffer kept on one copied buffer.
 *
 * Frozen objects and those in `shared` (the run's fixed inputs: calibration, routes, methods) are
 * not copied: the target refers to the same ones. Anything else a state never holds (a function,
 * a Map, a Set, a Date …) throws: a copy that shared one would let two runs change each other.
 */
export function copyInto(target: object, source: object, shared: ReadonlySet<object>, skip: ReadonlySet<string> = new Set()): void {
  /** Where each source object went: a part the source reaches twice is one part in the target too. */
  const placed = new Map<object, unknown>();

  /** The value the target should hold where it holds `t` and the source holds `s`. */
  function merged(t: unknown, s: unknown): unknown {
    if (s === null || typeof s !== 'object') return plain(s);
    if (shared.has(s) || Object.isFrozen(s)) return s;
    if (placed.has(s)) return placed.get(s);
    const result = mergedObject(t, s);
    placed.set(s, result);
    return result;
  }

  function mergedObject(t: unknown, s: object): unknown {
    if (t === null || typeof t !== 'object' || t === s) return copyState(s, shared);
    if (ArrayBuffer.isView(s)) {
      const view = s as unknown as Float64Array;
      const tv = t as Float64Array;
      if (!ArrayBuffer.isView(t) || tv.constructor !== view.constructor || tv.length !== view.length) return copyState(s, shared);
      tv.set(view);
      return t;
    }
    if (Array.isArray(s)) {
      if (!Array.isArray(t) || t.length !== s.length) return copyState(s, shared);
      placed.set(s, t);
      for (let k = 0; k < s.length; k++) {
        const value = merged(t[k], s[k]);
        if (t[k] !== value) t[k] = value;
      }
      return t;
    }
    if (Array.isArray(t) || ArrayBuffer.isView(t) || Object.getPrototypeOf(t) !== Object.getPrototypeOf(s)) return copyState(s, shared);
    placed.set(s, t);
    const to = t as Record<string, unknown>;
    const from = s as Record<string, unknown>;
    for (const key of Object.keys(from)) {
      const value = merged(to[key], from[key]);
      if (to[key] !== value) to[key] = value;
    }
    return t;
  }

  placed.set(source, target);
  const to = target as Record<string, unknown>;
  const from = source as Record<string, unknown>;
  for (const key of Object.keys(from)) if (!skip.has(key)) to[key] = merged(to[key], from[key]);
}

/** A deep copy of `root` (see copyInto for what is shared, and what throws). */
export function copyState<T>(root: T, shared: ReadonlySet<object>): T {
  const copies = new Map<unknown, unknown>();

  function copyBuffer(buffer: ArrayBufferLike): ArrayBuffer {
    let made = copies.get(buffer) as ArrayBuffer | undefined;
    if (!made) {
      if (!(buffer instanceof ArrayBuffer)) throw new TypeError('copyState: a typed array on a shared buffer cannot be copied');
      made = buffer.slice(0);
      copies.set(buffer, made);
    }
    return made;
  }

  function copy(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return plain(value);
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
      // Filled by push, as the model fills its arrays: a packed array, not one with holes.
      const made: unknown[] = [];
      copies.set(value, made);
      for (let k = 0; k < value.length; k++) made.push(copy(value[k]));
      return made;
    }
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto !== Object.prototype && proto !== null && !isClassInstance(proto)) throw new TypeError(`copyState: cannot copy a ${(proto.constructor as { name?: string } | undefined)?.name ?? 'special object'}`);
    // Spread keeps a plain object's shape; a class instance needs its prototype.
    const made = (proto === Object.prototype ? { ...(value as Record<string, unknown>) } : Object.create(proto)) as Record<string, unknown>;
    copies.set(value, made);
    for (const key of Object.keys(value)) made[key] = copy((value as Record<string, unknown>)[key]);
    return made;
  }

  return copy(root) as T;
}

function plain(value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError(`copyState: cannot copy a ${typeof value}`);
  return value;
}

/** A prototype of the model's own classes (not a built-in such as Map, Set or Date). */
function isClassInstance(proto: object): boolean {
  const built: readonly object[] = [Map.prototype, Set.prototype, WeakMap.prototype, WeakSet.prototype, Date.prototype, RegExp.prototype, Promise.prototype, Error.prototype];
  for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) if (built.includes(p)) return false;
  return true;
}
