// The inbox lists: each county's stream (applied up to, held, missing numbers, stopped at a fork, receipt)
// and the packages received with what became of each.
import { useTranslation } from 'react-i18next';
import type { InboxPackageRow, InboxStreamRow } from '@core/exchange/inbox/contract';
import { formatDateTime } from '@renderer/i18n';
import { Button } from '@renderer/ui';
import { countsShort, countsText } from '../counts';
import { summaryText } from './format';

export function StreamsTable({
  streams,
  busy,
  onReceipt,
}: {
  streams: InboxStreamRow[] | null;
  busy: string | null;
  onReceipt(sender: string): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table inbox-table" aria-label={t('inbox.streams')}>
        <thead>
          <tr>
            <th>{t('inbox.county')}</th>
            <th>{t('inbox.lastSeq')}</th>
            <th className="num">{t('inbox.held')}</th>
            <th>{t('inbox.missing')}</th>
            <th>{t('inbox.state')}</th>
            <th className="col-actions">{t('inbox.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {streams?.length === 0 && (
            <tr>
              <td colSpan={6} className="empty">
                {t('inbox.noStreams')}
              </td>
            </tr>
          )}
          {streams?.map((s) => (
            <tr key={s.sender}>
              <td>
                {s.senderName ?? s.sender}（{s.sender}）
              </td>
              <td>{s.lastSeq > 0 ? t('inbox.lastSeqValue', { seq: s.lastSeq }) : '—'}</td>
              <td className="num">{s.held}</td>
              <td>{s.missing.join('、') || '—'}</td>
              <td>
                {s.fork ? (
                  <>
                    <span className="badge inbox-badge-forked">{t('inbox.stateForked')}</span>
                    <div className="inbox-reason">{t(`errors.${s.fork}`)}</div>
                  </>
                ) : (
                  <span className="badge inbox-badge-ok">{t('inbox.stateOk')}</span>
                )}
              </td>
              <td className="col-actions">
                <Button busy={busy === s.sender} onClick={() => onReceipt(s.sender)}>
                  {t('inbox.receipt')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PackagesTable({
  packages,
  canAccept,
  onAccept,
}: {
  packages: InboxPackageRow[] | null;
  canAccept: boolean;
  onAccept(p: InboxPackageRow): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table inbox-table" aria-label={t('inbox.packages')}>
        <thead>
          <tr>
            <th>{t('inbox.county')}</th>
            <th className="num">{t('inbox.seq')}</th>
            <th>{t('inbox.kind')}</th>
            <th>{t('inbox.status')}</th>
            <th>{t('inbox.result')}</th>
            <th>{t('inbox.receivedAt')}</th>
            <th>{t('inbox.receivedBy')}</th>
            <th>{t('inbox.counts')}</th>
            <th className="col-actions">{t('inbox.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {packages?.length === 0 && (
            <tr>
              <td colSpan={9} className="empty">
                {t('inbox.noPackages')}
              </td>
            </tr>
          )}
          {packages?.map((p) => (
            <tr key={p.packageId}>
              <td>{p.senderName ?? p.sender}</td>
              <td className="num">{p.seq}</td>
              <td>{t(`inbox.kindValue.${p.kind}`)}</td>
              <td>
                <span className={`badge inbox-badge-${p.status}`}>{t(`inbox.statusValue.${p.status}`)}</span>
                {p.reason && <div className="inbox-reason">{t(`errors.${p.reason}`)}</div>}
              </td>
              <td className="inbox-result">{summaryText(t, p.summary)}</td>
              <td>{formatDateTime(p.receivedAt)}</td>
              <td>{p.receivedBy}</td>
              <td className="inbox-counts" title={countsText(t, p.counts)}>
                {countsShort(t, p.counts)}
              </td>
              <td className="col-actions">
                {canAccept && p.canAcceptSnapshot && (
                  <Button variant="danger" onClick={() => onAccept(p)}>
                    {t('inbox.acceptSnapshot')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
