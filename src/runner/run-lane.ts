/**
 * A lane of runs for one view (the user's settings, or the baseline): the newest request wins,
 * and a stale result never replaces a newer one.
 *
 * While a lever is dragged, requests arrive far faster than the model runs. The lane does not
 * restart the worker for each of them (a fresh worker runs cold, two or three times slower):
 * it lets the run in flight finish, shows that result (the view keeps moving with the drag), and
 * then runs the newest request, skipping the ones in between. Only a run that has already taken
 * longer than `supersedeAfterMs` (a big population, say) is abandoned for a newer request.
 *
 * Every request gets an id; the state says which id is shown and which is the newest, so the
 * page can tell "up to date" from "catching up".
 */
import type { RunInput, RunResult } from '../../models/index';
import type { ResultCache } from './result-cache';
import { isRunCancelled, type ModelRunner, type RunProgress } from './types';

export const SUPERSEDE_AFTER_MS = 400;

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

export const IDLE_LANE: LaneState = { shown: null, latestId: 0, busy: false, progress: null, error: null };

export class RunLane {
  private nextId = 1;
  private latest: Request | null = null;
  private running: { readonly request: Request; readonly startedAt: number } | null = null;
  private state: LaneState = IDLE_LANE;
  private disposed = false;

  constructor(
    private readonly runner: ModelRunner,
    private readonly cache: ResultCache,
    private readonly onChange: (state: LaneState) => void,
    private readonly clock: () => number = () => performance.now(),
    private readonly supersedeAfterMs = SUPERSEDE_AFTER_MS,
  ) {}

  get snapshot(): LaneState {
    return this.state;
  }

  request(key: string, input: RunInput): void {
    if (this.disposed || this.latest?.key === key) return;
    const request: Request = { id: this.nextId++, key, input };
    this.latest = request;
    const cached = this.cache.get(key);
    if (cached) {
      this.show(request, cached);
      return;
    }
    if (!this.running || this.running.request.key === key) {
      if (!this.running) this.start(request);
    } else if (this.clock() - this.running.startedAt >= this.supersedeAfterMs) {
      this.start(request);
    }
    this.emit({ ...this.state, latestId: request.id, busy: true, error: null, progress: this.running?.request === request ? null : this.state.progress });
  }

  dispose(): void {
    this.disposed = true;
    this.running = null;
    this.runner.dispose();
  }

  private start(request: Request): void {
    const shared = this.cache.running(request.key);
    let run: Promise<RunResult>;
    if (shared) run = shared;
    else {
      run = this.runner.run({ input: request.input, onProgress: (p) => this.progress(request, p) });
      this.cache.track(request.key, run);
    }
    this.running = { request, startedAt: this.clock() };
    run.then(
      (result) => this.finish(request, result),
      (error: unknown) => this.fail(request, error),
    );
  }

  private progress(request: Request, progress: RunProgress): void {
    if (this.disposed || this.running?.request !== request) return;
    this.emit({ ...this.state, progress });
  }

  private finish(request: Request, result: RunResult): void {
    if (this.disposed) return;
    this.cache.set(request.key, result);
    if (this.running?.request === request) this.running = null;
    const latest = this.latest;
    if (latest && latest.key === request.key) this.show(latest, result);
    else if (!this.state.shown || request.id > this.state.shown.id) this.show(request, result);
    this.pump();
  }

  private fail(request: Request, error: unknown): void {
    if (this.disposed || this.running?.request !== request) return; // superseded: a newer run is in charge
    this.running = null;
    if (!isRunCancelled(error)) {
      const message = error instanceof Error ? error.message : String(error);
      if (this.latest === request) {
        this.emit({ ...this.state, busy: false, progress: null, error: message });
        return;
      }
    }
    // Cancelled by the lane that owned a shared run, or failed for an older request: carry on.
    this.pump();
  }

  /** Start the newest request if nothing is running and it is not shown yet. */
  private pump(): void {
    const latest = this.latest;
    if (this.running || !latest || this.state.shown?.id === latest.id) return;
    const cached = this.cache.get(latest.key);
    if (cached) this.show(latest, cached);
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
