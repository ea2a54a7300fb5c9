/**
 * What the comparison's autosave says when saving is not as it should be (storage full or
 * missing, another tab saving a comparison, a saved comparison set aside, downloadable).
 */
import { StorageNotice, useSlotSnapshot } from '../../shared/storage/index';
import type { CompareSetupState } from './use-compare-setup';

export function CompareStorageNotice({ storage }: { readonly storage: CompareSetupState['storage'] }) {
  const snapshot = useSlotSnapshot(storage.slot);
  return <StorageNotice feature="compare" snapshot={snapshot} onDiscard={(key) => storage.slot.discard(key)} onDiscardHeld={storage.discardHeld} onTakeOver={storage.takeOver} />;
}
