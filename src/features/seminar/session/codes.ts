/**
 * Decision codes: a team deciding on its own device gets a short code (or link) that the
 * facilitator pastes in — no server needed. The code carries the session's fingerprint, the round,
 * the team, its lever settings and its prediction, with a checksum so that a mistyped code is
 * caught rather than silently misread.
 */
import { fromBase64Url, toBase64Url } from './base64url';
import { z } from 'zod';
import { boundedEntries, safeParse, shownJson } from '../../../../scenarios/index';
import { LEVERS } from '../../../../models/index';
import type { Session } from './session';
import { predictionSchema } from './session';
import { i18n } from '../../../shared/i18n/i18n';

const PREFIX = 'CX1-';
/** A code, or a link holding one, is a few hundred characters; far longer text is not one (and is not worth decoding). */
export const MAX_PASTED_CHARS = 8_000;

const payloadSchema = z.strictObject({
  f: z.string().max(16),
  r: z.number().int().min(0).max(20),
  t: z.string().max(32),
  d: boundedEntries(LEVERS.length).pipe(z.record(z.string().max(64), z.number().finite().min(0).max(1))),
  p: predictionSchema.optional(),
});

export interface DecisionCode {
  readonly round: number;
  readonly teamId: string;
  readonly decision: Record<string, number>;
  readonly prediction?: { output: string; value: number };
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Fingerprint of what makes two sessions the same game: scenario, seed, timing and teams. */
export function sessionFingerprint(session: Session): string {
  const key = JSON.stringify([session.scenarioId, session.seed, session.agents, session.yearsPerRound, session.teams.map((t) => t.id)]);
  return fnv1a(key).toString(36);
}

export function encodeDecision(session: Session, code: DecisionCode): string {
  const rounded = Object.fromEntries(Object.entries(code.decision).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  const payload = JSON.stringify({ f: sessionFingerprint(session), r: code.round, t: code.teamId, d: rounded, ...(code.prediction ? { p: code.prediction } : {}) });
  const body = toBase64Url(payload);
  return `${PREFIX}${body}.${fnv1a(body).toString(36)}`;
}

export class DecisionCodeError extends Error {
  override name = 'DecisionCodeError';
}

/** Read a pasted code (or a link containing one) for this session; throws DecisionCodeError saying what is wrong. */
export function decodeDecision(session: Session, pasted: string): DecisionCode {
  if (pasted.length > MAX_PASTED_CHARS) throw new DecisionCodeError(i18n.t('seminar:codes.tooLong'));
  const match = /CX1-([A-Za-z0-9_-]+)\.([0-9a-z]+)/.exec(pasted.trim());
  if (!match) throw new DecisionCodeError(i18n.t('seminar:codes.notCode'));
  const [, body, check] = match;
  if (fnv1a(body).toString(36) !== check) throw new DecisionCodeError(i18n.t('seminar:codes.damaged'));
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(body));
  } catch {
    throw new DecisionCodeError(i18n.t('seminar:codes.unreadable'));
  }
  const res = safeParse(payloadSchema, data);
  if (!res.success) throw new DecisionCodeError(i18n.t('seminar:codes.notDecision'));
  const p = res.data;
  if (p.f !== sessionFingerprint(session)) throw new DecisionCodeError(i18n.t('seminar:codes.otherSession'));
  if (!session.teams.some((t) => t.id === p.t)) throw new DecisionCodeError(i18n.t('seminar:codes.otherTeam', { t: shownJson(p.t) }));
  return { round: p.r, teamId: p.t, decision: p.d, prediction: p.p };
}
