/**
 * The seminar's run queue: every request runs (one at a time, in order), equal inputs run once,
 * and after dispose the queue drops what was waiting but can run again with a fresh runner.
 */
import { describe, expect, it } from 'vitest';
import type { RunInput, RunResult } from '../../models/index';
import { isRunCancelled, RunCancelledError, type ModelRunner, type RunRequest } from '../runner/types';
import { RunQueue } from './run-queue';

class FakeRunner implements ModelRunner {
  readonly started: number[] = [];
  private live: { reject: (e: Error) => void } | null = null;
  disposed = false;
  run(request: RunRequest): Promise<RunResult> {
    const seed = request.input.seed ?? 0;
    this.started.push(seed);
    return new Promise((resolve, reject) => {
      this.live = { reject };
      setTimeout(() => resolve({ seed, months: [], summary: {} } as unknown as RunResult), 1);
    });
  }
  cancel(): void {
    this.live?.reject(new RunCancelledError());
  }
  dispose(): void {
    this.disposed = true;
    this.cancel();
  }
}

const input = (seed: number): RunInput => ({ seed, agents: 1000 });

describe('RunQueue', () => {
  it('runs every request in order, one at a time, and each input once', async () => {
    const runners: FakeRunner[] = [];
    const queue = new RunQueue(() => {
      runners.push(new FakeRunner());
      return runners[runners.length - 1];
    });
    const results = await Promise.all([queue.run(input(1)), queue.run(input(2)), queue.run(input(1)), queue.run(input(3))]);
    expect(results.map((r) => (r as unknown as { seed: number }).seed)).toEqual([1, 2, 1, 3]);
    expect(runners).toHaveLength(1);
    expect(runners[0].started).toEqual([1, 2, 3]);
    expect(queue.peek(JSON.stringify(input(2)))).toBe(results[1]);
    await queue.run(input(2));
    expect(runners[0].started).toEqual([1, 2, 3]); // cached
  });

  it('drops waiting runs on dispose, and starts a fresh runner for the next request', async () => {
    const runners: FakeRunner[] = [];
    const queue = new RunQueue(() => {
      runners.push(new FakeRunner());
      return runners[runners.length - 1];
    });
    const first = queue.run(input(1));
    const waiting = queue.run(input(2));
    await Promise.resolve(); // the first run starts
    await Promise.resolve();
    expect(runners).toHaveLength(1);
    queue.dispose();
    await expect(first).rejects.toSatisfy(isRunCancelled);
    await expect(waiting).rejects.toSatisfy(isRunCancelled);
    expect(runners[0].disposed).toBe(true);
    const again = await queue.run(input(2));
    expect((again as unknown as { seed: number }).seed).toBe(2);
    expect(runners).toHaveLength(2);
  });
});
