// The current page lives in the URL hash (#/people) so a reload keeps it; the rest (#/people/…) is the
// page's own business.
import { useEffect, useState } from 'react';

export interface Route { page: string; rest: string[] }

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] ?? '', rest: parts.slice(1) };
}

export function navigate(page: string, ...rest: string[]): void {
  window.location.hash = '/' + [page, ...rest].map(encodeURIComponent).join('/');
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
