/** The current view from the URL hash, following back/forward and link clicks. */
import { useEffect, useState } from 'react';
import { viewFromHash, type ViewId } from './routes';

export function useRoute(): { view: ViewId; rest: string; hash: string } {
  const [route, setRoute] = useState(() => ({ ...viewFromHash(window.location.hash), hash: window.location.hash }));
  useEffect(() => {
    const onChange = () => setRoute({ ...viewFromHash(window.location.hash), hash: window.location.hash });
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
