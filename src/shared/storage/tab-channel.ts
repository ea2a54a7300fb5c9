/**
 * Word between the tabs of one browser that an autosave was written: a BroadcastChannel message
 * from the tab that saved, and the `storage` event the browser itself fires in every other tab
 * when localStorage changes (which also covers a browser without BroadcastChannel). Either makes
 * the other tabs' copies stale. Messages are checked: a channel is open to every page of the
 * origin.
 */

export interface TabMessage {
  /** The storage key written. */
  readonly key: string;
  /** The tab that wrote it. */
  readonly tab: string;
}

export interface TabChannel {
  /** Tell the other tabs that this tab wrote `key`. */
  post(message: TabMessage): void;
  /** Hear of writes by other tabs (and of storage changes); returns the way to stop listening. */
  listen(handler: (message: TabMessage) => void): () => void;
}

const CHANNEL_NAME = 'crossings-storage';
/** Stands for "another tab" when the browser's storage event says a key changed. */
export const STORAGE_EVENT_TAB = 'storage-event';

/** This tab's identity, for telling its own messages from other tabs'. */
export const THIS_TAB: string = typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `tab-${Date.now()}-${Math.random()}`;

function isTabMessage(data: unknown): data is TabMessage {
  if (data === null || typeof data !== 'object') return false;
  const { key, tab } = data as { key?: unknown; tab?: unknown };
  return typeof key === 'string' && key.length <= 200 && typeof tab === 'string' && tab.length <= 100;
}

let shared: TabChannel | null = null;

/** The browser's channel (one per tab): BroadcastChannel where there is one, and the storage event always. */
export function browserTabChannel(): TabChannel | null {
  if (typeof window === 'undefined') return null;
  shared ??= openChannel();
  return shared;
}

function openChannel(): TabChannel {
  let channel: BroadcastChannel | null = null;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  } catch {
    channel = null;
  }
  return {
    post(message) {
      try {
        channel?.postMessage(message);
      } catch {
        // A closed channel: the storage event still tells the other tabs.
      }
    },
    listen(handler) {
      const onMessage = (e: MessageEvent) => {
        if (isTabMessage(e.data)) handler(e.data);
      };
      const onStorage = (e: StorageEvent) => {
        // key null: the whole storage was cleared (by another tab, or the browser's settings).
        if (e.storageArea === window.localStorage || e.storageArea === null) handler({ key: e.key ?? '*', tab: STORAGE_EVENT_TAB });
      };
      channel?.addEventListener('message', onMessage);
      window.addEventListener('storage', onStorage);
      return () => {
        channel?.removeEventListener('message', onMessage);
        window.removeEventListener('storage', onStorage);
      };
    },
  };
}
