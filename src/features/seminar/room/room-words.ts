/**
 * How a phone words what the room sends it, in the phone's own language: the "What changed"
 * lines (published as data by the facilitator's page: an event id, a team's move of a lever from
 * one value to another) and the server's refusals (a code; the server's English `reason` is for
 * its log and the command line, and is shown only for a code this page does not know; the
 * facilitator's page words the same codes, with words of its own where a phone's do not fit). A student
 * whose phone reads Arabic sees Arabic, whatever language the facilitator's laptop reads.
 */
import type { TFunction } from 'i18next';
import { ERROR_CODES } from '../../../shared/room/frames';
import type { ClientEvents, ConnectionState } from '../../../shared/room/client';
import { RoomError } from '../../../shared/room/transport';
import type { Change, ObjectiveView } from '../../../shared/room/views';
import { numberFormat } from '../../../shared/i18n/number-format';
import type { RoleText } from '../role-text';
import { DEFAULT_ROLES } from '../session/roles';
import { findEvent } from '../session/events';

/** Every code a phone may be refused with: the server's, and the client library's own (`timeout`, `closed`). */
export const REFUSAL_CODES: readonly string[] = [...ERROR_CODES, 'timeout', 'closed'];

/** A refusal or a lost connection: the code when the server (or the library) gave one, and the reason in English. */
export interface RoomProblem {
  readonly code?: string;
  readonly reason: string;
}

/** The problem a failed request or connection gives. */
export const problemOf = (e: unknown): RoomProblem => (e instanceof RoomError ? { code: e.code, reason: e.reason } : { reason: e instanceof Error ? e.message : String(e) });

/**
 * The problem to show when the connection ends for good: a refusal already shown (unknown room,
 * wrong token…) says more than the end of the connection that follows it.
 */
export function keepSpecific(shown: RoomProblem | null, next: RoomProblem): RoomProblem {
  return shown?.code && shown.code !== 'closed' && (next.code ?? 'closed') === 'closed' ? shown : next;
}

/**
 * A room page's listener for the connection's status (the phone's and the spectator's): the state
 * it shows, and the problem once the connection ends for good, keeping a refusal already shown.
 */
export function statusListener(setConnection: (state: ConnectionState) => void, setProblem: (update: (shown: RoomProblem | null) => RoomProblem) => void) {
  return (s: ClientEvents['status']): void => {
    setConnection(s.state);
    if (s.state === 'closed' && s.reason) {
      const ended: RoomProblem = { ...(s.code ? { code: s.code } : {}), reason: s.reason };
      setProblem((p) => keepSpecific(p, ended));
    }
  };
}

/** The words of a change, in one language. */
export interface ChangeWords {
  /** The `seminar` and `model` catalogues of the language. */
  readonly t: TFunction;
  /** The `Intl` locale of the language (numbers). */
  readonly locale: string;
  readonly roles: Pick<RoleText, 'roleName' | 'eventName' | 'eventDescription'>;
}

/** Lever values are on a 0–1 scale and sit on steps of 0.05: two decimals, as on the sliders. */
const LEVER_DIGITS = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/** One "What changed" line. A string is an old room's line, already worded: shown as it is. */
export function changeText(change: Change | string, w: ChangeWords): string {
  if (typeof change === 'string') return change;
  if (change.kind === 'event') {
    const event = findEvent(change.event);
    if (!event) return change.event;
    return w.t('seminar:room.change.event', { name: w.roles.eventName(event), description: w.roles.eventDescription(event) });
  }
  const role = change.role ? DEFAULT_ROLES.find((r) => r.id === change.role) : undefined;
  const team = role ? w.roles.roleName(role) : (change.name ?? change.team);
  const lever = w.t(`model:levers.${change.lever}.label`, { defaultValue: change.lever });
  const n = numberFormat(w.locale, LEVER_DIGITS);
  return w.t('seminar:room.change.move', { team, lever, from: n.format(change.from), to: n.format(change.to) });
}

/** One of the team's objectives in the phone's language (a plain string: the facilitator's own words, or an old room's). */
export function objectiveText(objective: ObjectiveView, roles: Pick<RoleText, 'objective' | 'objectiveAt'>): string {
  return typeof objective === 'string' ? roles.objective({ label: objective }) : roles.objectiveAt(objective.key, objective.text);
}

/**
 * Who reads a refusal: a team's phone (or a spectator's page), or the facilitator's page, which
 * has words of its own where the phone's would be wrong for it ("a message from this phone", "check
 * the code on the projector"); for every other code both read the same words.
 */
export type RefusalReader = 'phone' | 'facilitator';

/** A refusal in the reader's language; the server's own words when the code is unknown (a newer server) or there is none. */
export function refusalText(t: TFunction, problem: RoomProblem, reader: RefusalReader = 'phone'): string {
  if (!problem.code || !REFUSAL_CODES.includes(problem.code)) return problem.reason;
  const phone = t(`seminar:room.refusal.${problem.code}`);
  return reader === 'facilitator' ? t(`seminar:room.hostRefusal.${problem.code}`, { defaultValue: phone }) : phone;
}
