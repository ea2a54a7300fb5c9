/**
 * The facilitator's side of a room (when the app is served by `npm run room`): open a room for
 * the session, give the room its teams, publish each round as the session moves (open, locked,
 * revealed; round-views.ts), and apply each team's submitted decision to the session with the
 * session's own actions (so the facilitator's checks run again). The room is remembered in this
 * browser with the last submission applied, so a reload resumes it and applies only what
 * arrived since; the client library reconnects and resends on its own.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RoomClient, type ConnectionState } from '../../../shared/room/client';
import type { FrameOf, Submission } from '../../../shared/room/frames';
import { roomSocketUrl } from '../../../shared/room/links';
import { clearDecision, currentRound, setDecision, setPrediction } from '../session/actions';
import { sessionRunInput } from '../session/engine';
import type { Session } from '../session/session';
import { useRun, type RunQueue } from '../../../runner/index';
import type { Apply } from '../use-seminar-session';
import { roomPhase, roundPublication, type RoomPhase } from './round-views';
import { loadHost, saveHost, type HostRecord } from './room-storage';
import { useRoomServer } from './use-room-server';
import { problemOf, statusListener, type RoomProblem } from './room-words';

export type RoomTeam = FrameOf<'teams-set'>['teams'][number];
export type JoinRequest = FrameOf<'presence'>['requests'][number];

export interface RoomHost {
  /** The page is served by a room server. */
  readonly available: boolean;
  readonly code: string | null;
  readonly connection: ConnectionState | 'off';
  readonly teams: readonly RoomTeam[];
  /** Teams that have submitted in the room's current round. */
  readonly submitted: readonly string[];
  readonly phase: RoomPhase | null;
  /** Devices connected per team. */
  readonly presence: Readonly<Record<string, number>>;
  readonly requests: readonly JoinRequest[];
  /**
   * The last problem: a refusal from the server (its code, worded by the page: room-words.ts), or
   * a submission the session would not take (the session's words, as `reason`, with no code).
   */
  readonly problem: RoomProblem | null;
  readonly open: () => void;
  readonly lock: () => void;
  readonly admit: (request: string, yes: boolean) => void;
  /** Stop using the room on this page (the room's log stays on the server). */
  readonly leave: () => void;
}

/** Apply a team's submission to the session: it replaces the team's decision and prediction of the round being played. */
function applySubmission(apply: Apply, sub: Submission): string | null {
  return apply((s) => {
    if (currentRound(s) !== sub.round || !s.rounds[sub.round]) return s;
    let next = clearDecision(s, sub.team);
    next = setDecision(next, sub.team, sub.decision);
    return sub.prediction ? setPrediction(next, sub.team, sub.prediction) : next;
  });
}

