import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

/** How a navigation is recorded: push adds a history entry (Back returns), replace edits the current one. */
export type NavigateMode = 'push' | 'replace';

/** The current route from the location hash, and a navigate function that keeps Back/Forward working. */
export function useRoute(): {
  route: Route;
  navigate: (to: Route, mode?: NavigateMode) => void;
  back: () => void;
} {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const sync = (): void => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', sync);
    window.addEventListener('popstate', sync);
    return () => {
      window.removeEventListener('hashchange', sync);
      window.removeEventListener('popstate', sync);
    };
  }, []);
  const navigate = useCallback((to: Route, mode: NavigateMode = 'push') => {
    const hash = formatRoute(to);
    // history.state marks entries this app pushed, so back() knows whether history.back() stays in the app.
    if (mode === 'push') history.pushState({ airgap: true }, '', hash);
    else history.replaceState(history.state, '', hash);
    setRoute(parseRoute(hash));
  }, []);
  const back = useCallback(() => {
    const current = parseRoute(location.hash);
    if ((history.state as { airgap?: boolean } | null)?.airgap) history.back();
    else navigate({ view: 'library', query: current.query }, 'replace');
  }, [navigate]);
  return { route, navigate, back };
}
