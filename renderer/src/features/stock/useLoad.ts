// Loads something for a page and reloads it on demand; a failure becomes a toast, rows stay null.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n';
import { useToast } from '../../ui';

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [T | null, () => void] {
  const { t } = useTranslation();
  const toast = useToast();
  const [value, setValue] = useState<T | null>(null);
  const [version, setVersion] = useState(0);
  // The latest load runs when the caller's deps change, not whenever its closure (new at every render) does.
  const start = useEffectEvent(() => load());
  const report = useEffectEvent((error: unknown) => toast.show(errorText(t, error), 'error'));
  useEffect(() => {
    let live = true;
    start()
      .then((result) => {
        if (live) setValue(result);
      })
      .catch((error: unknown) => {
        if (live) report(error);
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what its load depends on (useLoad's contract)
  }, [version, ...deps]);
  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return [value, reload];
}
