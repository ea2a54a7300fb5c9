/**
 * The seminar's autosave and session files: what was saved comes back exactly; a record that
 * cannot be read — damaged, or of a scenario this version does not have — is set aside with the
 * reason, downloadable, and a second one does not replace the first; storage that is missing or
 * refuses is survivable; a broken file names the field.
 */
import { describe, expect, it } from 'vitest';
import { AutosaveSlot } from '../../../shared/storage/autosave-slot';
import { MemoryStorage } from '../../../shared/storage/memory-storage';
import { listSetAside } from '../../../shared/storage/set-aside';
import { reveal, setDecision } from './actions';
import { createSession, SessionError } from './session';
import { decodeStoredSession, readSessionText, sessionFileName, sessionFileText, STORAGE_KEY } from './session-store';

const slotOn = (storage: MemoryStorage | null) => new AutosaveSlot({ key: STORAGE_KEY, feature: 'seminar', storage, channel: null });

describe('session autosave', () => {
  it('restores exactly what was saved after each step', () => {
    const storage = new MemoryStorage();
    let s = createSession({ title: 'Tuesday group', agents: 20_000 });
    s = setDecision(s, 'ngo', { 'searchAndRescue.capacity': 0.5 });
    const slot = slotOn(storage);
    slot.load(decodeStoredSession);
    expect(slot.save(sessionFileText(s))).toBe('saved');
    expect(slotOn(storage).load(decodeStoredSession)).toMatchObject({ value: s, read: 'clean' });
    s = reveal(s);
    slot.save(sessionFileText(s));
    expect(slotOn(storage).load(decodeStoredSession).value).toEqual(s);
  });

  it('sets an unreadable record aside under its own key, says why, and keeps the first when a second one comes', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...createSession(), agents: 5 }));
    const loaded = slotOn(storage).load(decodeStoredSession);
    expect(loaded.value).toBeNull();
    expect(loaded.problem).toMatch(/^agents:/);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    storage.setItem(STORAGE_KEY, '{ damaged');
    slotOn(storage).load(decodeStoredSession);
    expect(listSetAside(storage, 'seminar').map((r) => [r.text.includes('"agents":5'), r.reason.slice(0, 24)])).toEqual([
      [true, 'agents: Too small: expec'],
      [false, '(file): not a session fi'],
    ]);
  });

  it('sets aside a session of a scenario this version does not have (a newer version’s file), naming it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, sessionFileText(createSession()).replace('"scenarioId": "baseline"', '"scenarioId": "from-version-9"'));
    const loaded = slotOn(storage).load(decodeStoredSession);
    expect(loaded.read).toBe('unreadable');
    expect(loaded.problem).toMatch(/^scenarioId: unknown scenario "from-version-9": this version of Crossings does not have it/);
    expect(listSetAside(storage, 'seminar')).toHaveLength(1);
  });

  it('survives storage that is missing', () => {
    const slot = slotOn(null);
    expect(slot.load(decodeStoredSession)).toMatchObject({ value: null, read: 'empty' });
    expect(slot.save(sessionFileText(createSession()))).toBe('unavailable');
  });
});

describe('session files', () => {
  it('round-trip and are named after the session', () => {
    const s = createSession({ title: 'Week 7: Central Med — group B' });
    expect(readSessionText(sessionFileText(s))).toEqual(s);
    expect(sessionFileName(s)).toBe('crossings-session-week-7-central-med-group-b.json');
    expect(sessionFileName(s, 'debrief', 'md')).toBe('crossings-debrief-week-7-central-med-group-b.md');
  });

  it('name the field that is wrong', () => {
    expect(() => readSessionText('{')).toThrow(/not JSON/);
    expect(() => readSessionText(JSON.stringify({ ...createSession(), yearsPerRound: 9 }))).toThrow(/^yearsPerRound:/);
    expect(() => readSessionText(JSON.stringify({ ...createSession(), teams: [] }))).toThrow(SessionError);
    expect(() => readSessionText('x'.repeat(2_000_001))).toThrow(/too large/);
    expect(() => readSessionText(JSON.stringify({ ...createSession(), scenarioId: 'nowhere' }))).toThrow(/^scenarioId: unknown scenario "nowhere"/);
  });
});
