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

/** A value as text: strings as they are, anything else as JSON; `(empty)` for ''. */
export function shownValue(value: unknown, max = SHOWN_VALUE_CHARS): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? typeof value;
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
