/**
 * React hooks over an autosave slot: one slot per view for the view's lifetime (on the browser's
 * localStorage and the tabs' channel), listening to the other tabs while the view is open, and
 * its state — saved, full, stale, held, and the records set aside — for the page to show.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { AutosaveSlot, type SlotSnapshot } from './autosave-slot';
import { browserStorage } from './storage-area';
import { browserTabChannel } from './tab-channel';

/** A slot on this browser's storage, created once per mount. */
export function useAutosaveSlot(key: string, feature: string): AutosaveSlot {
  const [slot] = useState(() => new AutosaveSlot({ key, feature, storage: browserStorage(), channel: browserTabChannel() }));
  useEffect(() => slot.connect(), [slot]);
  return slot;
}

export function useSlotSnapshot(slot: AutosaveSlot): SlotSnapshot {
  return useSyncExternalStore(slot.subscribe, slot.getSnapshot, slot.getSnapshot);
}
