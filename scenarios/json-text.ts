/**
 * JSON text from outside, parsed with a limit on nesting. V8's JSON.parse takes time that grows
 * faster than the text with the depth of nesting: 200 kB of `[[[[…]]]]` (100,000 levels) takes
 * over 100 ms, and more in a busy browser. No file, link or record of the app nests more than a
 * few levels, so text nested deeper than MAX_JSON_DEPTH is refused after one linear scan, before
 * it is parsed.
 */

/** Deepest nesting accepted: the app's own documents nest at most eight levels. */
export const MAX_JSON_DEPTH = 32;

export type JsonText =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly why: 'depth' | 'syntax';
      readonly problem: string;
      /** Where a syntax error was found (1-based line and column), when the engine says. */
      readonly at?: { readonly line: number; readonly column: number };
    };

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
    const message = error instanceof Error ? error.message : '';
    const at = syntaxErrorAt(text, message);
    // The engine's own position words are replaced by the line and column, which people can find.
    const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+$/, '').slice(0, 120);
    return { ok: false, why: 'syntax', problem: `not valid JSON${reason ? ` (${reason})` : ''}`, ...(at ? { at } : {}) };
  }
}

/**
 * The line and column of a JSON.parse error, from the character position V8 reports ("… in JSON
 * at position 7"), a line and column another engine reports, or the end of the text when the
 * text stops early ("Unexpected end of JSON input"). Columns count characters, from 1.
 */
export function syntaxErrorAt(text: string, message: string): { line: number; column: number } | undefined {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of (JSON )?(input|data)/i.test(message) ? text.length : undefined;
  if (offset === undefined) return undefined;
  const before = text.slice(0, Math.min(offset, text.length));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
