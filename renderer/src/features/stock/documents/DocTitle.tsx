// The editor's title: type and number, the status badge, both dates (业务日期, 录入时间), who approved and
// posted and when, and the reversal links either way.
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '@core/stock/contract';
import { formatDateTime } from '@renderer/i18n';

export function DocTitle({ title, detail }: { title: string; detail: DocumentDetail | null }) {
  const { t } = useTranslation();
  const doc = detail?.document;
  const status = doc?.voided ? 'voided' : doc?.reversedByDocumentId ? 'reversed' : doc?.status;
  return (
    <span className="doc-title">
      {title}
      {status && <span className={`badge badge-${status}`}>{t(`stock.status.${status}`)}</span>}
      {doc && (
        <span className="doc-title-meta">
          {t('stock.field.documentDate')} {doc.documentDate} · {t('stock.field.enteredAt')}{' '}
          {formatDateTime(doc.enteredAt)}
          {doc.approvedByName &&
            ` · ${t('stock.editor.approvedBy', { name: doc.approvedByName, at: formatDateTime(doc.approvedAt) })}`}
          {doc.postedByName &&
            ` · ${t('stock.editor.postedBy', { name: doc.postedByName, at: formatDateTime(doc.postedAt) })}`}
          {doc.reversesNumber && ` · ${t('stock.editor.reversalOf', { number: doc.reversesNumber })}`}
          {doc.reversedByNumber && ` · ${t('stock.editor.reversedBy', { number: doc.reversedByNumber })}`}
        </span>
      )}
    </span>
  );
}
