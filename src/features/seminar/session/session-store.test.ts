/**
 * Autosave and session files: what was saved comes back exactly, a broken record is set aside
 * with a message (not overwritten, not fatal), storage that refuses is survivable, and a broken
 * file names the field.
 */
import { describe, expect, it } from 'vitest';
import { reveal, setDecision } from './actions';
import { createSession, SessionError } from './session';
import { BROKEN_KEY, clearSession, loadSession, readSessionText, saveSession, sessionFileName, sessionFileText, STORAGE_KEY, type StorageLike } from './session-store';

class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const refusing: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('session autosave', () => {
  it('restores exactly what was saved after each step', () => {
    const storage = new MemoryStorage();
    let s = createSession({ title: 'Tuesday group', agents: 20_000 });
    s = setDecision(s, 'ngo', { 'searchAndRescue.capacity': 0.5 });
    expect(saveSession(storage, s)).toBe(true);
    expect(loadSession(storage)).toEqual({ session: s, problem: null });
    s = reveal(s);
    saveSession(storage, s);
    expect(loadSession(storage).session).toEqual(s);
    clearSession(storage);
    expect(loadSession(storage)).toEqual({ session: null, problem: null });
  });

  it('sets an unreadable record aside and says why', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...createSession(), agents: 5 }));
    const loaded = loadSession(storage);
    expect(loaded.session).toBeNull();
    expect(loaded.problem).toMatch(/agents/);
    expect(storage.getItem(BROKEN_KEY)).toContain('"agents": 5'.replace(': ', ':'));
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('survives storage that is missing or refuses', () => {
    expect(loadSession(null)).toEqual({ session: null, problem: null });
    expect(loadSession(refusing)).toEqual({ session: null, problem: null });
    expect(saveSession(refusing, createSession())).toBe(false);
    expect(() => clearSession(refusing)).not.toThrow();
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
  });
});
