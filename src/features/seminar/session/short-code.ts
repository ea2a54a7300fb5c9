/**
 * Short decision codes: 16 characters a student can read out or type (e.g. 7KQ2-M9XD-4TZP-1H3A).
 *
 * Fifteen base-32 characters hold 75 bits; the sixteenth is the check character (crockford.ts),
 * which catches a mistyped or swapped character before anything else is tried. The 75 bits hold
 * the round, the team's place in the session, and, as one mixed-radix number, each of the team's levers
 * (unchanged, or its value on the lever's step grid), the prediction (none, or an output and a
 * value on the prediction grid) and, in every bit left over, the HMAC tag of all that under the
 * team's key (code-keys.ts). A decision that leaves fewer than MIN_TAG_BITS for the tag (a custom
 * role with many levers, a value off the grid) does not fit, and travels as a long code instead.
 */
import { LEVER_BY_KEY } from '../../../../models/index';
import { codeTag } from './code-keys';
import { checkHolds, checkSymbol, groupCode, readTyped, symbolsToText } from './crockford';
import { PREDICTION_OUTPUTS } from './figures';
import { gridValue, PREDICTION_GRID_SIZE, predictionGridIndex } from './prediction-range';

export const SHORT_CODE_LENGTH = 16;
const DATA_SYMBOLS = SHORT_CODE_LENGTH - 1;
const CAPACITY = 1n << BigInt(5 * DATA_SYMBOLS);
/** At least 2^24 (16.7 million) guesses per forged code: far more than a class can type. */
export const MIN_TAG_BITS = 24;
/**
 * The round and the team's place take the lowest 4 bits each (session.ts: at most 10 rounds and
 * 12 teams), the levers and prediction the bits above, and the tag the highest bits, so that a
 * code starts with characters that look random rather than with a run of zeros.
 */
const FIELD_BITS = 4n;
const ROUND_LIMIT = 10;
const TEAM_LIMIT = 12;
const PREDICTION_RADIX = BigInt(1 + PREDICTION_OUTPUTS.length * PREDICTION_GRID_SIZE);

export interface ShortCodeTeam {
  /** The session's team ids, in order (the code carries the team's place). */
  readonly teamIds: readonly string[];
  readonly teamId: string;
  /** The team's levers, in order. */
  readonly levers: readonly string[];
}

export interface ShortDecision {
  readonly round: number;
  readonly teamId: string;
  /** Only the levers that moved. */
  readonly decision: Readonly<Record<string, number>>;
  readonly prediction?: { readonly output: string; readonly value: number };
}

function leverGrid(lever: string): { steps: number; at: (i: number) => number; index: (v: number) => number | null } | null {
  const spec = LEVER_BY_KEY.get(lever);
  if (!spec) return null;
  const steps = Math.round((spec.max - spec.min) / spec.step) + 1;
  const decimals = Math.max(0, -Math.floor(Math.log10(spec.step) + 1e-9));
  const at = (i: number) => Number((spec.min + i * spec.step).toFixed(decimals));
  const index = (v: number) => {
    const i = Math.round((v - spec.min) / spec.step);
    return i >= 0 && i < steps && at(i) === v ? i : null;
  };
  return { steps, at, index };
}

/** Bits left for the tag when this team's decision fills the rest (negative: it cannot fit). */
export function tagBits(team: ShortCodeTeam): number {
  let room = CAPACITY / ((1n << (2n * FIELD_BITS)) * PREDICTION_RADIX);
  for (const l of team.levers) {
    const grid = leverGrid(l);
    if (!grid) return -1;
    room /= BigInt(grid.steps + 1);
  }
  return room.toString(2).length - 1;
}

/** The part the tag covers: levers and prediction as one number, or null when something is off the grids. */
function packBody(team: ShortCodeTeam, d: ShortDecision): bigint | null {
  let n = 0n;
  for (const l of [...team.levers].reverse()) {
    const grid = leverGrid(l)!;
    let digit = 0;
    if (l in d.decision) {
      const i = grid.index(d.decision[l]);
      if (i === null) return null;
      digit = i + 1;
    }
    n = n * BigInt(grid.steps + 1) + BigInt(digit);
  }
  let p = 0;
  if (d.prediction) {
    const o = PREDICTION_OUTPUTS.indexOf(d.prediction.output as (typeof PREDICTION_OUTPUTS)[number]);
    const g = predictionGridIndex(d.prediction.value);
    if (o < 0 || g === null) return null;
    p = 1 + o * PREDICTION_GRID_SIZE + g;
  }
  return n * PREDICTION_RADIX + BigInt(p);
}

