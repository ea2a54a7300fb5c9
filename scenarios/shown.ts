/**
 * Values and field paths from outside, as they appear in messages for people: shortened (a
 * megabyte of text is not a message), control characters replaced (a file or a link must not be
 * able to move the cursor of a terminal or break a line on the page), and computed without ever
 * throwing, whatever the value (a cycle, nesting too deep for JSON.stringify, an object whose
 * toString is not a function).
 */

/** Longest value shown, in characters. */
export const SHOWN_VALUE_CHARS = 40;
/** Longest part of a field path shown (a record key from a file can be anything). */
const SHOWN_KEY_CHARS = 24;
/** Most parts of a field path shown. */
const SHOWN_PATH_PARTS = 8;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function clip(text: string, max: number): string {
  // Only the beginning is shown: never scan a megabyte to show forty characters.
  const printable = text.slice(0, max * 2 + 2).replace(CONTROL, '�');
  // Cut on whole characters (code points), so that no half of a surrogate pair is shown.
  if (printable.length <= max) return printable;
  const chars = Array.from(printable.slice(0, max * 2));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/**
 * The beginning of a value's JSON text, as JSON.stringify would write it, stopping once it is
 * longer than `max` characters: showing forty characters of a list of 10,000 entries or of a
 * megabyte of text never writes the whole of it. Undefined where JSON.stringify gives undefined.
 */
export function jsonStart(value: unknown, max: number): string | undefined {
  let out = '';
  const write = (v: unknown, key: string): boolean => {
    if (out.length > max) return false;
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: (k: string) => unknown }).toJSON(key);
    if (v === null) out += 'null';
    else if (typeof v === 'string') out += JSON.stringify(v.length > max ? v.slice(0, max + 1) : v);
    else if (typeof v === 'number') out += Number.isFinite(v) ? JSON.stringify(v) : 'null';
    else if (typeof v === 'boolean') out += String(v);
    else if (typeof v === 'bigint') throw new TypeError('a bigint');
    else if (typeof v !== 'object') return false;
    else if (Array.isArray(v)) {
      out += '[';
      for (let i = 0; i < v.length && out.length <= max; i++) {
        if (i > 0) out += ',';
        if (!write(v[i], String(i)) && out.length <= max) out += 'null';
      }
      out += ']';
    } else {
      out += '{';
      let first = true;
      for (const k in v) {
        if (out.length > max) break;
        if (!Object.hasOwn(v, k)) continue;
        const item = (v as Record<string, unknown>)[k];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        out += `${first ? '' : ','}${JSON.stringify(k)}:`;
        first = false;
        write(item, k);
      }
      out += '}';
    }
    return true;
  };
  return write(value, '') ? out : undefined;
}

/** A value as text: strings as they are, anything else as JSON; `(empty)` for ''. */
export function shownValue(value: unknown, max = SHOWN_VALUE_CHARS): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = jsonStart(value, max * 2 + 2) ?? typeof value;
    } catch {
      text = Array.isArray(value) ? '(a list)' : typeof value === 'object' && value !== null ? '(an object)' : typeof value;
    }
  }
  return text === '' ? '(empty)' : clip(text, max);
}

/** A value as JSON (strings quoted), for messages that say `got "abc"`; `nothing` when absent. */
export function shownJson(value: unknown, max = SHOWN_VALUE_CHARS): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${clip(value, max)}"`;
  return shownValue(value, max);
}

/** A zod issue's path as `teams.2.name`, each part shortened. */
export function shownPath(path: readonly PropertyKey[], whole = '(file)'): string {
  if (path.length === 0) return whole;
  const parts = path.slice(0, SHOWN_PATH_PARTS).map((p) => clip(typeof p === 'symbol' ? '(symbol)' : String(p), SHOWN_KEY_CHARS));
  return path.length > SHOWN_PATH_PARTS ? `${parts.join('.')}.…` : parts.join('.');
}
