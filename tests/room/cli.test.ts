/**
 * `npm run room` as a process: its options and messages, the files and headers it serves under a
 * sub-path, and the hardest restart — the process killed outright (SIGKILL) between two
 * submissions and started again on the same data folder, with nothing lost.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programArgs } from '../cli-process';
import { HELP, parseCli } from '../../server/cli-options';
import { RawSocket, removeDir, roundOf, tempDataDir, TEAMS } from './harness';


let work: string;
let dist: string;
const running: ChildProcess[] = [];

function runToEnd(args: string[]) {
  return spawnSync(process.execPath, programArgs('room', args), { encoding: 'utf8', timeout: 30_000 });
}

/** Start the server and wait for its banner; resolves with the process, its port and its output. */
async function startProcess(args: string[]): Promise<{ child: ChildProcess; port: number; out: () => string }> {
  const child = spawn(process.execPath, programArgs('room', args), { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const m = /On this computer: +http:\/\/[^/]+:(\d+)\//.exec(out);
    if (m && out.includes('Stop with Ctrl+C')) return { child, port: Number(m[1]), out: () => out };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the room server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function get(port: number, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(() => {
  work = tempDataDir();
  dist = join(work, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Crossings</title><script type="module" src="./assets/app-abc123.js"></script>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(work, 'secret.txt'), 'not for the web');
});

afterAll(() => {
  for (const c of running) if (c.exitCode === null) c.kill('SIGKILL');
  removeDir(work);
});

describe('npm run room', () => {
  it('explains its options, and refuses bad ones by name', () => {
    expect(HELP).toMatch(/--port N[\s\S]*Default: 8080[\s\S]*--host ADDR[\s\S]*Default: 0\.0\.0\.0[\s\S]*--data DIR[\s\S]*--base PATH/);
    expect(parseCli(['--port', '9000', '--host', '127.0.0.1', '--help']).help).toBe(true);
    expect(parseCli([])).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '.room-data', distDir: 'dist', base: '/' });
    expect(() => parseCli(['--port', '70000'])).toThrow(/--port "70000": must be a whole number from 0 to 65535/);
    expect(() => parseCli(['--base', '/../etc'])).toThrow(/--base "\/..\/etc"/);
    expect(() => parseCli(['--host', 'a b'])).toThrow(/--host "a b"/);
    expect(() => parseCli(['--colour'])).toThrow(/Unknown option '--colour'.*see --help/);
    const badPort = runToEnd(['--port', 'eighty']);
    expect(badPort.status).toBe(1);
    expect(badPort.stderr).toMatch(/^room server: --port "eighty": must be a whole number from 0 to 65535/);
  });

  it('says to build first when there is no production build', () => {
    const r = runToEnd(['--dist', join(work, 'nowhere'), '--data', join(work, 'data0')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no production build in .*nowhere.*Run `npm run build` first/);
  });

  it('serves the build under a sub-path with security headers, prints addresses and a QR code, and survives a SIGKILL', async () => {
    const data = join(work, 'data');
    const args = ['--port', '0', '--host', '127.0.0.1', '--dist', dist, '--data', data, '--base', '/sub/path/'];
    const first = await startProcess(args);
    expect(first.out()).toMatch(/Facilitator starts at: http:\/\/127\.0\.0\.1:\d+\/sub\/path\/#\/seminar/);
    expect(first.out()).toContain('█');

    const root = await get(first.port, '/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/sub/path/');
    const index = await get(first.port, '/sub/path/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Crossings</title>');
    const csp = String(index.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("worker-src 'self';");
    expect(csp).not.toContain('unsafe');
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${first.port} wss://127.0.0.1:${first.port}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    const asset = await get(first.port, '/sub/path/assets/app-abc123.js');
    expect(asset.headers['content-type']).toMatch(/text\/javascript/);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    for (const path of ['/sub/path/%2e%2e/secret.txt', '/sub/path/..%2fsecret.txt', '/sub/path/.%2e/.%2e/etc/passwd', '/secret.txt', '/sub/path/nothing.js'])
      expect((await get(first.port, path)).status, path).toBe(404);

    // A room, a team, a round and one decision; then the process is killed outright.
    const url = `ws://127.0.0.1:${first.port}/sub/path/room`;
    const fac = await RawSocket.open(url);
    fac.send({ t: 'open', v: 1, id: 'o' });
    const opened = await fac.reply('o');
    if (opened.t !== 'opened') throw new Error(JSON.stringify(opened));
    fac.send({ t: 'teams', id: 't', teams: TEAMS });
    const set = await fac.reply('t');
    if (set.t !== 'teams-set') throw new Error(JSON.stringify(set));
    fac.send({ t: 'publish', id: 'p', ...roundOf(0) });
    await fac.reply('p');
    const phone = await RawSocket.open(url);
    phone.send({ t: 'join', v: 1, id: 'j', room: opened.room, team: 'ngo', token: set.teams[1].token });
    const joined = await phone.reply('j');
    if (joined.t !== 'joined') throw new Error(JSON.stringify(joined));
    phone.send({ t: 'submit', id: 's1', round: 0, team: 'ngo', decision: { 'searchAndRescue.capacity': 0.7 } });
    expect((await phone.reply('s1')).t).toBe('ack');
    first.child.kill('SIGKILL');
    await phone.closedWith(5000);

    const second = await startProcess(args);
    const url2 = `ws://127.0.0.1:${second.port}/sub/path/room`;
    const back = await RawSocket.open(url2);
    back.send({ t: 'join', v: 1, id: 'j2', room: opened.room, team: 'ngo', device: joined.device });
    expect(await back.reply('j2')).toMatchObject({ t: 'joined', submission: { decision: { 'searchAndRescue.capacity': 0.7 } }, round: { round: 0, status: 'open' } });
    back.send({ t: 'submit', id: 's2', round: 0, team: 'ngo', decision: { 'searchAndRescue.capacity': 0.8 } });
    expect((await back.reply('s2')).t).toBe('ack');
    const fac2 = await RawSocket.open(url2);
    fac2.send({ t: 'resume', v: 1, id: 'r', room: opened.room, secret: opened.secret });
    const state = await fac2.reply('r');
    expect(state).toMatchObject({ t: 'room-state', room: opened.room, round: { round: 0, status: 'open' } });
    if (state.t !== 'room-state') return;
    expect(state.submissions).toEqual([expect.objectContaining({ team: 'ngo', decision: { 'searchAndRescue.capacity': 0.8 } })]);
    expect(state.teams.map((t) => t.token)).toEqual(set.teams.map((t) => t.token));
    for (const s of [fac, phone, back, fac2]) s.close();
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
    expect(second.child.exitCode).toBe(0);
  });
});
