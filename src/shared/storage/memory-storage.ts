/**
 * A storage area in memory with a quota, and a channel linking simulated tabs: what the autosave
 * tests (and the fault-injection browser test's reasoning) need to fill storage to the brim,
 * corrupt a record and open a second tab, without a browser.
 */
import type { StorageLike } from './storage-area';
import type { TabChannel, TabMessage } from './tab-channel';

export class MemoryStorage implements StorageLike {
  private readonly map = new Map<string, string>();

  /** `quota`: most characters (keys and values) it holds, as browsers count localStorage. */
  constructor(public quota = Infinity) {}

  get length(): number {
    return this.map.size;
  }

  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const used = this.used() - (this.map.has(key) ? key.length + (this.map.get(key)?.length ?? 0) : 0);
    if (used + key.length + value.length > this.quota) {
      const error = new Error(`quota of ${this.quota} characters exceeded`);
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.map.set(key, String(value));
  }

  removeItem(key: string): void {
    this.map.delete(key);
  }

  used(): number {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + v.length;
    return n;
  }
}

/** A broadcast bus: each simulated tab gets a channel; a message reaches every channel but the sender's. */
export class TabBus {
  private readonly handlers = new Set<{ handler: (m: TabMessage) => void; from: object }>();

  channel(): TabChannel {
    const self = {};
    return {
      post: (message) => {
        for (const h of this.handlers) if (h.from !== self) h.handler(message);
      },
      listen: (handler) => {
        const entry = { handler, from: self };
        this.handlers.add(entry);
        return () => this.handlers.delete(entry);
      },
    };
  }
}
