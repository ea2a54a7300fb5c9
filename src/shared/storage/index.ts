/** Autosaves that lose nothing: the slot, its React hooks, its notice, and records set aside. */
export { AutosaveSlot, type Decoded, type Loaded, type SaveState, type SlotSnapshot } from './autosave-slot';
export { listSetAside, setAsideFileName, type SetAsideRecord } from './set-aside';
export { StorageNotice } from './StorageNotice';
export { type AutosaveFeature } from './storage-texts';
export { browserStorage, isQuotaError, type StorageLike } from './storage-area';
export { useAutosaveSlot, useSlotSnapshot } from './use-autosave-slot';
