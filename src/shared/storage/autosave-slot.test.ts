/**
 * The autosave rules, on a storage area in memory with a quota and simulated tabs: an unreadable
 * record is set aside under its own key before the main key goes, and a second one does not
 * replace the first; with storage full it is held — neither removed nor saved over — until it can
 * be set aside or the user discards it; a full storage is reported and retried; a tab whose record
 * another tab saved since refuses to save, whether it heard the message or slept through it.
 */
import { describe, expect, it } from 'vitest';
import { AutosaveSlot, type Decoded } from './autosave-slot';
import { MemoryStorage, TabBus } from './memory-storage';
import { listSetAside, SET_ASIDE_PREFIX, setAsideFileName } from './set-aside';

const KEY = 'crossings:test';
/** A decoder for the tests: "ok:…" reads cleanly, "part:…" partly, anything else not at all. */
const decode = (text: string): Decoded<string> =>
  text.startsWith('ok:') ? { value: text.slice(3), read: 'clean' } : text.startsWith('part:') ? { value: text.slice(5), read: 'partial', problem: 'some of it is unknown' } : { value: null, read: 'unreadable', problem: 'not a record' };

let clock = Date.parse('2026-11-29T10:00:00Z');
const now = () => new Date((clock += 1000));

function tab(storage: MemoryStorage, bus = new TabBus(), name = 'a') {
  const slot = new AutosaveSlot({ key: KEY, feature: 'test', storage, channel: bus.channel(), now, tab: name });
  slot.connect();
  return slot;
}

describe('an autosave that cannot be read', () => {
  it('is set aside under its own key before the main key is removed, exactly as it was', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, '{garbled');
    const slot = tab(storage);
    const loaded = slot.load(decode);
    expect(loaded).toMatchObject({ value: null, read: 'unreadable', problem: 'not a record' });
    expect(storage.getItem(KEY)).toBeNull();
    const [record] = listSetAside(storage, 'test');
    expect(record).toMatchObject({ key: loaded.setAsideKey, from: KEY, reason: 'not a record', text: '{garbled' });
    expect(record.key.startsWith(`${SET_ASIDE_PREFIX}test:2026-11-29T10:00`)).toBe(true);
    expect(setAsideFileName(record)).toMatch(/^crossings-unreadable-test-2026-11-29-1000\d\d\.txt$/);
    expect(slot.getSnapshot().setAside).toHaveLength(1);
    expect(slot.save('ok:new')).toBe('saved');
    expect(storage.getItem(KEY)).toBe('ok:new');
  });

  it('a second corruption keeps the first record: each gets its own key', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'first bad');
    tab(storage).load(decode);
    storage.setItem(KEY, 'second bad');
    tab(storage).load(decode);
    expect(listSetAside(storage, 'test').map((r) => r.text)).toEqual(['first bad', 'second bad']);
  });

  it('partly readable: set aside, used, and replaced by the next save', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'part:mostly');
    const slot = tab(storage);
    expect(slot.load(decode)).toMatchObject({ value: 'mostly', read: 'partial' });
    expect(storage.getItem(KEY)).toBe('part:mostly');
    expect(listSetAside(storage).map((r) => r.text)).toEqual(['part:mostly']);
    expect(slot.save('ok:mostly')).toBe('saved');
  });

  it('with storage full, is held: not removed, never saved over, set aside as soon as there is room', () => {
    const storage = new MemoryStorage(60);
    storage.setItem(KEY, 'x'.repeat(40));
    const slot = tab(storage);
    expect(slot.load(decode).setAsideKey).toBeNull();
    expect(slot.getSnapshot()).toMatchObject({ state: 'held', held: { text: 'x'.repeat(40), reason: 'not a record' } });
    expect(slot.save('ok:new work')).toBe('held');
    expect(storage.getItem(KEY)).toBe('x'.repeat(40));
    storage.quota = 1_000;
    expect(slot.save('ok:new work')).toBe('saved');
    expect(listSetAside(storage).map((r) => r.text)).toEqual(['x'.repeat(40)]);
    expect(storage.getItem(KEY)).toBe('ok:new work');
  });

  it('held, then discarded by the user (after downloading it): saving resumes', () => {
    const storage = new MemoryStorage(60);
    storage.setItem(KEY, 'y'.repeat(40));
    const slot = tab(storage);
    slot.load(decode);
    slot.discardHeld();
    expect(slot.getSnapshot().held).toBeNull();
    expect(slot.save('ok:fresh')).toBe('saved');
  });
});

