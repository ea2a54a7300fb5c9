/** The facilitator's room, shared by the seminar's pages (the round screen, the reveal). */
import { createContext, useContext } from 'react';
import type { RoomHost } from './use-room-host';

export const RoomContext = createContext<RoomHost | null>(null);

/** The room of the facilitator's pages; null outside them (the projector, a team's page). */
export function useRoomHostContext(): RoomHost | null {
  return useContext(RoomContext);
}
