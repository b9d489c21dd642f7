// The packages this county has sent: number, kind, what the city said (early, so it shows at 1,366 px), when,
// size, files, and the records per table in a short cell with the full list as its tooltip.
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '@core/exchange/outbox/contract';
import { formatDateTime } from '@renderer/i18n';
import { Button } from '@renderer/ui';
import { countsShort, countsText } from '../counts';
import { formatBytes } from './format';

function StatusCell({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  return (
    <div className="outbox-status">
      <span className={`badge outbox-badge-${entry.status}`}>{t(`outbox.statusValue.${entry.status}`)}</span>
      {entry.status === 'acknowledged' && entry.receiptAt && (
        <span className="muted"> {t('outbox.acknowledgedAt', { at: formatDateTime(entry.receiptAt) })}</span>
      )}
      {entry.missing.length > 0 && (
        <div className="outbox-reason">
          {t('outbox.missing', { seqs: entry.missing.join(t('outbox.seqSeparator')) })}
        </div>
      )}
      {entry.status === 'rejected' && entry.statusReason && (
        <div className="outbox-reason" title={entry.statusCode ?? undefined}>
          {entry.statusReason}
        </div>
      )}
    </div>
  );
}

export function OutboxTable({
  entries,
  busyId,
  onWriteAgain,
}: {
  entries: OutboxEntry[] | null;
  busyId: string | null;
  onWriteAgain(entry: OutboxEntry): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table outbox-table">
        <thead>
          <tr>
            <th className="num">{t('outbox.seq')}</th>
            <th>{t('outbox.kind')}</th>
            <th>{t('outbox.status')}</th>
            <th>{t('outbox.createdAt')}</th>
            <th>{t('outbox.createdBy')}</th>
            <th className="num">{t('outbox.size')}</th>
            <th>{t('outbox.parts')}</th>
            <th>{t('outbox.counts')}</th>
            <th className="col-actions">{t('outbox.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {entries?.length === 0 && (
            <tr>
              <td colSpan={9} className="empty">
                {t('outbox.empty')}
              </td>
            </tr>
          )}
          {entries?.map((entry) => (
            <tr key={entry.packageId}>
              <td className="num">{entry.seq}</td>
              <td>{t(`outbox.kindValue.${entry.kind}`)}</td>
              <td>
                <StatusCell entry={entry} />
              </td>
              <td>{formatDateTime(entry.createdAt)}</td>
              <td>{entry.createdBy}</td>
              <td className="num">{formatBytes(entry.bytes)}</td>
              <td>{t('outbox.partsValue', { count: entry.files.length })}</td>
              <td className="outbox-counts" title={countsText(t, entry.counts)}>
                {countsShort(t, entry.counts)}
              </td>
              <td className="col-actions">
                {entry.status !== 'acknowledged' &&
                  (entry.filesPresent ? (
                    <Button
                      busy={busyId === entry.packageId}
                      title={t('outbox.writeAgainHint')}
                      onClick={() => onWriteAgain(entry)}
                    >
                      {t('outbox.writeAgain')}
                    </Button>
                  ) : (
                    <span className="muted">{t('outbox.filesMissing')}</span>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
