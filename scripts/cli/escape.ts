/**
 * Text from outside (a file name, a flag's value, a key in a scenario file) is shown to the user
 * in messages on a terminal. A terminal obeys control characters: ESC starts sequences that can
 * set the window title, move the cursor or rewrite what was printed, and the bidirectional
 * overrides reorder what is shown. So every message is made safe before it is printed: those
 * characters are shown as visible escapes (`\x1b`, `\u202e`), and a line is cut at a readable
 * length, saying how much was left out.
 */

/**
 * Characters never printed as they are: C0 controls, DEL, C1 controls, the line and paragraph
 * separators (line breaks to some terminals), the bidirectional embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069), and lone surrogates (not text at all).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The visible form of one character: `\n`, `\t`, `\x1b`, `\u202e`. */
function escapeChar(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every unsafe character replaced by its visible escape (and `"`, `\\` too when `quoted`). */
export function escapeControl(text: string, quoted = false): string {
  const pattern = quoted ? QUOTED : UNSAFE_ALL;
  return text.replace(pattern, (ch) => (ch === '"' || ch === '\\' ? `\\${ch}` : escapeChar(ch)));
}

const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
const QUOTED = new RegExp(`${UNSAFE.source}|["\\\\]`, 'g');

/** Whether `text` holds a character that escapeControl would replace. */
export function hasControl(text: string): boolean {
  return UNSAFE.test(text);
}

function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * `text` made safe and at most `max` characters long. When it is longer, the end is replaced by
 * "… (N more characters)"; the cut never falls inside an escape or a surrogate pair.
 */
export function safeText(text: string, max: number, quoted = false): string {
  const escaped = escapeControl(text, quoted);
  if (escaped.length <= max) return escaped;
  // Walk the original text so the cut falls between whole characters and whole escapes.
  const chars = Array.from(text);
  const room = Math.max(0, max - 30);
  let out = '';
  let used = 0;
  for (const ch of chars) {
    const piece = escapeControl(ch, quoted);
    if (out.length + piece.length > room) break;
    out += piece;
    used++;
  }
  return `${out}… (${groupDigits(chars.length - used)} more characters)`;
}

/** Longest value shown inside a message (a path, a flag's value); longer ones are cut. */
export const MAX_SHOWN_VALUE = 120;

/**
 * A value as the user typed it, for a message: bare when it is plain (letters, digits and the
 * usual punctuation of paths and numbers), otherwise in double quotes with `"`, `\` and every
 * unsafe character escaped, so an empty value, spaces, a newline or an escape sequence are all
 * visible. Long values are cut (MAX_SHOWN_VALUE).
 */
export function show(raw: string, max: number = MAX_SHOWN_VALUE): string {
  if (/^[\w.+\-=/:,~@%]+$/.test(raw) && raw.length <= max) return raw;
  return quote(raw, max);
}

/** A value always in double quotes, escaped and cut as in `show`. */
export function quote(raw: string, max: number = MAX_SHOWN_VALUE): string {
  return `"${safeText(raw, max, true)}"`;
}
