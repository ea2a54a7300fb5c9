/**
 * Decision codes: a team deciding on its own device gets a code (or link) that the facilitator
 * types or pastes in — no server needed. Three forms are read:
 *
 * - the short code (short-code.ts), 16 characters with a check character, for the usual
 *   decisions: levers on their step grid and a prediction on the prediction grid;
 * - the long signed code, `CX2-<contents>.<tag>`, for anything else (a custom role with many
 *   levers, a prediction with four significant digits);
 * - the old long code, `CX1-…`, from team links made before codes were signed. Its checksum has no
 *   key, so anyone can make one for any team: it is read only by a session that has no secret
 *   (a session file from an older version), and refused, with the reason, by every other.
 *
 * Signed codes (the first two) carry an HMAC tag under the team's key (code-keys.ts), so a code
 * cannot be made for another team, replayed in another class with the same set-up, or moved to
 * another round; and a prediction must lie in its output's plausible range.
 */
import { fromBase64Url, toBase64Url } from './base64url';
import { z } from 'zod';
import { boundedEntries, safeParse } from '../../../../scenarios/index';
import { shownJson } from '../../../../scenarios/shown';
import { LEVERS } from '../../../../models/index';
import type { Session } from './session';
import { predictionSchema } from './session';
import { codeTag, teamKey } from './code-keys';
import { readShortCode, encodeShortCode, type ShortCodeTeam } from './short-code';
import { predictionRange, withinRange } from './prediction-range';
import { symbolsToText } from './crockford';
import { i18n } from '../../../shared/i18n/i18n';
import { formatNumber } from '../../../shared/format';

const LEGACY_PREFIX = 'CX1-';
const SIGNED_PREFIX = 'CX2-';
/** Bits of tag on a long signed code: 64, written as 13 base-32 characters (the last one with a single bit). */
const LONG_TAG_BITS = 64;
const LONG_TAG_SYMBOLS = 13;
/** Longest text a facilitator may paste: a long code with a custom role's every lever fits in far less. */
const MAX_PASTE_CHARS = 4_000;

const decisionSchema = boundedEntries(LEVERS.length).pipe(z.record(z.string().max(64), z.number().finite().min(0).max(1)));

const legacySchema = z.strictObject({
  f: z.string().max(16),
  r: z.number().int().min(0).max(20),
  t: z.string().max(32),
  d: decisionSchema,
  p: predictionSchema.optional(),
});

const signedSchema = z.strictObject({
  r: z.number().int().min(0).max(9),
  t: z.string().max(32),
  d: decisionSchema,
  p: predictionSchema.optional(),
});

export interface DecisionCode {
  readonly round: number;
  readonly teamId: string;
  readonly decision: Record<string, number>;
  readonly prediction?: { output: string; value: number };
}

export class DecisionCodeError extends Error {
  override name = 'DecisionCodeError';
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The old codes' unkeyed fingerprint of a set-up (scenario, seed, timing, teams): readable by anyone. */
export function sessionFingerprint(session: Session): string {
  const key = JSON.stringify([session.scenarioId, session.seed, session.agents, session.yearsPerRound, session.teams.map((t) => t.id)]);
  return fnv1a(key).toString(36);
}

const rounded = (decision: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(decision).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));

/** An old-style code (CX1), as team links without a key still make; kept for sessions from older versions. */
export function encodeDecision(session: Session, code: DecisionCode): string {
  const payload = JSON.stringify({ f: sessionFingerprint(session), r: code.round, t: code.teamId, d: rounded(code.decision), ...(code.prediction ? { p: code.prediction } : {}) });
  const body = toBase64Url(payload);
  return `${LEGACY_PREFIX}${body}.${fnv1a(body).toString(36)}`;
}

function tagText(tag: bigint): string {
  const symbols: number[] = [];
  for (let i = 0; i < LONG_TAG_SYMBOLS; i++) {
    symbols.unshift(Number(tag & 31n));
    tag >>= 5n;
  }
  return symbolsToText(symbols);
}

/** The code a team's page shows: the short code when the decision fits it, else the long signed code. */
export async function encodeSignedDecision(team: ShortCodeTeam, key: string, code: DecisionCode): Promise<string> {
  const short = await encodeShortCode(team, key, code);
  if (short) return short;
  const body = toBase64Url(JSON.stringify({ r: code.round, t: code.teamId, d: rounded(code.decision), ...(code.prediction ? { p: code.prediction } : {}) }));
  return `${SIGNED_PREFIX}${body}.${tagText(await codeTag(key, code.round, code.teamId, body, LONG_TAG_BITS))}`;
}

