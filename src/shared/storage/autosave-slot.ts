/**
 * One autosave (the seminar's session, the explorer's settings, the comparison, the imported
 * scenarios): read once when the view opens, then written after every change, by rules that
 * lose nothing.
 *
 * - A record that cannot be read, wholly or in part, is set aside under a key of its own before
 *   anything else happens (set-aside.ts); the main key is removed only once the copy is kept.
 *   If it cannot be kept (storage full), the record stays where it is and this slot refuses to
 *   save over it ("held") until it can be set aside, or the user discards it after downloading.
 * - A full storage is reported as such ("full"): the work stays in the tab, and each later save
 *   tries again.
 * - Another tab that saved the same record makes this one "stale": it refuses to save (the other
 *   tab's work would be lost) and the page offers to reload. Besides the word from other tabs
 *   (tab-channel.ts), each save first checks that the stored record is still the one this tab
 *   last read or wrote, so a tab that slept through the message cannot overwrite either.
 *
 * Pure logic over a storage area and a channel, both given, so it is tested without a browser.
 */
import { discardSetAside, listSetAside, setAside, type SetAsideRecord } from './set-aside';
import { tryRead, tryRemove, tryWrite, type StorageLike } from './storage-area';
import { THIS_TAB, type TabChannel } from './tab-channel';

export type SaveState =
  /** Saved in this browser (or nothing to save yet). */
  | 'saved'
  /** No storage here (a private window, storage switched off): the work lives in this tab only. */
  | 'unavailable'
  /** The storage is full: the work lives in this tab only until a save succeeds. */
  | 'full'
  /** Another tab saved since this one read: this tab no longer saves. */
  | 'stale'
  /** A record that could not be read is still under the main key and could not be set aside. */
  | 'held';

/** What a decoder makes of the stored text. */
export interface Decoded<T> {
  readonly value: T | null;
  /** 'clean': read as written; 'partial': used, but some of it was not; 'unreadable': not used at all. */
  readonly read: 'clean' | 'partial' | 'unreadable';
  /** Why it was not read as written, in words. */
  readonly problem?: string;
}

export interface Loaded<T> {
  readonly value: T | null;
  readonly read: 'empty' | 'clean' | 'partial' | 'unreadable';
  readonly problem: string | null;
  /** The key the record was set aside under, when it was. */
  readonly setAsideKey: string | null;
}

export interface SlotSnapshot {
  readonly state: SaveState;
  /** Records set aside from this autosave (and not yet discarded), oldest first. */
  readonly setAside: readonly SetAsideRecord[];
  /** The unreadable record still under the main key, when it could not be set aside. */
  readonly held: SetAsideRecord | null;
}

export interface SlotOptions {
  /** The main storage key, e.g. `crossings:seminar`. */
  readonly key: string;
  /** Short name for set-aside keys and file names: seminar, explorer, compare, library. */
  readonly feature: string;
  readonly storage: StorageLike | null;
  readonly channel: TabChannel | null;
  readonly now?: () => Date;
  /** This tab's identity (tests give each simulated tab its own). */
  readonly tab?: string;
}

export class AutosaveSlot {
  private lastSeen: string | null = null;
  private stale = false;
  private state: SaveState = 'saved';
  private held: { text: string; reason: string; at: string } | null = null;
  private readonly listeners = new Set<() => void>();
  private setAsideList: readonly SetAsideRecord[];
  private heldRecord: SetAsideRecord | null = null;
  private snapshot: SlotSnapshot;

  constructor(private readonly options: SlotOptions) {
    if (!options.storage) this.state = 'unavailable';
    this.setAsideList = listSetAside(options.storage, options.feature);
    this.snapshot = { state: this.state, setAside: this.setAsideList, held: null };
  }

