/**
 * A token bucket per socket: a burst of messages is allowed, then a steady rate. A socket that
 * keeps sending into an empty bucket collects strikes and is closed; one that slows down to the
 * rate is served again. The clock is injected so that tests need not wait.
 */
export interface RateLimit {
  /** Messages allowed at once. */
  readonly burst: number;
  /** Messages per second refilled. */
  readonly perSecond: number;
  /** Refused messages in a row after which the socket is closed. */
  readonly maxStrikes: number;
}

/** A phone sends a few messages a minute; a facilitator's publish is one per round. */
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 30, perSecond: 10, maxStrikes: 50 };

export class TokenBucket {
  private tokens: number;
  private last: number;
  /** Refused messages since the last accepted one. */
  strikes = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = limit.burst;
    this.last = now();
  }

  /** Take one token: 'ok', 'refused' (tell the sender), or 'close' (too many refusals in a row). */
  take(): 'ok' | 'refused' | 'close' {
    const t = this.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((t - this.last) / 1000) * this.limit.perSecond);
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.strikes = 0;
      return 'ok';
    }
    this.strikes += 1;
    return this.strikes > this.limit.maxStrikes ? 'close' : 'refused';
  }
}
