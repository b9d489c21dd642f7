// A print view: the route #/<page>/print/<kind>/<id> shows the A4 sheet alone over the app, with a
// screen-only bar (打印, 返回). In print media only the sheet remains (print.css).
import { useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Alert } from '../Alert';
import { Button } from '../Button';
import { printDocument } from './printShell';
import './print.css';

export interface PrintViewProps {
  /** The document title, also the PDF's name: 出库单 CK-2025-0003. */
  title: string;
  ready: boolean;
  error?: string | null;
  onBack(): void;
  /** Landscape for wide tables (the disclosure). */
  landscape?: boolean;
  children?: ReactNode;
}

export function PrintView({ title, ready, error, onBack, landscape, children }: PrintViewProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.documentElement.classList.add('printing');
    if (landscape) document.documentElement.classList.add('print-landscape');
    return () => document.documentElement.classList.remove('printing', 'print-landscape');
  }, [landscape]);

  return createPortal(
    <div className="print-root" data-ready={ready ? 'true' : 'false'}>
      <div className="print-toolbar">
        <Button onClick={onBack}>{t('print.back')}</Button>
        <span className="print-toolbar-title">{title}</span>
        <Button variant="primary" disabled={!ready} onClick={() => void printDocument(title)}>
          {t('print.print')}
        </Button>
      </div>
      {error && (
        <div className="print-error">
          <Alert>{error}</Alert>
        </div>
      )}
      {!error && !ready && <div className="print-loading">{t('app.loading')}</div>}
      {ready && children}
    </div>,
    document.body,
  );
}
