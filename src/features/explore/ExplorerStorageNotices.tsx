/**
 * What the explorer's two autosaves (its settings, the imported scenarios) say when saving is not
 * as it should be: storage full or missing, another tab, and every record set aside, each
 * downloadable. Nothing is shown while saving works.
 */
import { StorageNotice, useSlotSnapshot } from '../../shared/storage/index';
import type { ExplorerSlots } from './state/use-explorer-settings';

interface ExplorerStorageNoticesProps {
  readonly slots: ExplorerSlots;
  /** The settings as a query, and the imported scenarios as their record: what this tab would save. */
  readonly query: string;
  readonly libraryText: string | null;
}

export function ExplorerStorageNotices({ slots, query, libraryText }: ExplorerStorageNoticesProps) {
  const settings = useSlotSnapshot(slots.settings);
  const library = useSlotSnapshot(slots.library);
  const saveLibrary = () => (libraryText === null ? slots.library.clear() : slots.library.save(libraryText));
  return (
    <>
      <StorageNotice
        feature="explorer"
        snapshot={settings}
        onDiscard={(key) => slots.settings.discard(key)}
        onDiscardHeld={() => {
          slots.settings.discardHeld();
          slots.settings.save(query);
        }}
        onTakeOver={() => slots.settings.takeOver(query)}
      />
      <StorageNotice
        feature="library"
        snapshot={library}
        onDiscard={(key) => slots.library.discard(key)}
        onDiscardHeld={() => {
          slots.library.discardHeld();
          saveLibrary();
        }}
        onReload={() => window.location.reload()}
      />
    </>
  );
}
