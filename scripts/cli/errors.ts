/**
 * Errors the command line reports to the user. A `CliError` is a mistake in the input (exit
 * status 2); anything else is a fault in the program (exit status 1). Either way the user sees a
 * single line starting `error:` and never a stack trace. The line is made safe for a terminal
 * (control characters shown as escapes, see escape.ts) and cut at a readable length.
 */
import { safeText } from './escape';

export const EXIT_OK = 0;
export const EXIT_FAULT = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * Longest error line, in characters: room for the longest list of allowed values (the output
 * keys, about 570 characters) with the option, the value and a hint, and still readable (about
 * a dozen lines of an 80-column terminal). A longer message is cut, saying how much was left out.
 */
export const MAX_ERROR_LINE = 1_000;

/** Collapse a message to one line so stderr always carries exactly one `error:` line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The line written to stderr, and the exit status, for any thrown value. */
export function describeFailure(err: unknown): { line: string; code: number } {
  if (err instanceof CliError) return { line: safeLine(`error: ${err.message.trim()}`), code: EXIT_USAGE };
  let message: string;
  try {
    message = err instanceof Error ? err.message : String(err);
  } catch {
    message = ''; // a thrown value whose conversion to text throws too
  }
  return { line: safeLine(`error: unexpected failure: ${oneLine(message) || 'unknown cause'} (please report this)`), code: EXIT_FAULT };
}

/** A line safe to print: control characters escaped (a newline shows as \\n), at most MAX_ERROR_LINE characters. */
export function safeLine(text: string): string {
  return safeText(text, MAX_ERROR_LINE);
}

/** Levenshtein distance, used to suggest the option or lever the user probably meant. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The closest candidate when it is close enough to be a plausible typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  // Far longer than every candidate: no typo, and comparing would cost length × length.
  if (input.length > 2 * Math.max(0, ...candidates.map((c) => c.length)) + 8) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(input.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 4)) ? best : undefined;
}
