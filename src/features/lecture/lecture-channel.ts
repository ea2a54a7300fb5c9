/**
 * The presenter's view and the audience window kept on the same step, as presenter tools do: each
 * lecture page of this browser says on a BroadcastChannel which tour and step it moved to, and
 * every other one that shows a different step follows (keeping its own kind of view). Only a step
 * someone moved to is said, never one a page followed to, so two windows never echo each other.
 * Without BroadcastChannel (very old browsers) each window simply goes its own way.
 */
import { useCallback, useEffect, useRef } from 'react';

const CHANNEL_NAME = 'crossings:lecture';

export interface LectureStepMessage {
  readonly tourId: string;
  readonly step: number;
}

function isStepMessage(data: unknown): data is LectureStepMessage {
  if (!data || typeof data !== 'object') return false;
  const { tourId, step } = data as Record<string, unknown>;
  return typeof tourId === 'string' && tourId.length <= 64 && Number.isInteger(step) && (step as number) >= 0;
}

/**
 * Follows the other windows' moves (`follow` gets the tour and step), and returns `announce`, to
 * call when this window's user moves to a step.
 */
export function useLectureChannel(follow: (message: LectureStepMessage) => void): (message: LectureStepMessage) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const followRef = useRef(follow);
  useEffect(() => {
    followRef.current = follow;
  });
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const c = new BroadcastChannel(CHANNEL_NAME);
    c.onmessage = (e: MessageEvent<unknown>) => {
      if (isStepMessage(e.data)) followRef.current(e.data);
    };
    channel.current = c;
    return () => {
      c.close();
      channel.current = null;
    };
  }, []);
  return useCallback((message: LectureStepMessage) => channel.current?.postMessage(message), []);
}
