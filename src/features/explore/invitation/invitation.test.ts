import { describe, expect, it } from 'vitest';
import { LEVER_BY_KEY } from '../../../../models/index';
import { MemoryStorage } from '../../../shared/storage/memory-storage';
import type { StorageLike } from '../../../shared/storage/storage-area';
import { currentExperiment, EXPERIMENT_IDS, EXPERIMENTS, experimentMoves } from './experiments';
import { INVITATION_KEY, invitationDismissed, rememberDismissal } from './invitation-memory';

/** Applies the moves to a set of overrides the way the explorer's reducer does (no aims, scenario at the defaults). */
function apply(overrides: Record<string, number>, id: (typeof EXPERIMENT_IDS)[number]): Record<string, number> {
  const out = { ...overrides };
  for (const move of experimentMoves(id)) {
    if (move.type === 'setLever') out[move.key] = move.value;
    else delete out[move.key];
  }
  return out;
}

describe('the first experiments', () => {
  it('name real levers, at values inside their ranges and on their steps', () => {
    for (const id of EXPERIMENT_IDS) {
      for (const [key, value] of Object.entries(EXPERIMENTS[id])) {
        const spec = LEVER_BY_KEY.get(key);
        expect(spec, key).toBeDefined();
        expect(value).toBeGreaterThanOrEqual(spec!.min);
        expect(value).toBeLessThanOrEqual(spec!.max);
        expect(Math.abs(value / spec!.step - Math.round(value / spec!.step))).toBeLessThan(1e-9);
        expect(value, `${key} must move away from its default`).not.toBe(spec!.defaultValue);
      }
    }
  });

  it('"both" is the surge and the pathways together', () => {
    expect(EXPERIMENTS.both).toEqual({ ...EXPERIMENTS.surge, ...EXPERIMENTS.pathways });
  });

  it('trying one after another leaves only the last one, and other levers alone', () => {
    let overrides: Record<string, number> = { 'rootCauses.investment': 0.5 };
    overrides = apply(overrides, 'surge');
    expect(currentExperiment({ ...overrides }, overrides)).toBe('surge');
    overrides = apply(overrides, 'pathways');
    expect(overrides).toEqual({ 'rootCauses.investment': 0.5, ...EXPERIMENTS.pathways });
    expect(currentExperiment({ ...overrides }, overrides)).toBe('pathways');
    overrides = apply(overrides, 'both');
    expect(currentExperiment({ ...overrides }, overrides)).toBe('both');
  });

  it('no experiment is current when a lever it names was moved elsewhere', () => {
    const overrides = { ...EXPERIMENTS.surge, 'enforcement.intensity': 0.8 };
    expect(currentExperiment(overrides, overrides)).toBeUndefined();
  });
});

describe('remembering the dismissal', () => {
  it('is remembered in the storage', () => {
    const storage = new MemoryStorage();
    expect(invitationDismissed(storage)).toBe(false);
    expect(rememberDismissal(storage)).toBe('written');
    expect(invitationDismissed(storage)).toBe(true);
    expect(storage.getItem(INVITATION_KEY)).not.toBeNull();
  });

  it('says so, without throwing, when the storage is full', () => {
    const full = new MemoryStorage(0);
    expect(rememberDismissal(full)).toBe('full');
    expect(invitationDismissed(full)).toBe(false);
  });

  it('shows the strip and never throws where storage is forbidden', () => {
    const forbidden: StorageLike = {
      length: 0,
      key: () => null,
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {},
    };
    expect(invitationDismissed(forbidden)).toBe(false);
    expect(rememberDismissal(forbidden)).toBe('refused');
    expect(invitationDismissed(null)).toBe(false);
    expect(rememberDismissal(null)).toBe('refused');
  });
});
