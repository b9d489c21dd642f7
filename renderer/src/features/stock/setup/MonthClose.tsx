// 月结: the locked months, and for approvers locking a month or reopening one with a reason.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthLockRow } from '../../../../../electron/api/stock';
import { errorText } from '../../../i18n';
import { Button, ConfirmDialog, Dialog, FormField, useToast } from '../../../ui';
import { stockCall } from '../api';
import { dateTimeCol, textCol } from '../grid/columns';
import { StockGrid } from '../grid/StockGrid';
import { useLoad } from '../useLoad';

function lastMonth(): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function MonthClose({ canLock }: { canLock: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [rows, reload] = useLoad(() => stockCall('stock.months.list', {}), []);
  const [month, setMonth] = useState(lastMonth);
  const [confirming, setConfirming] = useState(false);
  const [unlocking, setUnlocking] = useState<MonthLockRow | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const columns = useMemo(() => [
    textCol<MonthLockRow>(t, 'month', 110, { cellClass: 'cell-strong', sort: 'desc' }), textCol<MonthLockRow>(t, 'lockedByName', 120),
    dateTimeCol<MonthLockRow>(t, 'lockedAt', 150),
    ...(canLock ? [{ colId: 'actions', headerName: t('stock.field.actions'), width: 90, sortable: false,
      cellRenderer: ({ data }: { data?: MonthLockRow }) => data && (
        <button type="button" className="cell-link" onClick={() => { setUnlocking(data); setReason(''); setError(null); }}>{t('stock.setup.unlock')}</button>) }] : []),
  ], [t, canLock]);

  const unlock = async () => {
    if (!unlocking || !reason.trim()) return;
    try {
      await stockCall('stock.months.unlock', { month: unlocking.month, reason: reason.trim() });
      toast.show(t('stock.setup.unlocked', { month: unlocking.month }));
      setUnlocking(null);
      reload();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  return (
    <>
      <p className="muted">{t('stock.setup.monthsIntro')}</p>
      <StockGrid<MonthLockRow> rows={rows} columns={columns} exportName={t('stock.setup.tabs.months')} rowId={(row) => row.id}
        toolbar={canLock && <>
          <input type="month" aria-label={t('stock.field.month')} value={month} onChange={(event) => setMonth(event.target.value)} />
          <Button variant="primary" disabled={!month} onClick={() => setConfirming(true)}>{t('stock.setup.lockMonth')}</Button>
        </>} />
      <ConfirmDialog open={confirming} title={t('stock.setup.lockMonth')} message={t('stock.setup.lockConfirm', { month })}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          await stockCall('stock.months.lock', { month });
          setConfirming(false);
          toast.show(t('stock.setup.locked', { month }));
          reload();
        }} />
      <Dialog open={unlocking !== null} title={t('stock.setup.unlockTitle', { month: unlocking?.month ?? '' })} onClose={() => setUnlocking(null)}
        onSubmit={unlock} error={error} width="small">
        <FormField label={t('stock.setup.unlockReason')} required>
          <input type="text" value={reason} onChange={(event) => setReason(event.target.value)} />
        </FormField>
      </Dialog>
    </>
  );
}
