// Short notices after an action ("已保存"), stacked in a corner and announced to screen readers.
// Success and info fade after a few seconds, errors after longer (time to read them); any can be closed with its
// × button, and Esc closes them all when no dialog is open (a dialog's Esc belongs to the dialog).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ToastKind = 'success' | 'info' | 'error';
interface Toast {
  id: number;
  kind: ToastKind;
  text: string;
}
export interface Toaster {
  show(text: string, kind?: ToastKind): void;
}

const ToastContext = createContext<Toaster>({ show: () => undefined });

const LIFETIME_MS: Record<ToastKind, number> = { success: 4000, info: 5000, error: 12000 };

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (text: string, kind: ToastKind = 'success') => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-4), { id, kind, text }]);
      const lifetime = LIFETIME_MS[kind];
      setTimeout(() => dismiss(id), lifetime);
    },
    [dismiss],
  );
  useEffect(() => {
    if (!toasts.length) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || document.querySelector('dialog[open]')) return;
      setToasts([]);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toasts.length]);
  const value = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`}>
            <span>{toast.text}</span>
            <button
              type="button"
              className="toast-close"
              aria-label={t('common.close')}
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** toast.show('已保存') after a successful action; toast.show(errorText(t, e), 'error') after a failed one. */
export function useToast(): Toaster {
  return useContext(ToastContext);
}
