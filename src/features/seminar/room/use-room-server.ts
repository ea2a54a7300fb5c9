/**
 * Whether this page is served by the room server (`npm run room`): the server answers
 * `room-addresses.json` beside the page with `room: true`; a static build ships the same file
 * without it, and `npm start` has no room socket. Asked once per page.
 */
import { useSyncExternalStore } from 'react';

interface State {
  readonly room: boolean;
}

let state: State = { room: false };
let asked = false;
const listeners = new Set<() => void>();

function ask(): void {
  if (asked || typeof window === 'undefined') return;
  asked = true;
  fetch(new URL('room-addresses.json', window.location.href), { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null))
    .then((data: unknown) => {
      if ((data as { room?: unknown } | null)?.room !== true) return;
      state = { room: true };
      for (const l of listeners) l();
    })
    .catch(() => undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  ask();
  return () => listeners.delete(listener);
}

export function useRoomServer(): State {
  return useSyncExternalStore(subscribe, () => state);
}
