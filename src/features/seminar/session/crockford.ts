/**
 * Short codes people type: Crockford's base-32 alphabet (no I, L, O, U), read generously (any
 * case, spaces and dashes ignored, O read as 0, I and L as 1), shown in groups of four, with one
 * check character.
 *
 * The check is Damm's algorithm over the field GF(32): the operation x∗y = 2·x + y (2 is the
 * polynomial x, modulo x⁵ + x² + 1) is a quasigroup that is totally anti-symmetric, so one check
 * character in the same alphabet catches every single wrong character and every swap of two
 * neighbours, the check character included — the two mistakes people make most when copying a
 * code. (Crockford's own mod-37 check needs five extra symbols such as * and ~, awkward on a phone.)
 */
import { ROOM_CODE_ALPHABET } from '../../../shared/room/room-code';

export const CROCKFORD = ROOM_CODE_ALPHABET;
const VALUE = new Map([...CROCKFORD].map((c, i) => [c, i]));

/** Multiply by 2 in GF(32) with the polynomial x⁵ + x² + 1 (0b100101). */
const double = (x: number): number => (x & 0x10 ? ((x << 1) ^ 0b100101) & 0x1f : x << 1);

/** Damm's running value after the given symbols (0–31 each); 0 means "valid" once the check is in. */
function dammState(symbols: readonly number[]): number {
  let state = 0;
  for (const s of symbols) state = double(state) ^ s;
  return state;
}

/** The check symbol for these symbols: the one that brings Damm's state back to 0. */
export function checkSymbol(symbols: readonly number[]): number {
  return double(dammState(symbols));
}

/** True when the last symbol is the right check for the others. */
export function checkHolds(symbolsWithCheck: readonly number[]): boolean {
  return symbolsWithCheck.length > 0 && dammState(symbolsWithCheck) === 0;
}

/** What a person typed, as symbols (null if it holds a character outside the alphabet). */
export function readTyped(typed: string): number[] | null {
  const clean = typed
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const out: number[] = [];
  for (const c of clean) {
    const v = VALUE.get(c);
    if (v === undefined) return null;
    out.push(v);
  }
  return out;
}

export const symbolsToText = (symbols: readonly number[]): string => symbols.map((s) => CROCKFORD[s]).join('');

/** "7KQ2M9XD4T" → "7KQ2-M9XD-4T": groups of four, easier to read aloud and to check by eye. */
export function groupCode(text: string): string {
  return text.match(/.{1,4}/g)?.join('-') ?? '';
}
