/**
 * Hostile inputs for the decoders' property tests: what an attacker, an old or newer version, a
 * text editor or a corrupted disk could hand a decoder. Everything is built as JSON *text* (deep
 * nesting and 10,000-element arrays are cheaper to write as text than as values, and `__proto__`
 * stays an ordinary key that way), then spliced into a valid document at a random place, so that
 * validation gets past the first field and meets the hostile value deep inside.
 *
 * The shapes: the object whose `length` is an object with `toString` and `valueOf` that are not
 * functions (ordinary JSON that makes a comparison throw a raw TypeError), `__proto__`,
 * `constructor` and `prototype` keys, huge and tiny numbers, NaN-like and number-like strings,
 * long strings, deep nesting, arrays where objects go (and objects where arrays go), sparse
 * arrays (for decoders handed values rather than text), 10,000-element arrays (of junk and of
 * valid entries), objects with 10,000 keys, control characters and lone surrogates.
 */
import fc from 'fast-check';

/** The payload that threw a raw TypeError in every decoder that checked a length. */
export const LENGTH_OBJECT = '{"length":{"toString":1,"valueOf":1}}';

const SMALL_HOSTILE: readonly string[] = [
  LENGTH_OBJECT,
  '{"length":{"valueOf":{}}}',
  '{"length":{"toString":{}}}',
  '{"length":-1}',
  '{"length":1e308}',
  '{"length":"12"}',
  '{"length":null}',
  '{"__proto__":{"polluted":1}}',
  '{"__proto__":null}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"prototype":{"polluted":1}}',
  '{"toString":1,"valueOf":1}',
  '{"hasOwnProperty":1}',
  '{"then":1}',
  '[' + LENGTH_OBJECT + ']',
  '[{"__proto__":{"polluted":1}}]',
  '1e308',
  '-1e308',
  '1.7976931348623157e308',
  '9007199254740993',
  '-0',
  '5e-324',
  '1e-400',
  '123456789012345678901234567890',
  '0.30000000000000004',
  '"NaN"',
  '"Infinity"',
  '"-Infinity"',
  '"1e999"',
  '"0x1F"',
  '" 1 "',
  '"1,5"',
  '"1_000"',
  '"١٢٣"',
  '""',
  '"\\u0000"',
  '"\\u001b]0;pwned\\u0007"',
  '"\\ud800"',
  '"\\u202e"',
  '"<img src=x onerror=alert(1)>"',
  '"__proto__"',
  '"constructor"',
  '"prototype"',
  '"toString"',
  'true',
  'false',
  'null',
  '0',
  '-1',
  '1',
  '0.5',
  '[]',
  '{}',
  '[null]',
  '[[]]',
  '[{}]',
  '[1,2,3]',
  '["a"]',
  '[null,null,1]',
];

/** A small hostile JSON value, as text. */
export const smallHostile: fc.Arbitrary<string> = fc.constantFrom(...SMALL_HOSTILE);

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'length', 'toString', 'valueOf', 'hasOwnProperty', 'then', '', ' ', '\u0000', 'a.b', '0', '-1', '1e3'];

export const hostileKey: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

/** A JSON string literal holding `n` copies of a character. */
const longString = (n: number, c: string) => JSON.stringify(c.repeat(n));

/** An array of `n` copies of one element, as text. */
export const bigArray = (n: number, element: string) => `[${new Array<string>(n).fill(element).join(',')}]`;

const heavy = (elements: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(fc.constantFrom(1_000, 100_000, 1_000_000), fc.constantFrom('x', '€', '\u0000', '𝄞')).map(([n, c]) => longString(n, c)),
    fc.constantFrom(100, 1_000, 10_000, 100_000).chain((d) => fc.constantFrom('['.repeat(d) + ']'.repeat(d), '{"a":'.repeat(d) + '1' + '}'.repeat(d), `${'['.repeat(d)}${LENGTH_OBJECT}${']'.repeat(d)}`)),
    fc.constantFrom(...SMALL_HOSTILE, ...elements).map((el) => bigArray(10_000, el)),
    fc.constant(`{${Array.from({ length: 10_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`),
    fc.constant(`{${Array.from({ length: 10_000 }, () => '"__proto__":{"polluted":1}').join(',')}}`),
  );

/**
 * Any hostile JSON value as text; `elements` are valid entries of the document, for
 * 10,000-element arrays of them. A few values are heavy (a long string, deep nesting,
 * 10,000 entries or keys) — one in 300, that is: enough of them to find a slow path, few enough for the suite's time.
 */
