/**
 * JSON text from outside, parsed with a limit on nesting. V8's JSON.parse takes time that grows
 * faster than the text with the depth of nesting: 200 kB of `[[[[…]]]]` (100,000 levels) takes
 * over 100 ms, and more in a busy browser. No file, link or record of the app nests more than a
 * few levels, so text nested deeper than MAX_JSON_DEPTH is refused after one linear scan, before
 * it is parsed.
 */

/** Deepest nesting accepted: the app's own documents nest at most eight levels. */
export const MAX_JSON_DEPTH = 32;

export type JsonText = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly why: 'depth' | 'syntax'; readonly problem: string };

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest nesting of objects and lists in a JSON text (strings skipped), up to `stopAt`. */
export function jsonDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > deepest && (deepest = depth) > stopAt) return deepest;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return deepest;
}

/** Parse JSON text from outside; never throws. */
export function parseJsonText(text: string, maxDepth = MAX_JSON_DEPTH): JsonText {
  if (jsonDepth(text, maxDepth) > maxDepth) return { ok: false, why: 'depth', problem: `nested more than ${maxDepth} levels deep` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, why: 'syntax', problem: `not valid JSON${error instanceof Error ? ` (${error.message.slice(0, 120)})` : ''}` };
  }
}