export function useRoomHost(session: Session, apply: Apply, queue: RunQueue): RoomHost {
  const server = useRoomServer();
  const [stored, setRecord] = useState<HostRecord | null>(loadHost);
  // A room belongs to one session: a new or opened session leaves it.
  const record = stored && stored.session === (session.secret ?? '') ? stored : null;
  const clientRef = useRef<RoomClient | null>(null);
  const [connection, setConnection] = useState<ConnectionState | 'off'>('off');
  const [teams, setTeams] = useState<readonly RoomTeam[]>([]);
  const [submitted, setSubmitted] = useState<{ round: number; teams: string[] }>({ round: -1, teams: [] });
  const [lockedRound, setLockedRound] = useState<number | null>(null);
  const [presence, setPresence] = useState<Record<string, number>>({});
  const [requests, setRequests] = useState<readonly JoinRequest[]>([]);
  const [problem, setProblem] = useState<RoomProblem | null>(null);
  /** What the room was last sent (null: send the session's state again, e.g. after a reconnect). */
  const published = useRef<string | null>(null);
  const recordRef = useRef(record);

  const remember = useCallback((next: HostRecord | null) => {
    recordRef.current = next;
    saveHost(next);
    setRecord(next);
  }, []);

  const take = useCallback(
    (sub: Submission) => {
      const rec = recordRef.current;
      if (!rec || sub.seq <= rec.appliedSeq) return;
      const error = applySubmission(apply, sub);
      setProblem(error === null ? null : { reason: error });
      remember({ ...rec, appliedSeq: sub.seq });
    },
    [apply, remember],
  );

  // One client per room this page holds; a reload comes back with the room's secret.
  const room = record?.room ?? null;
  const secret = record?.secret ?? null;
  useEffect(() => {
    if (!room || !secret) return;
    const c = new RoomClient({ url: roomSocketUrl(window.location.href), identity: { kind: 'facilitator', room, secret } });
    const offs = [
      c.on('status', statusListener(setConnection, setProblem)),
      c.on('resumed', (f) => {
        if (f.t !== 'room-state') return;
        setTeams(f.teams);
        setRequests(f.requests);
        setLockedRound(f.round?.status === 'locked' ? f.round.round : null);
        setSubmitted({ round: f.round?.round ?? -1, teams: [...new Set(f.submissions.filter((s) => s.round === f.round?.round).map((s) => s.team))] });
        published.current = null; // publish again what the session says now
        for (const s of [...f.submissions].sort((a, b) => a.seq - b.seq)) take(s);
      }),
      c.on('submission', (s) => take(s)),
      c.on('progress', (p) => setSubmitted({ round: p.round, teams: p.submitted })),
      c.on('presence', (p) => {
        setPresence(p.teams);
        setRequests(p.requests);
      }),
      c.on('join-request', (r) => setRequests((rs) => (rs.some((x) => x.request === r.request) ? rs : [...rs, { request: r.request, team: r.team, at: r.at }]))),
      c.on('teams-set', (f) => setTeams(f.teams)),
    ];
    clientRef.current = c;
    c.connect().catch((e: unknown) => setProblem(problemOf(e)));
    return () => {
      for (const off of offs) off();
      c.close();
      clientRef.current = null;
      setConnection('off');
    };
  }, [room, secret, take]);

  // The room's teams follow the session's (names as the facilitator reads them).
  useEffect(() => {
    const client = clientRef.current;
    if (!client || connection !== 'connected') return;
    const want = session.teams.map((t) => ({ id: t.id, name: t.name }));
    if (teams.length === want.length && want.every((w, k) => teams[k]?.id === w.id && teams[k]?.name === w.name)) return;
    client.setTeams(want).then(setTeams, (e: unknown) => setProblem(problemOf(e)));
  }, [connection, session.teams, teams]);

  const phase = useMemo(() => roomPhase(session, lockedRound), [session, lockedRound]);
  const figuresRound = phase?.figuresRound ?? -1;
  const runInput = useMemo(() => (record && figuresRound >= 0 ? sessionRunInput(session, figuresRound) : null), [record, session, figuresRound]);
  const run = useRun(queue, runInput).result;
  const publication = useMemo(() => (phase && (figuresRound < 0 || run) ? roundPublication(session, phase, run) : null), [session, phase, run, figuresRound]);
  const publicationKey = publication ? JSON.stringify(publication) : null;

  useEffect(() => {
    const client = clientRef.current;
    if (!client || connection !== 'connected' || !publication || !publicationKey || teams.length === 0 || publicationKey === published.current) return;
    published.current = publicationKey;
    client.publish(publication).then(
      () => setProblem(null),
      (e: unknown) => setProblem(problemOf(e)),
    );
  }, [connection, publication, publicationKey, teams.length]);

  const sessionSecret = session.secret ?? '';
  const open = useCallback(() => {
    const c = new RoomClient({ url: roomSocketUrl(window.location.href) });
    setProblem(null);
    c.openRoom().then(
      ({ room: code, secret: s }) => {
        c.close();
        remember({ room: code, secret: s, session: sessionSecret, appliedSeq: 0 });
      },
      (e: unknown) => {
        c.close();
        setProblem(problemOf(e));
      },
    );
  }, [remember, sessionSecret]);

  const lock = useCallback(() => {
    const client = clientRef.current;
    if (!client || !phase || phase.status !== 'open') return;
    const r = phase.round;
    client.lock(r).then(
      () => setLockedRound(r),
      (e: unknown) => setProblem(problemOf(e)),
    );
  }, [phase]);

  const admit = useCallback(
    (request: string, yes: boolean) => {
      const client = clientRef.current;
      if (!client) return;
      (yes ? client.admit(request) : client.refuse(request)).then(
        () => setRequests((rs) => rs.filter((r) => r.request !== request)),
        (e: unknown) => setProblem(problemOf(e)),
      );
    },
    [],
  );

  const leave = useCallback(() => remember(null), [remember]);

  const roundNow = phase?.round ?? -1;
  return {
    available: server.room,
    code: record?.room ?? null,
    connection,
    teams,
    submitted: submitted.round === roundNow ? submitted.teams : [],
    phase,
    presence,
    requests,
    problem,
    open,
    lock,
    admit,
    leave,
  };
}
