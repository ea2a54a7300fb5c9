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

/** Each heavy text is built once, when first drawn: building 10,000 entries or a megabyte for every draw cost more than the decoders. */
const built = new Map<string, string>();
const once = (key: string, build: () => string) => () => {
  let text = built.get(key);
  if (text === undefined) built.set(key, (text = build()));
  return text;
};

/** A JSON string literal holding `n` copies of a character. */
const longString = (n: number, c: string) => once(`s${n}${c}`, () => JSON.stringify(c.repeat(n)))();

/** An array of `n` copies of one element, as text. */
export const bigArray = (n: number, element: string) => once(`a${n}${element}`, () => `[${new Array<string>(n).fill(element).join(',')}]`)();

const NESTINGS: readonly ((d: number) => string)[] = [(d) => '['.repeat(d) + ']'.repeat(d), (d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d), (d) => `${'['.repeat(d)}${LENGTH_OBJECT}${']'.repeat(d)}`];
const nested = (d: number, kind: number) => once(`n${d}/${kind}`, () => NESTINGS[kind](d))();

const heavy = (elements: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(fc.constantFrom(1_000, 100_000, 1_000_000), fc.constantFrom('x', '€', '\u0000', '𝄞')).map(([n, c]) => longString(n, c)),
    fc.tuple(fc.constantFrom(100, 1_000, 10_000, 100_000), fc.constantFrom(0, 1, 2)).map(([d, kind]) => nested(d, kind)),
    fc.constantFrom(...SMALL_HOSTILE, ...elements).map((el) => bigArray(10_000, el)),
    fc.constant(0).map(once('keys', () => `{${Array.from({ length: 10_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`)),
    fc.constant(0).map(once('protos', () => `{${Array.from({ length: 10_000 }, () => '"__proto__":{"polluted":1}').join(',')}}`)),
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

/**
 * Where one value sits in the document's text: its span, and for an object or a list where a new
 * entry goes (just before the closing bracket) and whether it has entries already.
 */
interface Place {
  readonly start: number;
  readonly end: number;
  readonly container: 'object' | 'list' | null;
  readonly empty: boolean;
}

/**
 * The document as JSON.stringify writes it, with the place of every value that pathsOf lists
 * (same order, same limits): an edit then costs a few string slices instead of a copy of the
 * document written out again.
 */
function placed(doc: Json): { text: string; places: Place[] } {
  const places: Place[] = [];
  let text = '';
  const write = (value: Json, depth: number) => {
    const mine = places.length < 2_000 ? places.length : -1;
    if (mine >= 0) places.push(undefined as unknown as Place);
    const start = text.length;
    let container: Place['container'] = null;
    let empty = true;
    if (Array.isArray(value)) {
      container = 'list';
      text += '[';
      value.forEach((v, i) => {
        if (i > 0) text += ',';
        empty = false;
        if (depth < 16 && places.length < 2_000) write(v, depth + 1);
        else text += JSON.stringify(v);
      });
      text += ']';
    } else if (value !== null && typeof value === 'object') {
      container = 'object';
      text += '{';
      for (const [k, v] of Object.entries(value)) {
        if (!empty) text += ',';
        empty = false;
        text += `${JSON.stringify(k)}:`;
        if (depth < 16 && places.length < 2_000) write(v, depth + 1);
        else text += JSON.stringify(v);
      }
      text += '}';
    } else text += JSON.stringify(value);
    if (mine >= 0) places[mine] = { start, end: text.length, container, empty };
  };
  write(doc, 0);
  return { text, places };
}

interface Edit {
  /** Index of the path (pathsOf order). */
  readonly at: number;
  readonly text: string;
  /** Add this key (with the text as its value) to the object or list at the path, instead of replacing it. */
  readonly key?: string;
}

/**
 * The valid document with hostile edits, as text. Edits are made in order; an edit inside a part
 * that an earlier edit replaced is dropped, and an edit that replaces a part holding earlier
 * edits drops them.
 */
function applyEdits(base: { text: string; places: Place[] }, edits: readonly Edit[]): string {
  const done: { start: number; end: number; text: string }[] = [];
  for (const e of edits) {
    const p = base.places[e.at];
    if (e.key !== undefined && p.container !== null) {
      const at = p.end - 1;
      if (done.some((d) => d.start < at && at < d.end)) continue;
      const entry = p.container === 'object' ? `${JSON.stringify(e.key)}:${e.text}` : e.text;
      const first = p.empty && !done.some((d) => d.start === at && d.end === at);
      done.push({ start: at, end: at, text: first ? entry : `,${entry}` });
      continue;
    }
    if (done.some((d) => d.start <= p.start && p.end <= d.end && d.end > d.start)) continue;
    for (let i = done.length - 1; i >= 0; i--) if (p.start <= done[i].start && done[i].end <= p.end) done.splice(i, 1);
    done.push({ start: p.start, end: p.end, text: e.text });
  }
  // Stable: two entries added at one place keep their order.
  done.sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0;
  for (const d of done) {
    out += base.text.slice(from, d.start) + d.text;
    from = d.end;
  }
  return out + base.text.slice(from);
}

export interface MutateOptions {
  /** Valid entries of the document's lists, as text, for 10,000-element arrays of valid entries. */
  readonly elements?: readonly string[];
}

/**
 * A valid document with one to three hostile edits: a value replaced, a key added (often
 * `__proto__` or `constructor`), or the whole document replaced. Text out.
 */
export function mutated(doc: unknown, options: MutateOptions = {}): fc.Arbitrary<string> {
  const base = placed(JSON.parse(JSON.stringify(doc)) as Json);
  const at = fc.nat({ max: base.places.length - 1 });
  const value = hostileJson(options.elements ?? []);
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(at, value).map(([i, text]) => ({ at: i, text })) },
    { weight: 3, arbitrary: fc.tuple(at, hostileKey, value).map(([i, key, text]) => ({ at: i, text, key })) },
  );
  return fc.oneof(
    { weight: 10, arbitrary: fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => applyEdits(base, edits)) },
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

