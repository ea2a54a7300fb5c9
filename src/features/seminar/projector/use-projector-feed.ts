/**
 * The facilitator's side of the projector window: sends the session and the room's state over the
 * channel whenever they change, and again whenever a projector window says hello.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Session } from '../session/session';
import type { RoomHost } from '../room/use-room-host';
import { isHello, openChannel, stateMessage, type RoomSummary } from './projector-channel';

export function useProjectorFeed(session: Session, room: RoomHost): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef<ReturnType<typeof stateMessage> | null>(null);
  const submittedKey = room.submitted.join(',');
  const summary = useMemo<RoomSummary>(
    () => ({ code: room.code, locked: room.phase?.status === 'locked', submitted: submittedKey ? submittedKey.split(',') : [] }),
    [room.code, room.phase?.status, submittedKey],
  );

  useEffect(() => {
    const ch = openChannel();
    channel.current = ch;
    if (!ch) return;
    ch.onmessage = (e: MessageEvent) => {
      if (isHello(e.data) && latest.current) ch.postMessage(latest.current);
    };
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = stateMessage({ session, room: summary });
    channel.current?.postMessage(latest.current);
  }, [session, summary]);
}
