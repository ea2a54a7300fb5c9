/**
 * Lists of agents by what they are doing, so that each phase visits only the people it concerns
 * instead of scanning the whole population every month: people who have just come home and need
 * their next decision scheduled, the trapped, the regular queue and the travellers. Each list
 * keeps the order in which people joined it. A list may hold people who have since left its
 * state; they are dropped the next time the list is visited.
 */

import { Code, CODE_STRIDE } from './layout';

export interface AgentList {
  readonly items: Int32Array;
  count: number;
}

export function makeList(capacity: number): AgentList {
  return { items: new Int32Array(capacity), count: 0 };
}

export function push(list: AgentList, i: number): void {
  // Each person is on a list at most once between visits, so this cannot overflow unless a
  // phase files someone twice — a bug worth stopping for rather than losing a person silently.
  if (list.count >= list.items.length) throw new Error('agent list overflow');
  list.items[list.count++] = i;
}

/**
 * Visit the entries present now, in order, and keep those still in `state` afterwards. Entries
 * added while visiting are not visited (they wait for the next month) but are kept.
 */
export function visit(list: AgentList, codes: Uint16Array, state: number, step: (i: number) => void): void {
  const items = list.items;
  const visiting = list.count;
  let kept = 0;
  for (let k = 0; k < visiting; k++) {
    const i = items[k];
    if (codes[i * CODE_STRIDE + Code.State] !== state) continue; // left this state since joining the list
    step(i);
    if (codes[i * CODE_STRIDE + Code.State] === state) items[kept++] = i;
  }
  // Keep whatever joined during the visit.
  for (let k = visiting; k < list.count; k++) items[kept++] = items[k];
  list.count = kept;
}

/**
 * The decision calendar: for each month on the internal clock, a linked list of the people at
 * home whose decision falls due that month. Entries can go stale (the person was rescheduled or
 * left home); the due month stored on the person is the truth and is checked on visiting.
 */
export class DecisionCalendar {
  private readonly head: Int32Array;
  private readonly next: Int32Array;

  constructor(agents: number, months: number) {
    this.head = new Int32Array(months + 1).fill(-1);
    this.next = new Int32Array(agents);
  }

  add(i: number, month: number): void {
    if (month < 0 || month >= this.head.length) return; // never, or after the run ends
    this.next[i] = this.head[month];
    this.head[month] = i;
  }

  clear(): void {
    this.head.fill(-1);
  }

  /** Call `f` for every entry filed under `month` (stale ones included). */
  forEachDue(month: number, f: (i: number) => void): void {
    if (month < 0 || month >= this.head.length) return;
    for (let i = this.head[month]; i !== -1; ) {
      const following = this.next[i];
      f(i);
      i = following;
    }
  }
}

/** A list of agents that grows as needed, for the cohorts of one month (cleared, not freed, each month). */
export class GrowableList {
  items = new Int32Array(256);
  count = 0;

  push(i: number): void {
    if (this.count === this.items.length) {
      const bigger = new Int32Array(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    this.items[this.count++] = i;
  }

  clear(): void {
    this.count = 0;
  }
}
