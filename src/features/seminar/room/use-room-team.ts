/**
 * A team's phone in a room: join with the team's token from its QR code (or come back with the
 * device key this browser kept), follow the round the facilitator publishes, and send the team's
 * decision. The device key is kept per room, so a reload or a dropped connection comes back as
 * the same team and sees the current round and the decision already sent.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { RoomClient, type ConnectionState } from '../../../shared/room/client';
import type { RoundState, Submission } from '../../../shared/room/frames';
import { roomSocketUrl, type RoomLink } from '../../../shared/room/links';
import type { Decision, Prediction } from '../../../shared/room/views';
import { loadDevice, saveDevice } from './room-storage';
import { problemOf, statusListener, type RoomProblem } from './room-words';

export interface RoomTeamState {
  readonly connection: ConnectionState;
  /** Waiting for the facilitator to let this device in. */
  readonly waiting: boolean;
  readonly team: { readonly id: string; readonly name: string } | null;
  readonly round: RoundState | null;
  /** The team's latest decision recorded for the round shown. */
  readonly submission: Submission | null;
  /** The last refusal or lost connection, worded on the page in its language (room-words.ts). */
  readonly problem: RoomProblem | null;
  readonly submit: (decision: Decision, prediction?: Prediction) => Promise<void>;
}


export function useRoomTeam(link: Extract<RoomLink, { kind: 'join' }>): RoomTeamState {
  const clientRef = useRef<RoomClient | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('idle');
  const [waiting, setWaiting] = useState(false);
  const [team, setTeam] = useState<RoomTeamState['team']>(null);
  const [round, setRound] = useState<RoundState | null>(null);
  const [submission, setSubmission] = useState<Submission | null>(null);
  const [problem, setProblem] = useState<RoomProblem | null>(null);
  const { room, team: linkTeam, token } = link;

  useEffect(() => {
    const saved = loadDevice(room);
    const resume = saved && (!linkTeam || saved.team === linkTeam) ? saved : null;
    const c = new RoomClient({ url: roomSocketUrl(window.location.href), ...(resume ? { identity: { kind: 'team', room, team: resume.team, device: resume.device } } : {}) });
    const joined = (f: { team: { id: string; name: string }; round: RoundState | null; submission: Submission | null }) => {
      setWaiting(false);
      setTeam(f.team);
      setRound(f.round);
      setSubmission(f.submission);
    };
    const offs = [
      c.on('status', statusListener(setConnection, setProblem)),
      c.on('identity', (id) => {
        if (id?.kind === 'team') saveDevice(room, { room, team: id.team, device: id.device });
      }),
      c.on('resumed', (f) => {
        if (f.t === 'joined') joined(f);
      }),
      c.on('round', (f) => {
        setRound(f);
        setSubmission((s) => (s && s.round === f.round ? s : null));
      }),
      c.on('submitted', (s) => setSubmission(s)),
      c.on('notice', (f) => {
        setProblem({ code: f.code, reason: f.reason });
        if (f.code === 'released') saveDevice(room, null);
      }),
    ];
    clientRef.current = c;
    if (resume) c.connect().catch((e: unknown) => setProblem(problemOf(e)));
    else if (linkTeam)
      c.join({ room, team: linkTeam, ...(token ? { token } : {}) }, () => setWaiting(true)).then(joined, (e: unknown) => {
        setWaiting(false);
        setProblem(problemOf(e));
      });
    return () => {
      for (const off of offs) off();
      c.close();
      clientRef.current = null;
    };
  }, [room, linkTeam, token]);

  const submit = useCallback(
    async (decision: Decision, prediction?: Prediction) => {
      const client = clientRef.current;
      if (!client || !team || !round) return;
      setProblem(null);
      try {
        await client.submit({ round: round.round, team: team.id, decision, ...(prediction ? { prediction } : {}) });
      } catch (e) {
        setProblem(problemOf(e));
        throw e;
      }
    },
    [team, round],
  );

  return { connection, waiting, team, round, submission, problem, submit };
}
