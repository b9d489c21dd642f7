// A modal dialog on the native <dialog> element: the page behind is inert (so focus stays inside),
// Esc closes, Enter in a field submits (the body is a <form>), and focus lands in the first field.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { Button } from './Button';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  onClose(): void;
  /** When given, the body is a form and a submit button is shown; Enter submits. */
  onSubmit?(): void | Promise<void>;
  submitLabel?: ReactNode;
  submitVariant?: 'primary' | 'danger';
  /** Disables the buttons while the submit is under way. */
  busy?: boolean;
  /** An error from the last submit, shown above the fields. */
  error?: ReactNode;
  /** Extra buttons left of Cancel/Submit; or replace them all with `footer`. */
  extraActions?: ReactNode;
  footer?: ReactNode;
  width?: 'small' | 'medium' | 'large' | 'full';
  children?: ReactNode;
}

const FOCUSABLE = 'input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog(props: DialogProps) {
  const { open, title, onClose, onSubmit, submitLabel, submitVariant = 'primary', busy, error, extraActions, footer, width = 'medium', children } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>('[autofocus]') ?? bodyRef.current?.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void onSubmit?.();
  };

  const actions = footer ?? (
    <>
      {extraActions}
      <span className="dialog-spacer" />
      <Button onClick={onClose} disabled={busy}>{onSubmit ? t('common.cancel') : t('common.close')}</Button>
      {onSubmit && <Button type="submit" variant={submitVariant} busy={busy}>{submitLabel ?? t('common.ok')}</Button>}
    </>
  );
  const content = (
    <>
      <header className="dialog-header"><h2 id={titleId}>{title}</h2></header>
      <div className="dialog-body" ref={bodyRef}>
        {error && <Alert>{error}</Alert>}
        {children}
      </div>
      <footer className="dialog-footer">{actions}</footer>
    </>
  );

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${width}`}
      aria-labelledby={titleId}
      onCancel={(event) => { event.preventDefault(); if (!busy) onClose(); }}
    >
      {open && (onSubmit ? <form onSubmit={submit} noValidate>{content}</form> : content)}
    </dialog>
  );
}
