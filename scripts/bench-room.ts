/**
 * `npm run bench:room`: the room server under a class's load, on loopback. One room, 12 teams
 * (one phone each, through the client library) and 60 spectator devices (raw sockets), with the
 * server in a process of its own. Two relays are timed, each as JSON lines with the median and
 * 95th percentile (target: median < 50 ms):
 *
 *   publish → all devices   the facilitator publishes a round; time until the last of the 72
 *                           devices has received it (each team its own view)
 *   submit → facilitator    a team submits a decision; time until the facilitator receives it
 *                           (the server writes it to disk with fsync in between). All 12 teams
 *                           submit at the same moment, wave after wave.
 *
 * Sends are paced within the server's rate limit (10 messages a second per socket).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { RoomClient } from '../src/shared/room/client';
import type { WebSocketConstructor } from '../src/shared/room/transport';
import type { TeamView } from '../src/shared/room/views';

const TEAMS = 12;
const SPECTATORS = 60;
const PUBLISHES = 30;
const WAVES = 10;
/** Above the rate limit's refill period (100 ms), so no benchmark message is ever refused. */
const PACE_MS = 150;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x: number) => Math.round(x * 10) / 10;
const report = (name: string, xs: readonly number[], extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ name, samples: xs.length, medianMs: ms(quantile(xs, 0.5)), p95Ms: ms(quantile(xs, 0.95)), maxMs: ms(Math.max(...xs)), targetMedianMs: 50, ...extra }));

function view(k: number): TeamView {
  return {
    name: `Team ${k + 1}`,
    briefing: 'A briefing of a few sentences, as a default role has. '.repeat(6),
    objectives: ['Fewer dead and missing', 'Fewer irregular arrivals'],
    budget: 0.6,
    levers: ['enforcement.intensity', 'searchAndRescue.capacity', 'legalPathways.capacity'].map((key) => ({ key, label: key, before: 0.3, step: 0.05 })),
    predictions: [{ key: 'deathsMissing', label: 'Dead and missing', min: 0, max: 1e6 }],
    figures: Array.from({ length: 8 }, (_, i) => ({ key: `figure${i}`, label: `Figure ${i}`, value: 1000 + i, previous: 900 + i, text: `${1000 + i} a year` })),
    changes: ['Drought at origin', 'Rescue capacity 0.70'],
  };
}

async function startServer(): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-room-server.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { port: (JSON.parse(first) as { port: number }).port, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const server = await startServer();
  const url = `ws://127.0.0.1:${server.port}/room`;
  const Ctor = WebSocket as unknown as WebSocketConstructor;
  const make = () => new RoomClient({ url, WebSocket: Ctor, pingIntervalMs: 0, requestTimeoutMs: 30_000 });

  const fac = make();
  const { room } = await fac.openRoom();
  const teams = await fac.setTeams(Array.from({ length: TEAMS }, (_, k) => ({ id: `team-${k + 1}`, name: `Team ${k + 1}` })));
  const views = Object.fromEntries(teams.map((t, k) => [t.id, view(k)]));
  const publish = (note: string) => fac.publish({ round: 0, roundsTotal: 4, status: 'open', public: { title: 'Round 1', figures: [], note }, views });

  // Who received which publish, when (one map per published note).
  const received = new Map<string, number[]>();
  const onRound = (note: string | undefined) => {
    if (note) (received.get(note) ?? received.set(note, []).get(note)!).push(performance.now());
  };

  const phones: RoomClient[] = [];
  for (const t of teams) {
    const phone = make();
    await phone.join({ room, team: t.id, token: t.token });
    phone.on('round', (r) => onRound(r.public.note));
    phones.push(phone);
  }
  const spectators: WebSocket[] = [];
  for (let k = 0; k < SPECTATORS; k++) {
    const ws = new WebSocket(url);
    await new Promise((r) => ws.once('open', r));
    ws.on('message', (data) => {
      const f = JSON.parse(data.toString()) as { t: string; public?: { note?: string } };
      if (f.t === 'round') onRound(f.public?.note);
    });
    ws.send(JSON.stringify({ t: 'watch', v: 1, id: 'w', room }));
    spectators.push(ws);
  }
  await sleep(300);
  const devices = TEAMS + SPECTATORS;

  const publishLatency: number[] = [];
  const perDevice: number[] = [];
  for (let k = 0; k < PUBLISHES; k++) {
    const note = `publish-${k}`;
    const t0 = performance.now();
    await publish(note);
    const deadline = t0 + 10_000;
    while ((received.get(note)?.length ?? 0) < devices && performance.now() < deadline) await sleep(1);
    const times = received.get(note) ?? [];
    if (times.length < devices) throw new Error(`publish ${k}: only ${times.length} of ${devices} devices received it`);
    publishLatency.push(Math.max(...times) - t0);
    perDevice.push(...times.map((t) => t - t0));
    await sleep(PACE_MS);
  }

  const sentAt = new Map<number, number>();
  const submitLatency: number[] = [];
  let pendingSeqs: Array<{ seq: number; at: number }> = [];
  fac.on('submission', (s) => pendingSeqs.push({ seq: s.seq, at: performance.now() }));
  for (let w = 0; w < WAVES; w++) {
    const starts = phones.map(() => performance.now());
    const seqs = await Promise.all(
      phones.map((p, k) => {
        starts[k] = performance.now();
        return p.submit({ round: 0, team: teams[k].id, decision: { 'enforcement.intensity': 0.3 + ((w + k) % 5) * 0.05 } });
      }),
    );
    seqs.forEach((seq, k) => sentAt.set(seq, starts[k]));
    const deadline = performance.now() + 10_000;
    while (seqs.some((s) => !pendingSeqs.some((p) => p.seq === s)) && performance.now() < deadline) await sleep(1);
    for (const p of pendingSeqs) if (sentAt.has(p.seq)) submitLatency.push(p.at - sentAt.get(p.seq)!);
    pendingSeqs = [];
    await sleep(PACE_MS);
  }

  report('room-publish-to-all-devices', publishLatency, { devices, teams: TEAMS, spectators: SPECTATORS, perDeviceMedianMs: ms(quantile(perDevice, 0.5)) });
  report('room-submit-to-facilitator', submitLatency, { teams: TEAMS, waves: WAVES, concurrentSubmits: TEAMS });

  for (const p of phones) p.close();
  fac.close();
  for (const s of spectators) s.close();
  server.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
