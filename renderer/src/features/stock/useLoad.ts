// Loads something for a page and reloads it on demand; a failure becomes a toast, rows stay null.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n';
import { useToast } from '../../ui';

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [T | null, () => void] {
  const { t } = useTranslation();
  const toast = useToast();
  const [value, setValue] = useState<T | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    load().then((result) => { if (live) setValue(result); })
      .catch((error: unknown) => { if (live) toast.show(errorText(t, error), 'error'); });
    return () => { live = false; };
    // The caller names what the load depends on.
  }, [version, ...deps]);
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return [value, reload];
}
