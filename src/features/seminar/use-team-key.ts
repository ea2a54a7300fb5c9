/**
 * A team's signing key, derived from the session secret with Web Crypto (which answers
 * asynchronously): undefined for a session from an older version (no secret, old unsigned codes),
 * null while it is being computed.
 */
import { useEffect, useState } from 'react';
import { teamKey } from './session/code-keys';

export function useTeamKey(secret: string | undefined, teamId: string): string | undefined | null {
  const [state, setState] = useState<{ for: string; key: string } | null>(null);
  const wanted = secret ? `${secret}/${teamId}` : '';
  useEffect(() => {
    if (!secret) return;
    let live = true;
    void teamKey(secret, teamId).then((key) => {
      if (live) setState({ for: `${secret}/${teamId}`, key });
    });
    return () => {
      live = false;
    };
  }, [secret, teamId]);
  if (!secret) return undefined;
  return state?.for === wanted ? state.key : null;
}

/** The value of a promise made from `deps`, or null until it settles (or if it fails). */
export function usePromised<T>(make: () => Promise<T>, key: string): T | null {
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    let live = true;
    make().then(
      (value) => {
        if (live) setState({ key, value });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `key` stands for everything `make` reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state?.key === key ? state.value : null;
}