/** What to read from a paste: the code itself, or the `code=` of an apply link. */
function codeText(pasted: string): string {
  const inLink = /[?&]code=([^&#\s]+)/.exec(pasted);
  if (!inLink) return pasted.trim();
  try {
    return decodeURIComponent(inLink[1]).trim();
  } catch {
    return inLink[1];
  }
}

function checkPrediction(code: DecisionCode): DecisionCode {
  const p = code.prediction;
  if (p && !withinRange(p.output, p.value)) {
    const range = predictionRange(p.output);
    throw new DecisionCodeError(
      i18n.t('seminar:codes.predictionRange', {
        value: formatNumber(p.value),
        output: i18n.t(`model:outputs.${p.output}.label`),
        min: formatNumber(range?.min ?? 0),
        max: formatNumber(range?.max ?? 0),
      }),
    );
  }
  return code;
}

function decodeLegacy(session: Session, body: string, check: string): DecisionCode {
  if (fnv1a(body).toString(36) !== check) throw new DecisionCodeError(i18n.t('seminar:codes.damaged'));
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(body));
  } catch {
    throw new DecisionCodeError(i18n.t('seminar:codes.unreadable'));
  }
  const res = safeParse(legacySchema, data);
  if (!res.success) throw new DecisionCodeError(i18n.t('seminar:codes.notDecision'));
  if (session.secret) throw new DecisionCodeError(i18n.t('seminar:codes.unsigned'));
  const p = res.data;
  if (p.f !== sessionFingerprint(session)) throw new DecisionCodeError(i18n.t('seminar:codes.otherSession'));
  if (!session.teams.some((t) => t.id === p.t)) throw new DecisionCodeError(i18n.t('seminar:codes.otherTeam', { t: shownJson(p.t) }));
  return { round: p.r, teamId: p.t, decision: p.d, prediction: p.p };
}

async function decodeSigned(session: Session, secret: string, body: string, tag: string): Promise<DecisionCode> {
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(body));
  } catch {
    throw new DecisionCodeError(i18n.t('seminar:codes.unreadable'));
  }
  const res = safeParse(signedSchema, data);
  if (!res.success) throw new DecisionCodeError(i18n.t('seminar:codes.notDecision'));
  const p = res.data;
  if (!session.teams.some((t) => t.id === p.t)) throw new DecisionCodeError(i18n.t('seminar:codes.otherTeam', { t: p.t }));
  const expected = tagText(await codeTag(await teamKey(secret, p.t), p.r, p.t, body, LONG_TAG_BITS));
  if (expected !== tag.toUpperCase()) throw new DecisionCodeError(i18n.t('seminar:codes.forged'));
  return { round: p.r, teamId: p.t, decision: p.d, prediction: p.p };
}

async function decodeShort(session: Session, secret: string | undefined, text: string): Promise<DecisionCode> {
  const read = readShortCode(text);
  if (read.kind === 'not-short') throw new DecisionCodeError(i18n.t('seminar:codes.notCode'));
  if (read.kind === 'length') throw new DecisionCodeError(i18n.t('seminar:codes.length', { count: read.length }));
  if (read.kind === 'typo') throw new DecisionCodeError(i18n.t('seminar:codes.typo'));
  const team = session.teams[read.place];
  if (!secret || !team) throw new DecisionCodeError(i18n.t('seminar:codes.forged'));
  const key = await teamKey(secret, team.id);
  const decoded = await read.verify({ teamIds: session.teams.map((t) => t.id), teamId: team.id, levers: team.levers }, key);
  if (!decoded) throw new DecisionCodeError(i18n.t('seminar:codes.forged'));
  return { round: decoded.round, teamId: decoded.teamId, decision: { ...decoded.decision }, ...(decoded.prediction ? { prediction: { ...decoded.prediction } } : {}) };
}

/**
 * Read a typed or pasted code (or a link carrying one) for this session; rejects with
 * DecisionCodeError saying what is wrong, and with nothing else.
 */
/**
 * Only the old unsigned code (CX1), read at once: what a session saved before codes were signed
 * accepts besides the signed forms. Throws DecisionCodeError for anything else.
 */
export function decodeUnsignedDecision(session: Session, pasted: string): DecisionCode {
  if (typeof pasted !== 'string' || pasted.length > MAX_PASTE_CHARS) throw new DecisionCodeError(i18n.t('seminar:codes.notCode'));
  const legacy = /CX1-([A-Za-z0-9_-]+)\.([0-9a-z]+)/.exec(codeText(pasted));
  if (!legacy) throw new DecisionCodeError(i18n.t('seminar:codes.notCode'));
  return checkPrediction(decodeLegacy(session, legacy[1], legacy[2]));
}

export async function decodeDecision(session: Session, pasted: string): Promise<DecisionCode> {
  if (typeof pasted !== 'string' || pasted.length > MAX_PASTE_CHARS) throw new DecisionCodeError(i18n.t('seminar:codes.notCode'));
  const text = codeText(pasted);
  const legacy = /CX1-([A-Za-z0-9_-]+)\.([0-9a-z]+)/.exec(text);
  if (legacy) return checkPrediction(decodeLegacy(session, legacy[1], legacy[2]));
  const signed = /CX2-([A-Za-z0-9_-]+)\.([0-9A-Za-z]{13})(?![0-9A-Za-z])/.exec(text);
  if (signed) {
    if (!session.secret) throw new DecisionCodeError(i18n.t('seminar:codes.otherSession'));
    return checkPrediction(await decodeSigned(session, session.secret, signed[1], signed[2]));
  }
  if (/CX\d-/i.test(text)) throw new DecisionCodeError(i18n.t('seminar:codes.damaged'));
  return checkPrediction(await decodeShort(session, session.secret, text));
}

