/**
 * Policy "the newest request wins": a lane of runs for one view (the explorer's user settings, or
 * its baseline). A stale result never replaces a newer one.
 *
 * While a lever is dragged, requests arrive far faster than the model runs. The lane does not
 * give up the run in flight for each of them (its worker would be terminated, and a fresh worker
 * runs cold, two or three times slower): it lets that run finish, shows its result (the view
 * keeps moving with the drag), and then runs the newest request, skipping the ones in between.
 * A run is abandoned for a newer request only when finishing it would cost more than the newer
 * run is worth waiting for: it has taken longer than `supersedeAfterMs` and, at its pace so far,
 * still has longer than that to go (a big population, say). A run that is merely slow but nearly
 * done (a cold worker, a busy machine, a phone) is let finish: stopping it would start a fresh
 * worker, colder and slower still, and on a slow enough device every run of a drag would be
 * stopped in turn and nothing would ever be shown.
 *
 * While `hold()` says so (the explorer: a lever is being dragged, lever-activity.ts), no run is
 * abandoned at all: the newer request will itself be superseded within moments, so stopping a
 * run for it only trades a warm worker for a cold one. On a busy machine every run of a drag
 * was slow enough to be stopped, and each stop started a fresh worker (traced: over twenty
 * worker threads in one two-second drag), competing with the page for the cores. Once the hand
 * stops, the next progress report of the run in flight is judged as above.
 *
 * Every request gets an id; the state says which id is shown and which is the newest, so the
 * page can tell "up to date" from "catching up". Two lanes on one service share a run of equal
 * inputs (the service does), and the store answers inputs already run.
 */
import type { RunInput, RunResult } from '../../models/index';
import { errorMessage, isRunCancelled, type ModelRunner, type RunProgress } from './types';

export const SUPERSEDE_AFTER_MS = 400;

/**
 * A run that has said nothing of its progress (it reports only once it has taken 200 ms,
 * progress-gate.ts; a population being drawn says nothing) is abandoned only after this many
 * times `supersedeAfterMs`.
 */
export const UNREPORTED_SUPERSEDE_FACTOR = 4;

export interface ShownRun {
  readonly id: number;
  readonly key: string;
  readonly result: RunResult;
}

export interface LaneState {
  readonly shown: ShownRun | null;
  /** Id of the newest request (0 before the first). */
  readonly latestId: number;
  /** The newest request is not shown yet. */
  readonly busy: boolean;
  /** Progress of the run in flight, once it is slow enough to report any. */
  readonly progress: RunProgress | null;
  readonly error: string | null;
}

interface Request {
  readonly id: number;
  readonly key: string;
  readonly input: RunInput;
}

interface Running {
  readonly request: Request;
  readonly startedAt: number;
  readonly controller: AbortController;
  /** The run's last report of progress, if any. */
  progress: RunProgress | null;
}

export const IDLE_LANE: LaneState = { shown: null, latestId: 0, busy: false, progress: null, error: null };

export class RunLane {
  private nextId = 1;
  private latest: Request | null = null;
  private running: Running | null = null;
  private state: LaneState = IDLE_LANE;
  private disposed = false;

  constructor(
    private readonly runner: ModelRunner,
    private readonly onChange: (state: LaneState) => void,
    private readonly clock: () => number = () => performance.now(),
    private readonly supersedeAfterMs = SUPERSEDE_AFTER_MS,
    /** While true, the run in flight is never abandoned (see the top of the file). */
    private readonly hold: () => boolean = () => false,
  ) {}

  get snapshot(): LaneState {
    return this.state;
  }

  request(input: RunInput): void {
    if (this.disposed) return;
    const key = this.runner.keyOf(input);
    if (this.latest?.key === key) return;
    const request: Request = { id: this.nextId++, key, input };
    this.latest = request;
    const stored = this.runner.peek(input);
    if (stored) {
      this.show(request, stored);
      return;
    }
    const running = this.running;
    if (!running) this.start(request);
    else if (running.request.key !== key && this.worthAbandoning(running)) this.abandonFor(running, request);
    this.emit({ ...this.state, latestId: request.id, busy: true, error: null, progress: this.running?.request === request ? null : this.state.progress });
  }

  /** Give up the run in flight and ignore everything after. */
  dispose(): void {
    this.disposed = true;
    this.running?.controller.abort();
    this.running = null;
  }

  /** Finishing the run in flight would take longer than `supersedeAfterMs` more (see the top of the file). */
  private worthAbandoning(running: Running): boolean {
    if (this.hold()) return false;
    const elapsed = this.clock() - running.startedAt;
    if (elapsed < this.supersedeAfterMs) return false;
    const p = running.progress;
    if (!p || p.month <= 0) return elapsed >= UNREPORTED_SUPERSEDE_FACTOR * this.supersedeAfterMs;
    const remaining = (elapsed * Math.max(0, p.total - p.month)) / p.month;
    return remaining > this.supersedeAfterMs;
  }

  private abandonFor(running: Running, request: Request): void {
    this.running = null;
    running.controller.abort();
    this.start(request);
  }

  private start(request: Request): void {
    const controller = new AbortController();
    this.running = { request, startedAt: this.clock(), controller, progress: null };
    this.runner.run(request.input, { signal: controller.signal, onProgress: (p) => this.progress(request, p) }).then(
      (result) => this.finish(request, result),
      (error: unknown) => this.fail(request, error),
    );
  }

  private progress(request: Request, progress: RunProgress): void {
    const running = this.running;
    if (this.disposed || running?.request !== request) return;
    running.progress = progress;
    // A newer request waits for this run: its pace may now show it is not worth finishing.
    const latest = this.latest;
    if (latest && latest.key !== request.key && this.worthAbandoning(running)) {
      this.abandonFor(running, latest);
      this.emit({ ...this.state, busy: true, progress: null });
      return;
    }
    this.emit({ ...this.state, progress });
  }

  private finish(request: Request, result: RunResult): void {
    if (this.disposed) return;
    if (this.running?.request === request) this.running = null;
    const latest = this.latest;
    if (latest && latest.key === request.key) this.show(latest, result);
    else if (!this.state.shown || request.id > this.state.shown.id) this.show(request, result);
    this.pump();
  }

  private fail(request: Request, error: unknown): void {
    if (this.disposed || this.running?.request !== request) return; // given up: a newer run is in charge
    this.running = null;
    if (!isRunCancelled(error) && this.latest === request) {
      this.emit({ ...this.state, busy: false, progress: null, error: errorMessage(error) });
      return;
    }
    // Failed for an older request, or cancelled from outside: carry on with the newest.
    this.pump();
  }

  /** Start the newest request if nothing is running and it is not shown yet. */
  private pump(): void {
    const latest = this.latest;
    if (this.running || !latest || this.state.shown?.id === latest.id) return;
    const stored = this.runner.peek(latest.input);
    if (stored) this.show(latest, stored);
    else this.start(latest);
  }

  private show(request: Request, result: RunResult): void {
    const latestId = this.latest?.id ?? request.id;
    this.emit({ shown: { id: request.id, key: request.key, result }, latestId, busy: latestId !== request.id, progress: null, error: null });
  }

  private emit(state: LaneState): void {
    this.state = state;
    this.onChange(state);
  }
}