describe('a full storage', () => {
  it('is reported, keeps the last record, and is retried at the next save', () => {
    const storage = new MemoryStorage(40);
    const slot = tab(storage);
    slot.load(decode);
    expect(slot.save('ok:small')).toBe('saved');
    expect(slot.save(`ok:${'z'.repeat(50)}`)).toBe('full');
    expect(storage.getItem(KEY)).toBe('ok:small');
    storage.quota = 1_000;
    expect(slot.save(`ok:${'z'.repeat(50)}`)).toBe('saved');
  });

  it('no storage at all: says so, and nothing throws', () => {
    const slot = new AutosaveSlot({ key: KEY, feature: 'test', storage: null, channel: null });
    expect(slot.load(decode).read).toBe('empty');
    expect(slot.save('ok:x')).toBe('unavailable');
  });
});

describe('two tabs', () => {
  it('the tab that did not save last becomes stale when told, and refuses to save', () => {
    const storage = new MemoryStorage();
    const bus = new TabBus();
    const a = tab(storage, bus, 'a');
    const b = tab(storage, bus, 'b');
    a.load(decode);
    b.load(decode);
    expect(a.save('ok:from a')).toBe('saved');
    expect(b.getSnapshot().state).toBe('stale');
    expect(b.save('ok:from b')).toBe('stale');
    expect(storage.getItem(KEY)).toBe('ok:from a');
    expect(a.save('ok:a again')).toBe('saved');
  });

  it('a tab that slept through the message still cannot overwrite: the stored record is checked first', () => {
    const storage = new MemoryStorage();
    const a = tab(storage, new TabBus(), 'a');
    const b = tab(storage, new TabBus(), 'b'); // not on the same bus: never hears a
    a.load(decode);
    b.load(decode);
    a.save('ok:from a');
    expect(b.save('ok:from b')).toBe('stale');
    expect(storage.getItem(KEY)).toBe('ok:from a');
  });

  it('the browser’s storage event (the fallback without BroadcastChannel) makes a tab stale too', () => {
    const storage = new MemoryStorage();
    let hear: (m: { key: string; tab: string }) => void = () => undefined;
    const b = new AutosaveSlot({ key: KEY, feature: 'test', storage, channel: { post: () => undefined, listen: (h) => ((hear = h), () => undefined) }, tab: 'b' });
    b.connect();
    b.load(decode);
    storage.setItem(KEY, 'ok:written elsewhere');
    hear({ key: KEY, tab: 'storage-event' });
    expect(b.getSnapshot().state).toBe('stale');
  });

  it('taking over is explicit: the stale tab saves, and the other becomes stale', () => {
    const storage = new MemoryStorage();
    const bus = new TabBus();
    const a = tab(storage, bus, 'a');
    const b = tab(storage, bus, 'b');
    a.load(decode);
    b.load(decode);
    a.save('ok:a');
    expect(b.takeOver('ok:b')).toBe('saved');
    expect(a.getSnapshot().state).toBe('stale');
    expect(storage.getItem(KEY)).toBe('ok:b');
  });
});

describe('opening the page twice, and clearing', () => {
  it('the same partly readable record read twice (two loads before a save) is kept once, not twice', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'part:mostly');
    tab(storage).load(decode);
    const again = tab(storage).load(decode);
    expect(listSetAside(storage, 'test')).toHaveLength(1);
    expect(again.setAsideKey).toBe(listSetAside(storage, 'test')[0].key);
  });

  it('clearing removes the record, but not one another tab saved since, nor one held unreadable', () => {
    const storage = new MemoryStorage();
    const bus = new TabBus();
    const a = tab(storage, bus, 'a');
    const b = tab(storage, bus, 'b');
    a.load(decode);
    b.load(decode);
    a.save('ok:a');
    expect(b.clear()).toBe('stale');
    expect(storage.getItem(KEY)).toBe('ok:a');
    expect(a.clear()).toBe('saved');
    expect(storage.getItem(KEY)).toBeNull();

    const full = new MemoryStorage(40);
    full.setItem(KEY, 'garbled record');
    const c = tab(full, new TabBus(), 'c');
    c.load(decode);
    expect(c.clear()).toBe('held');
    expect(full.getItem(KEY)).toBe('garbled record');
  });
});