export function hostileJson(elements: readonly string[] = []): fc.Arbitrary<string> {
  const leaf = fc.oneof({ weight: 30, arbitrary: smallHostile }, { weight: 3, arbitrary: fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)) }, { weight: 2, arbitrary: fc.double().map((x) => (Number.isFinite(x) ? JSON.stringify(x) : '0')) });
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 6, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`) },
      { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey, tie('node')), { maxLength: 4 }).map((kv) => `{${kv.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`) },
    ),
  }));
  return fc.oneof({ weight: 299, arbitrary: node }, { weight: 1, arbitrary: heavy(elements) });
}

/** A short hostile string for a query parameter or a text field (not JSON). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '1e308', '-1e308', '0x1F', ' 1 ', '1,5', '1_000', '١٢٣', '', '-0', '5e-324', '9007199254740993', '__proto__', 'constructor', 'prototype', '%', '%E0%A4%A', '%00', '\u0000', '\ud800', '\u202e', '<img src=x onerror=alert(1)>', LENGTH_OBJECT, '[object Object]', 'null', 'undefined', 'true') },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  // Any UTF-16 code units, lone surrogates included (cheaper to generate than fc.string's 'binary' unit).
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((units) => String.fromCharCode(...units)) },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 10_000, 100_000).map((n) => 'x'.repeat(n)) },
);
// (Long texts are one hostile text in 40: short enough to fill a link, long enough to be cut.)

// ---- Mutating a valid document -------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths to the values inside a JSON document (the root is []), the first 2,000 down to depth 16. */
export function pathsOf(doc: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length >= 2_000) return out;
  out.push(prefix);
  if (prefix.length >= 16) return out;
  if (Array.isArray(doc)) doc.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (doc !== null && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) pathsOf(v, [...prefix, k], out);
  return out;
}

interface Edit {
  readonly path: readonly (string | number)[];
  readonly text: string;
  /** Add this key (with the text as its value) to the object or list at the path, instead of replacing it. */
  readonly key?: string;
}

/**
 * The valid document with hostile edits, as text: each edit leaves a marker in a copy of the
 * document, and the markers are swapped for the hostile text once the copy is written out (an
 * edit inside a part that a later edit replaced simply disappears).
 */
function applyEdits(doc: Json, edits: readonly Edit[]): string {
  const copy = structuredClone(doc) as Json;
  const marks: [string, string][] = [];
  let root: Json = copy;
  edits.forEach((e, n) => {
    const mark = `\u0000HOLE${n}`;
    let parent: Json | undefined;
    let target: Json = root;
    for (const step of e.path) {
      if (target === null || typeof target !== 'object') return;
      parent = target;
      target = (target as Record<string, Json>)[step as string];
      if (target === undefined) return;
    }
    if (e.key !== undefined && target !== null && typeof target === 'object') {
      if (Array.isArray(target)) {
        target.push(mark);
        marks.push([JSON.stringify(mark), e.text]);
      } else {
        target[mark] = mark;
        marks.push([`${JSON.stringify(mark)}:${JSON.stringify(mark)}`, `${JSON.stringify(e.key)}:${e.text}`]);
      }
      return;
    }
    if (parent === undefined) root = mark;
    else (parent as Record<string, Json>)[e.path[e.path.length - 1] as string] = mark;
    marks.push([JSON.stringify(mark), e.text]);
  });
  let text = JSON.stringify(root);
  for (const [from, to] of marks) text = text.replace(from, () => to);
  return text;
}

export interface MutateOptions {
  /** Valid entries of the document's lists, as text, for 10,000-element arrays of valid entries. */
  readonly elements?: readonly string[];
}

/**
 * A valid document with one to three hostile edits: a value replaced, a key added (often
 * `__proto__` or `constructor`), or the whole document replaced. Text out.
 */
export function mutated(doc: Json, options: MutateOptions = {}): fc.Arbitrary<string> {
  const paths = pathsOf(doc);
  const value = hostileJson(options.elements ?? []);
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...paths), value).map(([path, text]) => ({ path, text })) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...paths), hostileKey, value).map(([path, key, text]) => ({ path, text, key })) },
  );
  return fc.oneof(
    { weight: 10, arbitrary: fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => applyEdits(doc, edits)) },
    { weight: 1, arbitrary: value },
  );
}

/** Value-level hostility that JSON cannot carry: sparse arrays and huge sparse lengths. */
export function withHoles(doc: Json): fc.Arbitrary<unknown> {
  const paths = pathsOf(doc).filter((p) => p.length > 0);
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom(3, 10_000)).map(([path, n]) => {
    const copy = structuredClone(doc) as Json;
    let parent: Json = copy;
    for (let i = 0; i < path.length - 1; i++) parent = (parent as Record<string, Json>)[path[i] as string];
    const sparse: unknown[] = [];
    sparse.length = n;
    sparse[1] = 1;
    (parent as Record<string, unknown>)[path[path.length - 1] as string] = sparse;
    return copy;
  });
}

// ---- Running a decoder -----------------------------------------------------------------------

/** A call taking more CPU time than this on a pathological input is a failure. */
export const CALL_LIMIT_MS = 50;
/** Inputs per decoder. */
export const RUNS = 20_000;

export interface Timing {
  /** Slowest call, CPU milliseconds (the best of three tries for a call that went over). */
  maxCpuMs: number;
  /** Slowest call, wall-clock milliseconds (for the report; a busy machine inflates it). */
  maxWallMs: number;
  runs: number;
  slowest: string;
}

export function newTiming(): Timing {
  return { maxCpuMs: 0, maxWallMs: 0, runs: 0, slowest: '' };
}

function once<T>(call: () => T): { cpuMs: number; wallMs: number; result: T | undefined; error: unknown; threw: boolean } {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  let result: T | undefined;
  let error: unknown;
  let threw = false;
  try {
    result = call();
  } catch (e) {
    error = e;
    threw = true;
  }
  const cpu = process.cpuUsage(cpu0);
  return { cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - wall0, result, error, threw };
}

/**
 * Call a decoder on one input and time it. A call over the limit is tried twice more and its
 * best time kept, so a garbage collection or a busy neighbour does not count against the decoder;
 * a pathological input is slow every time.
 */
export function timedCall<T>(timing: Timing, label: () => string, call: () => T): { result: T | undefined; error: unknown; threw: boolean } {
  const first = once(call);
  let cpu = first.cpuMs;
  let wall = first.wallMs;
  if (cpu > CALL_LIMIT_MS || wall > CALL_LIMIT_MS) {
    for (let i = 0; i < 2; i++) {
      const again = once(call);
      cpu = Math.min(cpu, again.cpuMs);
      wall = Math.min(wall, again.wallMs);
    }
  }
  timing.runs++;
  if (cpu > timing.maxCpuMs) {
    timing.maxCpuMs = cpu;
    timing.slowest = label();
  }
  timing.maxWallMs = Math.max(timing.maxWallMs, wall);
  return first;
}

/** A short description of an input for a failure message. */
export function describeInput(x: unknown): string {
  const text = typeof x === 'string' ? x : (() => {
    try {
      return JSON.stringify(x) ?? String(x);
    } catch {
      return '(unprintable)';
    }
  })();
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

/** Nothing reached Object.prototype. */
export function prototypeIsClean(): boolean {
  return !('polluted' in Object.prototype) && ({} as Record<string, unknown>).polluted === undefined;
}

// ---- Query strings ---------------------------------------------------------------------------

/** A valid query (key/value pairs) with hostile edits, encoded or raw. */
export function mutatedQuery(pairs: readonly (readonly [string, string])[], knownKeys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(fc.constantFrom(...knownKeys), hostileKey);
  const repeat = (counts: number[]) =>
    fc.tuple(key, hostileText.map((v) => v.slice(0, 40)), fc.constantFrom(...counts)).map(([k, v, n]) => (list: [string, string][]) => {
      for (let i = 0; i < n; i++) list.push([k, v]);
    });
  const edit = fc.oneof(
    { weight: 40, arbitrary: fc.tuple(fc.nat(), hostileText).map(([i, v]) => (list: [string, string][]) => {
      if (list.length) list[i % list.length] = [list[i % list.length][0], v];
    }) },
    { weight: 40, arbitrary: fc.tuple(key, hostileText).map(([k, v]) => (list: [string, string][]) => void list.push([k, v])) },
    { weight: 20, arbitrary: repeat([2, 100]) },
    // One edit in 200: a parameter 10,000 times.
    { weight: 1, arbitrary: repeat([10_000]) },
    { weight: 20, arbitrary: fc.nat().map((i) => (list: [string, string][]) => void (list.length && list.splice(i % list.length, 1))) },
  );
  const encode = (list: readonly (readonly [string, string])[], raw: boolean) => {
    if (raw) return list.map(([k, v]) => `${k}=${v}`).join('&');
    const p = new URLSearchParams();
    for (const [k, v] of list) p.append(k, v);
    return p.toString();
  };
  return fc.oneof(
    { weight: 9, arbitrary: fc.tuple(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.nat()).map(([edits, raw, cut]) => {
      const list = pairs.map(([k, v]) => [k, v] as [string, string]);
      for (const e of edits) e(list);
      const q = encode(list, raw);
      // Now and then cut short, as a chat app does.
      return cut % 5 === 0 ? q.slice(0, cut % (q.length + 1)) : q;
    }) },
    { weight: 1, arbitrary: hostileText },
  );
}
