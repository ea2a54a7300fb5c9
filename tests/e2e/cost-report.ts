/**
 * What each browser test file costs, for finding where the browser stage's time goes: with
 * E2E_COST_REPORT=FILE set, each file appends one JSON line to FILE with its wall time, the CPU
 * time (seconds) of its own process, and the CPU time of the browser and servers it drives: every
 * process under it (a Chromium of its own, a room server) and under the shared Chromium. CPU
 * time, unlike wall time, hardly grows when other people load the machine. Without the variable
 * it does nothing.
 *
 * Read from /proc (Linux). A Chromium's renderers are not always waited for when it closes, so
 * neither the getrusage of this process nor `time` counts them; instead every process of the tree
 * is sampled (its own utime + stime) four times a second and at the end. When files run side by
 * side, each one's shared-Chromium figure includes the other's use of it over the same time.
 * Each test also gets a line of its own (file, test, wall and CPU time), so that the costly
 * tests of a file can be found.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

const OUT = process.env.E2E_COST_REPORT;
/** Linux's USER_HZ, the unit of the times in /proc/PID/stat, is 100 on every common build. */
const TICKS_PER_SECOND = 100;
const SAMPLE_MS = 250;

interface Stat {
  readonly ppid: number;
  /** This process's own CPU time (user + system), in ticks. */
  readonly ticks: number;
}

function stat(pid: number | 'self'): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing bracket are fixed.
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

/** Own CPU ticks of every live process under the roots (not the roots' callers), by pid. */
function treeTicks(roots: readonly number[], skip: number): Map<number, number> {
  const all = new Map<number, Stat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s) all.set(Number(name), s);
  }
  const out = new Map<number, number>();
  const visit = (pid: number) => {
    const s = all.get(pid);
    if (!s || out.has(pid)) return;
    if (pid !== skip) out.set(pid, s.ticks);
    for (const [child, cs] of all) if (cs.ppid === pid) visit(child);
  };
  for (const root of roots) visit(root);
  return out;
}

/** Per-process CPU ticks seen first and last, sampled four times a second: what a tree used meanwhile. */
class TreeSampler {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private readonly timer: ReturnType<typeof setInterval>;
  private started = false;

  constructor(private readonly roots: readonly number[], private readonly skip: number) {
    this.sample();
    this.started = true;
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  private sample(): void {
    for (const [pid, ticks] of treeTicks(this.roots, this.skip)) {
      // A process born after the start began at 0.
      if (!this.first.has(pid)) this.first.set(pid, this.started ? 0 : ticks);
      this.last.set(pid, ticks);
    }
  }

  /** Seconds of CPU the processes under the roots used since the start. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    let ticks = 0;
    for (const [pid, t] of this.last) ticks += t - (this.first.get(pid) ?? 0);
    return ticks / TICKS_PER_SECOND;
  }
}

/**
 * For the global setup: the whole run's CPU time (this process, the test files' processes, every
 * Chromium and server under them), written as one line when the returned function is called.
 */
export function startRunReport(): () => void {
  if (!OUT) return () => undefined;
  const wall0 = performance.now();
  const self0 = stat('self')!.ticks;
  const sampler = new TreeSampler([process.pid], process.pid);
  return () => {
    const others = sampler.stop();
    const self = (stat('self')!.ticks - self0) / TICKS_PER_SECOND;
    const r = (x: number) => Math.round(x * 10) / 10;
    appendFileSync(OUT, `${JSON.stringify({ file: '(whole run)', wallS: r((performance.now() - wall0) / 1000), cpuSelfS: r(self), cpuBrowserS: r(others), cpuTotalS: r(self + others) })}\n`);
  };
}

if (OUT && process.env.VITEST_WORKER_ID !== undefined) {
  const roots = [process.pid, Number(process.env.CHROMIUM_SHARED_PID ?? 0)].filter((p) => p > 0);
  let file = '';
  let wall0 = 0;
  let self0 = 0;
  let sampler: TreeSampler;
  beforeAll(({}, suite) => {
    file = basename(suite.file.filepath);
    sampler = new TreeSampler(roots, process.pid);
    wall0 = performance.now();
    self0 = stat('self')!.ticks;
  });
  afterAll(() => {
    const others = sampler.stop();
    const sec = (ticks: number) => Math.round((ticks / TICKS_PER_SECOND) * 10) / 10;
    const line = { file, wallS: Math.round((performance.now() - wall0) / 100) / 10, cpuSelfS: sec(stat('self')!.ticks - self0), cpuBrowserS: Math.round(others * 10) / 10 };
    appendFileSync(OUT, `${JSON.stringify(line)}\n`);
  });
  let testSampler: TreeSampler;
  let testWall0 = 0;
  beforeEach(() => {
    testSampler = new TreeSampler(roots, process.pid);
    testWall0 = performance.now();
  });
  afterEach(({ task }) => {
    const line = { file, test: task.name, wallS: Math.round((performance.now() - testWall0) / 100) / 10, cpuBrowserS: Math.round(testSampler.stop() * 10) / 10 };
    appendFileSync(OUT, `${JSON.stringify(line)}\n`);
  });
}