  private get storage(): StorageLike | null {
    return this.options.storage;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private heard(key: string, tab: string): void {
    if (tab === (this.options.tab ?? THIS_TAB)) return;
    if (key !== this.options.key && key !== '*') return;
    // The storage event also fires for this tab's own writes seen from elsewhere: compare contents.
    if (this.storage && tryRead(this.storage, this.options.key) === this.lastSeen) return;
    this.stale = true;
    this.setState('stale');
  }

  /** Read the record and decide what to keep. Call once, before the first save. */
  load<T>(decode: (text: string) => Decoded<T>): Loaded<T> {
    const { storage } = this;
    if (!storage) return { value: null, read: 'empty', problem: null, setAsideKey: null };
    const text = tryRead(storage, this.options.key);
    this.lastSeen = text;
    if (text === null) return { value: null, read: 'empty', problem: null, setAsideKey: null };
    let decoded: Decoded<T>;
    try {
      decoded = decode(text);
    } catch (error) {
      // Decoders do not throw; if one ever does, its record is treated as unreadable, never lost.
      decoded = { value: null, read: 'unreadable', problem: error instanceof Error ? error.message : '' };
    }
    if (decoded.read === 'clean') return { value: decoded.value, read: 'clean', problem: null, setAsideKey: null };
    const problem = decoded.problem ?? '';
    const kept = setAside(storage, { feature: this.options.feature, from: this.options.key, reason: problem, text, now: this.now() });
    if ('key' in kept) {
      // Kept aside: an unreadable record can leave the main key now; a partial one is replaced by the next save.
      if (decoded.read === 'unreadable' && tryRemove(storage, this.options.key)) this.lastSeen = null;
      this.refresh(true);
      return { value: decoded.value, read: decoded.read, problem, setAsideKey: kept.key };
    }
    this.held = { text, reason: problem, at: this.now().toISOString() };
    this.setState('held');
    return { value: decoded.value, read: decoded.read, problem, setAsideKey: null };
  }

  /** Save the record's new text. Never throws; the state says what happened. */
  save(text: string): SaveState {
    return this.write(text, false);
  }

  /** Save even though another tab saved since (the user chose this tab's work). */
  takeOver(text: string): SaveState {
    this.stale = false;
    return this.write(text, true);
  }

  private write(text: string, force: boolean): SaveState {
    const { storage } = this;
    if (!storage) return this.setState('unavailable');
    if (this.stale && !force) return this.setState('stale');
    if (this.held) {
      // Try again to keep the unreadable record before anything replaces it.
      const kept = setAside(storage, { feature: this.options.feature, from: this.options.key, reason: this.held.reason, text: this.held.text, now: this.now() });
      if ('failed' in kept) return this.setState('held');
      this.held = null;
      this.refresh(true);
    }
    const current = tryRead(storage, this.options.key);
    if (current !== this.lastSeen && !force) {
      this.stale = true;
      return this.setState('stale');
    }
    if (current === text) {
      this.lastSeen = text;
      return this.setState('saved');
    }
    const outcome = tryWrite(storage, this.options.key, text);
    if (outcome === 'written') {
      this.lastSeen = text;
      this.options.channel?.post({ key: this.options.key, tab: this.options.tab ?? THIS_TAB });
      return this.setState('saved');
    }
    return this.setState(outcome === 'full' ? 'full' : 'unavailable');
  }

  /** Remove the record (nothing left to keep, e.g. no imported scenarios), by the same rules as a save. */
  clear(): SaveState {
    const { storage } = this;
    if (!storage) return this.setState('unavailable');
    if (this.stale) return this.setState('stale');
    if (this.held) return this.setState('held');
    const current = tryRead(storage, this.options.key);
    if (current === null) return this.setState('saved');
    if (current !== this.lastSeen) {
      this.stale = true;
      return this.setState('stale');
    }
    if (!tryRemove(storage, this.options.key)) return this.setState('unavailable');
    this.lastSeen = null;
    this.options.channel?.post({ key: this.options.key, tab: this.options.tab ?? THIS_TAB });
    return this.setState('saved');
  }

  /** Drop the unreadable record kept under the main key (the user has downloaded it, or does not want it). */
  discardHeld(): void {
    if (!this.held || !this.storage) return;
    if (tryRead(this.storage, this.options.key) === this.held.text) tryRemove(this.storage, this.options.key);
    this.lastSeen = tryRead(this.storage, this.options.key);
    this.held = null;
    this.setState('saved');
  }

  /** Remove a record set aside from this autosave. */
  discard(key: string): void {
    discardSetAside(this.storage, key);
    this.refresh(true);
  }

  /** Listen to the other tabs (from the view's first effect); returns the way to stop. */
  connect(): () => void {
    return this.options.channel?.listen((m) => this.heard(m.key, m.tab)) ?? (() => undefined);
  }

  getSnapshot = (): SlotSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private setState(state: SaveState): SaveState {
    this.state = state;
    this.refresh();
    return state;
  }

  /** Recompute the snapshot (re-listing the records set aside when they may have changed) and tell the page if anything it shows changed. */
  private refresh(relist = false): void {
    if (relist) this.setAsideList = listSetAside(this.storage, this.options.feature);
    if (!this.held) this.heldRecord = null;
    else if (this.heldRecord?.text !== this.held.text)
      this.heldRecord = { key: this.options.key, feature: this.options.feature, from: this.options.key, at: this.held.at, reason: this.held.reason, text: this.held.text };
    const { snapshot } = this;
    if (snapshot.state === this.state && snapshot.held === this.heldRecord && snapshot.setAside === this.setAsideList) return;
    this.snapshot = { state: this.state, setAside: this.setAsideList, held: this.heldRecord };
    for (const listener of this.listeners) listener();
  }
}
