// The current page lives in the URL hash (#/people) so a reload keeps it; the rest (#/people/…) is the
// page's own business. Going to another page while a form holds unsaved input asks first (ui/unsaved.ts).
import { useEffect, useState } from 'react';
import { confirmLeave, hasUnsavedWork } from '../ui/unsaved';

export interface Route {
  page: string;
  rest: string[];
}

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
    const update = (event: HashChangeEvent) => {
      const next = parseHash(window.location.hash);
      if (!hasUnsavedWork() || parseHash(new URL(event.oldURL).hash).page === next.page) {
        setRoute(next);
        return;
      }
      void confirmLeave().then((leave) => (leave ? setRoute(next) : history.replaceState(null, '', event.oldURL)));
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