// ---- Property budget ------------------------------------------------------------------------

/**
 * Time allowed for one decoder's 20,000 inputs: a few seconds on an idle machine, but a machine
 * busy with other work can make it minutes; what the test measures is each call, not the total.
 */
export const PROPERTY_TIMEOUT_MS = 600_000;

// ---- Query strings ---------------------------------------------------------------------------

/** As URLSearchParams writes a value (application/x-www-form-urlencoded), without making one per pair. */
export const formEncode = (text: string): string =>
  encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'))
    .replace(/%20/g, '+')
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A query parameter, `times` times in a row. */
type Pair = [key: string, value: string, times: number];

/** A valid query (key/value pairs) with hostile edits, encoded or raw. */
export function mutatedQuery(pairs: readonly (readonly [string, string])[], knownKeys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(fc.constantFrom(...knownKeys), hostileKey);
  const repeat = (counts: number[]) =>
    fc.tuple(key, hostileText.map((v) => v.slice(0, 40)), fc.constantFrom(...counts)).map(([k, v, n]) => (list: Pair[]) => void list.push([k, v, n]));
  const edit = fc.oneof(
    { weight: 40, arbitrary: fc.tuple(fc.nat(), hostileText).map(([i, v]) => (list: Pair[]) => {
      if (list.length) list[i % list.length] = [list[i % list.length][0], v, 1];
    }) },
    { weight: 40, arbitrary: fc.tuple(key, hostileText).map(([k, v]) => (list: Pair[]) => void list.push([k, v, 1])) },
    { weight: 20, arbitrary: repeat([2, 100]) },
    // One edit in 200: a parameter 10,000 times.
    { weight: 1, arbitrary: repeat([10_000]) },
    { weight: 20, arbitrary: fc.nat().map((i) => (list: Pair[]) => void (list.length && list.splice(i % list.length, 1))) },
  );
  // Each pair encoded once and repeated as text (the same as appending it n times to URLSearchParams).
  const encode = (list: readonly Pair[], raw: boolean) =>
    list
      .map(([k, v, n]) => {
        const one = raw ? `${k}=${v}` : `${formEncode(k)}=${formEncode(v)}`;
        return n === 1 ? one : new Array<string>(n).fill(one).join('&');
      })
      .join('&');
  return fc.oneof(
    { weight: 9, arbitrary: fc.tuple(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.nat()).map(([edits, raw, cut]) => {
      const list = pairs.map(([k, v]): Pair => [k, v, 1]);
      for (const e of edits) e(list);
      const q = encode(list, raw);
      // Now and then cut short, as a chat app does.
      return cut % 5 === 0 ? q.slice(0, cut % (q.length + 1)) : q;
    }) },
    { weight: 1, arbitrary: hostileText },
  );
}
