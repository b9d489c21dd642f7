// A modal dialog on the native <dialog> element: the page behind is inert (so focus stays inside),
// Esc closes, Enter in a field submits (the body is a <form>), and focus lands in the first field.
// A dialog holding unsaved typed input (`dirty`) never closes without asking: not by its close button,
// not by Esc, not by leaving the page or closing the window (unsaved.ts).
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { Button } from './Button';
import { useUnsavedGuard } from './unsaved';

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
  /** Typed input not saved yet: every way of closing asks "有未保存的修改，确定放弃吗？" first. */
  dirty?: boolean;
  /** Extra buttons left of Cancel/Submit; or replace them all with `footer` (given the guarded close for its own button). */
  extraActions?: ReactNode;
  footer?: ReactNode | ((close: () => void) => ReactNode);
  width?: 'small' | 'medium' | 'large' | 'full';
  children?: ReactNode;
}

const FOCUSABLE =
  'input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog(props: DialogProps) {
  const {
    open,
    title,
    onClose,
    onSubmit,
    submitLabel,
    submitVariant = 'primary',
    busy,
    error,
    dirty = false,
    extraActions,
    footer,
    width = 'medium',
    children,
  } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const openRef = useRef(open);
  openRef.current = open;
  const titleId = useId();
  const [asking, setAsking] = useState<((discard: boolean) => void) | null>(null);

  const ask = () => new Promise<boolean>((resolve) => setAsking(() => resolve));
  const answer = (discard: boolean) => {
    asking?.(discard);
    setAsking(null);
    if (discard) onClose();
  };
  const requestClose = () => {
    if (busy) return;
    if (dirty) void ask();
    else onClose();
  };
  useUnsavedGuard(open && dirty, ask);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      const first =
        dialog.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ??
        bodyRef.current?.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void onSubmit?.();
  };
  // Esc is ours, not the browser's: Chromium force-closes a dialog on a second Esc without other input,
  // which would lose the typing. A nested dialog keeps its Esc to itself.
  const keyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    requestClose();
  };
  // Should the browser close the element anyway, it opens again and the close is asked for properly.
  const closedByBrowser = () => {
    const dialog = ref.current;
    if (!openRef.current || !dialog || dialog.open) return;
    dialog.showModal();
    requestClose();
  };

  const actions =
    typeof footer === 'function'
      ? footer(requestClose)
      : (footer ?? (
          <>
            {extraActions}
            <span className="dialog-spacer" />
            <Button onClick={requestClose} disabled={busy}>
              {onSubmit ? t('common.cancel') : t('common.close')}
            </Button>
            {onSubmit && (
              <Button type="submit" variant={submitVariant} busy={busy}>
                {submitLabel ?? t('common.ok')}
              </Button>
            )}
          </>
        ));
  const content = (
    <>
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
      </header>
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
      onKeyDown={keyDown}
      onCancel={(event) => {
        event.preventDefault();
        requestClose();
      }}
      onClose={closedByBrowser}
    >
      {open &&
        (onSubmit ? (
          <form onSubmit={submit} noValidate>
            {content}
          </form>
        ) : (
          content
        ))}
      {open && dirty && (
        <DiscardDialog open={asking !== null} onKeep={() => answer(false)} onDiscard={() => answer(true)} />
      )}
    </dialog>
  );
}

// The one question before typed input is thrown away. 继续编辑 is the default and has the focus, so a stray
// Enter or Esc keeps the work. It is itself a Dialog (never dirty), so it lives here rather than in a file of its own.
function DiscardDialog({ open, onKeep, onDiscard }: { open: boolean; onKeep(): void; onDiscard(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={t('unsaved.title')}
      onClose={onKeep}
      width="small"
      footer={
        <>
          <span className="dialog-spacer" />
          <Button variant="primary" onClick={onKeep} data-autofocus>
            {t('unsaved.keep')}
          </Button>
          <Button variant="danger" onClick={onDiscard}>
            {t('unsaved.discard')}
          </Button>
        </>
      }
    >
      <p className="confirm-message">{t('unsaved.question')}</p>
    </Dialog>
  );
}

/** A page (not a dialog) holding unsaved input: leaving it asks the same question; render the returned element. */
export function useLeaveGuard(dirty: boolean): ReactNode {
  const [asking, setAsking] = useState<((discard: boolean) => void) | null>(null);
  useUnsavedGuard(dirty, () => new Promise<boolean>((resolve) => setAsking(() => resolve)));
  const answer = (discard: boolean) => {
    asking?.(discard);
    setAsking(null);
  };
  return <DiscardDialog open={asking !== null} onKeep={() => answer(false)} onDiscard={() => answer(true)} />;
}