function unpackBody(team: ShortCodeTeam, body: bigint): Pick<ShortDecision, 'decision' | 'prediction'> | null {
  const p = Number(body % PREDICTION_RADIX);
  let n = body / PREDICTION_RADIX;
  const decision: Record<string, number> = {};
  for (const l of team.levers) {
    const grid = leverGrid(l)!;
    const radix = BigInt(grid.steps + 1);
    const digit = Number(n % radix);
    n /= radix;
    if (digit > 0) decision[l] = grid.at(digit - 1);
  }
  if (n !== 0n) return null;
  if (p === 0) return { decision };
  const output = PREDICTION_OUTPUTS[Math.floor((p - 1) / PREDICTION_GRID_SIZE)];
  return { decision, prediction: { output, value: gridValue((p - 1) % PREDICTION_GRID_SIZE) } };
}

/** The short code for a decision, grouped for reading ("7KQ2-M9XD-4TZP-1H3A"), or null if it does not fit. */
export async function encodeShortCode(team: ShortCodeTeam, key: string, d: ShortDecision): Promise<string | null> {
  const place = team.teamIds.indexOf(team.teamId);
  const bits = tagBits(team);
  if (place < 0 || bits < MIN_TAG_BITS || d.round < 0 || d.round >= ROUND_LIMIT || place >= TEAM_LIMIT) return null;
  const body = packBody(team, d);
  if (body === null) return null;
  const tag = await codeTag(key, d.round, team.teamId, body.toString(36), bits);
  const low = BigInt(d.round) | (BigInt(place) << FIELD_BITS) | (body << (2n * FIELD_BITS));
  let n = (tag << BigInt(5 * DATA_SYMBOLS - bits)) | low;
  const symbols: number[] = [];
  for (let i = 0; i < DATA_SYMBOLS; i++) {
    symbols.unshift(Number(n & 31n));
    n >>= 5n;
  }
  return groupCode(symbolsToText([...symbols, checkSymbol(symbols)]));
}

export type ShortCodeReading =
  | { readonly kind: 'not-short' }
  | { readonly kind: 'length'; readonly length: number }
  | { readonly kind: 'typo' }
  | { readonly kind: 'opened'; readonly round: number; readonly place: number; readonly verify: (team: ShortCodeTeam, key: string) => Promise<ShortDecision | null> };

/**
 * Read what was typed: 'not-short' if it is not made of the alphabet, 'length' or 'typo' for a
 * code mistyped, or the round and team place it names with a function that checks its tag under
 * that team's key (null: not made with that key — forged, another session, or altered).
 */
export function readShortCode(typed: string): ShortCodeReading {
  if (typed.length > 64) return { kind: 'not-short' };
  const symbols = readTyped(typed);
  if (!symbols || symbols.length === 0) return { kind: 'not-short' };
  if (symbols.length !== SHORT_CODE_LENGTH) return { kind: 'length', length: symbols.length };
  if (!checkHolds(symbols)) return { kind: 'typo' };
  let n = 0n;
  for (const s of symbols.slice(0, DATA_SYMBOLS)) n = (n << 5n) | BigInt(s);
  const fieldMask = (1n << FIELD_BITS) - 1n;
  const round = Number(n & fieldMask);
  const place = Number((n >> FIELD_BITS) & fieldMask);
  const verify = async (team: ShortCodeTeam, key: string): Promise<ShortDecision | null> => {
    const bits = tagBits(team);
    if (bits < MIN_TAG_BITS || round >= ROUND_LIMIT) return null;
    const lowBits = BigInt(5 * DATA_SYMBOLS - bits);
    const tag = n >> lowBits;
    const body = (n & ((1n << lowBits) - 1n)) >> (2n * FIELD_BITS);
    const read = unpackBody(team, body);
    if (!read) return null;
    const expected = await codeTag(key, round, team.teamId, body.toString(36), bits);
    return expected === tag ? { round, teamId: team.teamId, ...read } : null;
  };
  return { kind: 'opened', round, place, verify };
}
