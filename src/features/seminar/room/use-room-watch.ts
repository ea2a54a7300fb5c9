/**
 * A spectator of a room (#/watch/<room>): a second projector, a laptop at the back, a student who
 * is not in a team. It says `watch` with the room code alone and follows what everyone may see:
 * the round and its state, the public view (event and figures, never a team's levers or moves)
 * and which teams have decided. It holds no token and can send nothing but pings; a dropped
 * connection comes back by itself and is sent the current round.
 */
import { useEffect, useState } from 'react';
import { RoomClient, type ConnectionState } from '../../../shared/room/client';
import type { FrameOf, RoundState } from '../../../shared/room/frames';
import { roomSocketUrl } from '../../../shared/room/links';
import { problemOf, statusListener, type RoomProblem } from './room-words';

export interface RoomWatchState {
  readonly connection: ConnectionState;
  readonly teams: FrameOf<'watching'>['teams'];
  readonly round: RoundState | null;
  /** Teams whose decision for the round shown has been recorded. */
  readonly submitted: readonly string[];
  readonly problem: RoomProblem | null;
}

export function useRoomWatch(room: string): RoomWatchState {
  const [connection, setConnection] = useState<ConnectionState>('idle');
  const [teams, setTeams] = useState<RoomWatchState['teams']>([]);
  const [round, setRound] = useState<RoundState | null>(null);
  const [submitted, setSubmitted] = useState<readonly string[]>([]);
  const [problem, setProblem] = useState<RoomProblem | null>(null);

  useEffect(() => {
    const c = new RoomClient({ url: roomSocketUrl(window.location.href) });
    let shown: number | null = null;
    const watching = (f: FrameOf<'watching'>) => {
      shown = f.round?.round ?? null;
      setTeams(f.teams);
      setRound(f.round);
      setSubmitted(f.submitted);
    };
    const offs = [
      c.on('status', statusListener(setConnection, setProblem)),
      c.on('resumed', (f) => {
        if (f.t === 'watching') watching(f);
      }),
      c.on('round', (f) => {
        // A new round starts with nobody decided; the server's progress frames follow.
        if (shown !== f.round) setSubmitted([]);
        shown = f.round;
        setRound(f);
      }),
      c.on('progress', (f) => {
        if (f.round === shown) setSubmitted(f.submitted);
      }),
    ];
    c.watch(room).then(watching, (e: unknown) => setProblem(problemOf(e)));
    return () => {
      for (const off of offs) off();
      c.close();
    };
  }, [room]);

  return { connection, teams, round, submitted, problem };
}
